package org.opencem.actions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The manager's view of open cases in their scope: backlog by department and unit, workload per person. */
@Service
public class CaseBoard {

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Clock clock;

    CaseBoard(JdbcClient jdbc, UserAccounts users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Open and overdue cases of one department at one unit. */
    public record Backlog(String departmentName, UUID orgUnitId, String orgUnitName, int open, int overdue) {
    }

    /** One person's open cases, how many are overdue and how many due soon. */
    public record Workload(UUID userId, String name, int open, int overdue, int dueSoon) {
    }

    public List<Backlog> backlog(CurrentUser me) {
        OffsetDateTime now = now();
        List<Object> params = new ArrayList<>(List.of(now));
        String where = openInScope(me, params);
        return jdbc.sql("select d.name as department_name, c.org_unit_id, u.name as unit_name, count(*) open_count, "
                        + "count(case when c.due_at < ? then 1 end) overdue from feedback_case c "
                        + "join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id "
                        + "left join department d on d.tenant_id = c.tenant_id and d.id = c.department_id " + where
                        + " group by d.name, c.org_unit_id, u.name order by overdue desc, open_count desc, u.name")
                .params(params)
                .query((rs, i) -> new Backlog(rs.getString("department_name"), rs.getObject("org_unit_id", UUID.class),
                        rs.getString("unit_name"), rs.getInt("open_count"), rs.getInt("overdue")))
                .list();
    }

    public List<Workload> workload(CurrentUser me) {
        OffsetDateTime now = now();
        List<Object> params = new ArrayList<>(List.of(now, now, now.plusHours(Cases.DUE_SOON_HOURS)));
        String where = openInScope(me, params);
        Map<UUID, String> names = users.all(me.tenantId()).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        return jdbc.sql("select c.assignee_id, count(*) open_count, count(case when c.due_at < ? then 1 end) overdue, "
                        + "count(case when c.due_at >= ? and c.due_at < ? then 1 end) soon from feedback_case c "
                        + "join org_unit u on u.tenant_id = c.tenant_id and u.id = c.org_unit_id " + where
                        + " group by c.assignee_id order by overdue desc, open_count desc")
                .params(params)
                .query((rs, i) -> {
                    UUID id = rs.getObject("assignee_id", UUID.class);
                    return new Workload(id, id == null ? null : names.get(id), rs.getInt("open_count"), rs.getInt("overdue"),
                            rs.getInt("soon"));
                })
                .list();
    }

    private static String openInScope(CurrentUser me, List<Object> params) {
        params.add(me.tenantId());
        CaseStatus.open().forEach(s -> params.add(s.name()));
        return "where c.tenant_id = ? and c.status in (" + String.join(", ", Collections.nCopies(CaseStatus.open().size(), "?"))
                + ") and " + me.scope().pathCondition("u.path", params);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
