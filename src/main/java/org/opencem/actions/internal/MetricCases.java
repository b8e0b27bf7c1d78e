package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencem.actions.AlertRule;
import org.opencem.actions.CaseStatus;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a case that no single feedback record raised: a metric alert on a store or a touchpoint.
 * Routed like a feedback case, to the manager of the unit or of the nearest unit above, and told
 * to whom the rule names.
 */
@Component
public class MetricCases {

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final CaseNumbers numbers;
    private final CaseRouter router;
    private final CaseNotices notices;

    MetricCases(JdbcClient jdbc, UserAccounts users, CaseNumbers numbers, CaseRouter router, CaseNotices notices) {
        this.jdbc = jdbc;
        this.users = users;
        this.numbers = numbers;
        this.router = router;
        this.notices = notices;
    }

    /** Opens case {@code caseId} for {@code rule}; {@code body} is what the history says it was opened for (the figures). */
    public void open(UUID tenantId, UUID caseId, AlertRule rule, UUID orgUnitId, UUID touchpointId, String title,
                     String body, OffsetDateTime at) {
        UUID assignee = users.managerOf(tenantId, orgUnitId).map(UserAccount::id).orElse(null);
        long number = numbers.reserve(tenantId, 1);
        jdbc.sql("""
                insert into feedback_case (tenant_id, id, case_number, org_unit_id, touchpoint_id, title, status, priority,
                                           assignee_id, rule_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, caseId, number, orgUnitId, touchpointId, title, CaseStatus.NEW.name(),
                        rule.priority().name(), assignee, rule.id(), at, at)
                .update();
        CaseHistory.append(jdbc, tenantId, caseId, "OPENED", null, body, at);
        if (assignee != null) {
            CaseHistory.append(jdbc, tenantId, caseId, "ASSIGNED", null, assignee.toString(), at);
        }
        List<CaseNotices.Opened> opened = List.of(new CaseNotices.Opened(caseId, number, title));
        Set<UUID> told = CaseNotices.toldOfOpening(rule, router.begin(tenantId, Set.of(orgUnitId)), orgUnitId, assignee);
        List<String> channels = rule.recipients().channels();
        notices.opened(tenantId, told.stream().collect(Collectors.toMap(Function.identity(), person -> opened)),
                channels.isEmpty() ? Map.of() : Map.of(channels, opened));
    }
}
