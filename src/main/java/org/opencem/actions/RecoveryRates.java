package org.opencem.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.platform.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The recovery rate (DOMAIN.md): of the customers whose case was closed with the customer told,
 * the share whose next answer is no longer a detractor. "Told" means something was written to
 * them from the case; "next answer" is the first scored answer of the same customer after the
 * one that opened the case, whichever survey it came from. Counted by the case's closing date.
 */
@Service
public class RecoveryRates {

    private final JdbcClient jdbc;
    private final Clock clock;

    RecoveryRates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rate per org unit of the closed cases, with the total first. */
    public List<RecoveryRate> byOrgUnit(Scope scope, LocalDate from, LocalDate to, UUID underUnit) {
        Map<UUID, RecoveryRate> units = new LinkedHashMap<>();
        RecoveryRate total = new RecoveryRate("total", null, 0, 0, 0);
        for (ToldCase told : told(scope, from, to, underUnit)) {
            RecoveryRate one = new RecoveryRate(told.unitId.toString(), told.unitName, 1, told.nextNps == null ? 0 : 1,
                    told.nextNps != null && told.nextNps >= 7 ? 1 : 0);
            units.merge(told.unitId, one, RecoveryRate::plus);
            total = total.plus(one);
        }
        List<RecoveryRate> rates = new ArrayList<>();
        rates.add(total);
        units.values().stream().sorted(Comparator.comparing(RecoveryRate::label)).forEach(rates::add);
        return rates;
    }

    /** The whole scope's rate over the last {@code days} days: the figure on the cases page. */
    public RecoveryRate recent(Scope scope, int days) {
        LocalDate today = LocalDate.now(clock);
        return byOrgUnit(scope, today.minusDays(days - 1L), today, null).get(0);
    }

    private List<ToldCase> told(Scope scope, LocalDate from, LocalDate to, UUID underUnit) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), from.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime()));
        String condition = scope.pathCondition("u.path", params);
        String under = "";
        if (underUnit != null) {
            String path = jdbc.sql("select path from org_unit where tenant_id = ? and id = ?")
                    .params(scope.tenantId(), underUnit).query(String.class).optional().orElse("/none/");
            under = " and u.path like ?";
            params.add(path + "%");
        }
        return jdbc.sql("""
                select c.org_unit_id, u.name as unit_name,
                       (select n.nps from feedback_record n
                        where n.tenant_id = c.tenant_id and n.customer_id = f.customer_id
                          and n.occurred_at > f.occurred_at and n.nps is not null
                        order by n.occurred_at fetch first 1 rows only) as next_nps
                from feedback_case c
                join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id
                join feedback_record f on f.tenant_id = c.tenant_id and f.id = c.feedback_id
                where c.tenant_id = ? and c.resolved_at >= ? and c.resolved_at < ? and f.customer_id is not null
                  and exists (select 1 from customer_message m where m.tenant_id = c.tenant_id and m.case_id = c.id)
                  and """ + condition + under)
                .params(params)
                .query((rs, i) -> new ToldCase(rs.getObject("org_unit_id", UUID.class), rs.getString("unit_name"),
                        (Integer) rs.getObject("next_nps", Integer.class)))
                .list();
    }

    private record ToldCase(UUID unitId, String unitName, Integer nextNps) {
    }
}
