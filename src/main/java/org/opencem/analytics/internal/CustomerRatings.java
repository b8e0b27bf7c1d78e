package org.opencem.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-customer inputs for key drivers: each known customer's mean NPS answer and mean CSAT
 * answer per touchpoint within a slice. Only used when enough customers rated several
 * touchpoints; these are a model's observations, the headline metrics still come from the engine.
 */
@Component
public class CustomerRatings {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    CustomerRatings(JdbcClient jdbc, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** One customer: their mean NPS answer (null if never asked) and mean CSAT answer by touchpoint. */
    public record Customer(String customerId, Double nps, Map<UUID, Double> csatByTouchpoint) {
    }

    /** How many customers gave an NPS answer and rated two or more of the touchpoints. */
    public int customersRatingSeveral(Scope scope, String unitPath, LocalDate from, LocalDate to,
                                      Collection<UUID> touchpoints) {
        if (touchpoints.isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        String where = where(scope, unitPath, from, to, params);
        params.addAll(touchpoints);
        return jdbc.sql("select count(*) from (select f.customer_id from feedback_record f join org_unit u "
                        + "on u.tenant_id = f.tenant_id and u.id = f.org_unit_id " + where
                        + " and f.customer_id is not null group by f.customer_id "
                        + "having count(f.nps) > 0 and count(distinct case when f.csat is not null and f.touchpoint_id in ("
                        + marks(touchpoints.size()) + ") then f.touchpoint_id end) >= 2) rated")
                .params(params).query(Integer.class).single();
    }

    /** Every known customer of the slice with their answers. */
    public List<Customer> customers(Scope scope, String unitPath, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, unitPath, from, to, params);
        Map<String, double[]> nps = new LinkedHashMap<>();
        Map<String, Map<UUID, Double>> csat = new LinkedHashMap<>();
        jdbc.sql("select f.customer_id, f.touchpoint_id, sum(f.nps) nps_sum, count(f.nps) nps_n, "
                        + "avg(cast(f.csat as double precision)) csat_mean from feedback_record f join org_unit u "
                        + "on u.tenant_id = f.tenant_id and u.id = f.org_unit_id " + where
                        + " and f.customer_id is not null group by f.customer_id, f.touchpoint_id")
                .params(params)
                .query((rs, i) -> {
                    String customer = rs.getString("customer_id");
                    double[] sum = nps.computeIfAbsent(customer, k -> new double[2]);
                    sum[0] += rs.getDouble("nps_sum");
                    sum[1] += rs.getInt("nps_n");
                    UUID touchpoint = rs.getObject("touchpoint_id", UUID.class);
                    double csatMean = rs.getDouble("csat_mean");
                    if (!rs.wasNull() && touchpoint != null) {
                        csat.computeIfAbsent(customer, k -> new LinkedHashMap<>()).put(touchpoint, csatMean);
                    }
                    return null;
                })
                .list();
        List<Customer> customers = new ArrayList<>();
        nps.forEach((customer, sum) -> customers.add(new Customer(customer, sum[1] == 0 ? null : sum[0] / sum[1],
                csat.getOrDefault(customer, Map.of()))));
        return customers;
    }

    private String where(Scope scope, String unitPath, LocalDate from, LocalDate to, List<Object> params) {
        params.add(scope.tenantId());
        params.add(from.atStartOfDay(zone).toOffsetDateTime());
        params.add(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        params.add(unitPath + "%");
        return "where f.tenant_id = ? and f.occurred_at >= ? and f.occurred_at < ? and u.path like ? and "
                + scope.pathCondition("u.path", params);
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
