package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseStatus;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a case that no single feedback record raised: a metric alert on a store or a touchpoint.
 * Routed like a feedback case, to the manager of the unit or of the nearest unit above.
 */
@Component
public class MetricCases {

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final CaseNumbers numbers;

    MetricCases(JdbcClient jdbc, UserAccounts users, CaseNumbers numbers) {
        this.jdbc = jdbc;
        this.users = users;
        this.numbers = numbers;
    }

    /** Opens case {@code caseId}; {@code body} is what the history says it was opened for (the figures). */
    public void open(UUID tenantId, UUID caseId, UUID orgUnitId, UUID touchpointId, CasePriority priority, String title,
                     String body, OffsetDateTime at) {
        UUID assignee = users.managerOf(tenantId, orgUnitId).map(UserAccount::id).orElse(null);
        jdbc.sql("""
                insert into feedback_case (tenant_id, id, case_number, org_unit_id, touchpoint_id, title, status, priority,
                                           assignee_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, caseId, numbers.reserve(tenantId, 1), orgUnitId, touchpointId, title,
                        CaseStatus.NEW.name(), priority.name(), assignee, at, at)
                .update();
        CaseHistory.append(jdbc, tenantId, caseId, "OPENED", null, body, at);
        if (assignee != null) {
            CaseHistory.append(jdbc, tenantId, caseId, "ASSIGNED", null, assignee.toString(), at);
        }
    }
}
