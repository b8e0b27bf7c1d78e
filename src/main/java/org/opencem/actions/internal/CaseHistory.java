package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.platform.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appends to a case's history; every change to a case goes through here. */
public final class CaseHistory {

    private CaseHistory() {
    }

    private static final String INSERT = "insert into case_activity (tenant_id, id, case_id, kind, actor_id, body, "
            + "target_user_id, due_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public static void append(JdbcClient jdbc, UUID tenantId, UUID caseId, String kind, UUID actorId, String body,
                              OffsetDateTime at) {
        append(jdbc, new Entry(tenantId, caseId, kind, actorId, body, null, null, at));
    }

    public static void append(JdbcClient jdbc, Entry entry) {
        jdbc.sql(INSERT).params(params(entry)).update();
    }

    static void appendAll(JdbcTemplate jdbc, List<Entry> entries) {
        jdbc.batchUpdate(INSERT, entries.stream().map(CaseHistory::params).toList());
    }

    private static Object[] params(Entry e) {
        return new Object[] {e.tenantId(), Ids.newId(), e.caseId(), e.kind(), e.actorId(), e.body(), e.targetUserId(),
                e.dueAt(), e.at()};
    }

    /** One history line; {@code targetUserId} is who a case was assigned or escalated to, {@code dueAt} its new due time. */
    public record Entry(UUID tenantId, UUID caseId, String kind, UUID actorId, String body, UUID targetUserId,
                        OffsetDateTime dueAt, OffsetDateTime at) {
    }
}
