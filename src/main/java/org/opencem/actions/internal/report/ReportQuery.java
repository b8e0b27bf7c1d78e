package org.opencem.actions.internal.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencem.actions.CaseFilter;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases a filter selects within the caller's scope, with their touchpoint, department (the one
 * the case was routed to, else the touchpoint's owner), topics, root cause and SLA outcome; one
 * query whatever the filter.
 */
@Component
public class ReportQuery {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /**
     * A case breached its SLA when it was first answered or resolved after the due time, is still
     * waiting past it at {@code now}, or the SLA job escalated it for a breach.
     */
    public List<ReportedCase> cases(Scope scope, CaseFilter filter, Locale locale) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object> params = new ArrayList<>(List.of(now, now, scope.tenantId()));
        StringBuilder sql = new StringBuilder("""
                select c.id, c.case_number, c.created_at, c.first_responded_at, c.resolved_at, c.org_unit_id,
                       u.name as unit_name, c.touchpoint_id, t.name as touchpoint_name,
                       d.id as department_id, d.name as department_name, f.topics,
                       c.root_cause_id, r.name_zh as cause_zh, r.name_en as cause_en,
                       case when (c.due_at is not null and coalesce(c.resolved_at, ?) > c.due_at)
                              or (c.first_response_due_at is not null
                                  and coalesce(c.first_responded_at, c.resolved_at, ?) > c.first_response_due_at)
                              or exists (select 1 from case_activity b where b.tenant_id = c.tenant_id and b.case_id = c.id
                                         and b.kind = 'ESCALATED' and b.body in ('FIRST_RESPONSE_BREACHED', 'RESOLUTION_BREACHED'))
                            then 1 else 0 end as breached
                from feedback_case c
                join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id
                left join touchpoint t on t.tenant_id = c.tenant_id and t.id = c.touchpoint_id
                left join department d on d.tenant_id = c.tenant_id and d.id = coalesce(c.department_id, t.owner_department_id)
                left join case_root_cause r on r.tenant_id = c.tenant_id and r.id = c.root_cause_id
                left join feedback_record f on f.tenant_id = c.tenant_id and f.id = c.feedback_id
                where c.tenant_id = ? and """).append(scope.pathCondition("u.path", params));
        if (filter.from() != null) {
            sql.append(" and c.created_at >= ?");
            params.add(filter.from().atStartOfDay(zone()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and c.created_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(zone()).toOffsetDateTime());
        }
        if (filter.orgUnitId() != null) {
            String path = jdbc.sql("select path from org_unit where tenant_id = ? and id = ?")
                    .params(scope.tenantId(), filter.orgUnitId()).query(String.class).optional().orElse("/none/");
            sql.append(" and u.path like ?");
            params.add(path + "%");
        }
        if (filter.touchpointId() != null) {
            sql.append(" and c.touchpoint_id = ?");
            params.add(filter.touchpointId());
        }
        if (filter.departmentId() != null) {
            sql.append(" and d.id = ?");
            params.add(filter.departmentId());
        }
        if (filter.rootCauseId() != null) {
            sql.append(" and c.root_cause_id = ?");
            params.add(filter.rootCauseId());
        }
        sql.append(" order by c.created_at");
        List<ReportedCase> found = jdbc.sql(sql.toString()).params(params).query((rs, i) -> new ReportedCase(
                rs.getObject("id", UUID.class), rs.getLong("case_number"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("first_responded_at", OffsetDateTime.class), rs.getObject("resolved_at", OffsetDateTime.class),
                rs.getInt("breached") == 1, rs.getObject("org_unit_id", UUID.class), rs.getString("unit_name"),
                rs.getObject("touchpoint_id", UUID.class), rs.getString("touchpoint_name"),
                rs.getObject("department_id", UUID.class), rs.getString("department_name"),
                topics(rs.getString("topics")), rs.getObject("root_cause_id", UUID.class),
                "zh".equals(locale.getLanguage()) ? rs.getString("cause_zh") : rs.getString("cause_en"))).list();
        if (filter.topic() == null) {
            return found;
        }
        return found.stream().filter(c -> c.topics().contains(filter.topic())).toList();
    }

    /** The topics column holds the record's topic codes, comma-separated. */
    private static List<String> topics(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
