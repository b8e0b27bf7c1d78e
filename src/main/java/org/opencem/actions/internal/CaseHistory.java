package org.opencem.actions.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.opencem.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appends to a case's history; every change to a case goes through here. */
public final class CaseHistory {

    private CaseHistory() {
    }

    public static void append(JdbcClient jdbc, UUID tenantId, UUID caseId, String kind, UUID actorId, String body,
                              OffsetDateTime at) {
        jdbc.sql("insert into case_activity (tenant_id, id, case_id, kind, actor_id, body, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(tenantId, Ids.newId(), caseId, kind, actorId, body, at).update();
    }
}
