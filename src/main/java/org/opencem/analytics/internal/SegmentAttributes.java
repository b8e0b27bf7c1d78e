package org.opencem.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which customer attributes the feedback of a slice carries ("customer.tier" → gold, silver…),
 * read from a sample of its newest records, so segment comparison can offer them. Ratings
 * ({@code rating.*}) are answers, not segments, and are left out.
 */
@Component
public class SegmentAttributes {

    /** Enough newest records to find the attributes in use without reading a slice's whole history. */
    static final int SAMPLE = 5000;
    static final int MAX_VALUES = 12;
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ZoneId zone;

    SegmentAttributes(JdbcClient jdbc, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Attribute keys in use, each with its most frequent values (most frequent first). */
    public Map<String, List<String>> inUse(Scope scope, String unitPath, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), from.atStartOfDay(zone).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), unitPath + "%"));
        String condition = scope.pathCondition("u.path", params);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        jdbc.sql("select f.attributes from feedback_record f join org_unit u on u.tenant_id = f.tenant_id "
                        + "and u.id = f.org_unit_id where f.tenant_id = ? and f.occurred_at >= ? and f.occurred_at < ? "
                        + "and u.path like ? and " + condition + " and f.attributes is not null "
                        + "order by f.occurred_at desc fetch first " + SAMPLE + " rows only")
                .params(params)
                .query((rs, i) -> {
                    JsonMapper.shared().readValue(rs.getString("attributes"), MAP).forEach((key, value) -> {
                        if (!key.startsWith("rating.") && value != null && !value.isBlank()) {
                            counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
                        }
                    });
                    return null;
                })
                .list();
        Map<String, List<String>> result = new LinkedHashMap<>();
        counts.forEach((key, values) -> result.put(key, values.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_VALUES).map(Map.Entry::getKey).toList()));
        return result;
    }
}
