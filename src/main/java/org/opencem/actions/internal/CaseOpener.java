package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.actions.CaseStatus;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.Ids;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a case for every record an alert matched, routed to the manager of the response's org unit or,
 * when it has none, of the nearest unit above. Exactly once per feedback record: the case
 * is keyed by it, and this runs in the dispatcher's transaction. A batch costs a handful of
 * statements, whatever its size: the hot path's pace is set here.
 */
@Component
class CaseOpener {

    private static final String INSERT_CASE = """
            insert into feedback_case (tenant_id, id, case_number, feedback_id, source_id, org_unit_id, touchpoint_id,
                                       title, status, priority, assignee_id, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final UserAccounts users;
    private final CaseNumbers numbers;
    private final AlertMatcher matcher;

    CaseOpener(JdbcClient jdbc, JdbcTemplate template, UserAccounts users, CaseNumbers numbers, AlertMatcher matcher) {
        this.jdbc = jdbc;
        this.template = template;
        this.users = users;
        this.numbers = numbers;
        this.matcher = matcher;
    }

    @EventListener
    void on(FeedbackRecorded event) {
        event.records().stream().collect(Collectors.groupingBy(FeedbackRecord::tenantId))
                .forEach((tenantId, records) -> open(tenantId, matcher.matches(tenantId, records)));
    }

    private void open(UUID tenantId, List<AlertMatch> matches) {
        if (matches.isEmpty()) {
            return;
        }
        Set<UUID> handled = withCase(tenantId, matches.stream().map(m -> m.record().id()).toList());
        List<AlertMatch> fresh = matches.stream().filter(m -> !handled.contains(m.record().id())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        long number = numbers.reserve(tenantId, fresh.size());
        Map<UUID, Optional<UUID>> managers = new HashMap<>();
        List<Object[]> cases = new ArrayList<>(fresh.size());
        List<CaseHistory.Entry> history = new ArrayList<>(fresh.size() * 2);
        for (AlertMatch match : fresh) {
            FeedbackRecord record = match.record();
            UUID caseId = Ids.newId();
            UUID assignee = managers.computeIfAbsent(record.orgUnitId(),
                    unit -> users.managerOf(tenantId, unit).map(UserAccount::id)).orElse(null);
            OffsetDateTime at = record.occurredAt();
            cases.add(new Object[] {tenantId, caseId, number++, record.id(), record.sourceId(), record.orgUnitId(),
                    record.touchpointId(), match.title(), CaseStatus.NEW.name(), match.priority().name(),
                    assignee, at, at});
            history.add(new CaseHistory.Entry(tenantId, caseId, "OPENED", null, "NPS " + record.nps(), at));
            if (assignee != null) {
                history.add(new CaseHistory.Entry(tenantId, caseId, "ASSIGNED", null, assignee.toString(), at));
            }
        }
        template.batchUpdate(INSERT_CASE, cases);
        CaseHistory.appendAll(template, history);
    }

    /** The records of the batch that already have their case: a batch repeated after a crash. */
    private Set<UUID> withCase(UUID tenantId, List<UUID> ids) {
        return new HashSet<>(jdbc.sql("select feedback_id from feedback_case where tenant_id = ? and feedback_id in ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
                .params(concat(tenantId, ids)).query(UUID.class).list());
    }

    private static List<Object> concat(UUID tenantId, List<UUID> ids) {
        List<Object> params = new ArrayList<>(ids.size() + 1);
        params.add(tenantId);
        params.addAll(ids);
        return params;
    }
}
