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

    private static final String INSERT =
            "insert into case_activity (tenant_id, id, case_id, kind, actor_id, body, created_at) values (?, ?, ?, ?, ?, ?, ?)";

    public static void append(JdbcClient jdbc, UUID tenantId, UUID caseId, String kind, UUID actorId, String body,
                              OffsetDateTime at) {
        jdbc.sql(INSERT).params(tenantId, Ids.newId(), caseId, kind, actorId, body, at).update();
    }

    static void appendAll(JdbcTemplate jdbc, List<Entry> entries) {
        jdbc.batchUpdate(INSERT, entries.stream().map(e -> new Object[] {e.tenantId(), Ids.newId(), e.caseId(), e.kind(),
                e.actorId(), e.body(), e.at()}).toList());
    }

    record Entry(UUID tenantId, UUID caseId, String kind, UUID actorId, String body, OffsetDateTime at) {
    }
}
