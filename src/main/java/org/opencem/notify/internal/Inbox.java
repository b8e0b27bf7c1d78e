package org.opencem.notify.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencem.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** In-app notifications and each user's email choices; always for one tenant and one user. */
@Service
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a notification unless the user already has one with this key. */
    public void add(UUID tenantId, UUID userId, String idempotencyKey, String eventType, String subjectJson,
                    String bodyJson, String link) {
        jdbc.sql("""
                insert into notify_inbox (tenant_id, id, user_id, idempotency_key, event_type, subject, body, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(tenantId, Ids.newId(), userId, idempotencyKey, eventType, subjectJson, bodyJson, link,
                        OffsetDateTime.now(clock))
                .update();
    }

    public List<InboxItem> latest(UUID tenantId, UUID userId, boolean unreadOnly, int limit) {
        return jdbc.sql("select * from notify_inbox where tenant_id = ? and user_id = ?"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id desc fetch first " + limit + " rows only")
                .params(tenantId, userId)
                .query((rs, i) -> new InboxItem(rs.getObject("id", UUID.class), rs.getString("event_type"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class)))
                .list();
    }

    public int unread(UUID tenantId, UUID userId) {
        return jdbc.sql("select count(*) from notify_inbox where tenant_id = ? and user_id = ? and read_at is null")
                .params(tenantId, userId).query(Integer.class).single();
    }

    /** Marks one notification read; returns its link, or null when it is not this user's. */
    public String markRead(UUID tenantId, UUID userId, UUID id) {
        jdbc.sql("update notify_inbox set read_at = ? where tenant_id = ? and user_id = ? and id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), tenantId, userId, id).update();
        return jdbc.sql("select link from notify_inbox where tenant_id = ? and user_id = ? and id = ?")
                .params(tenantId, userId, id).query(String.class).optional().orElse(null);
    }

    public void markAllRead(UUID tenantId, UUID userId) {
        jdbc.sql("update notify_inbox set read_at = ? where tenant_id = ? and user_id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), tenantId, userId).update();
    }

    public boolean wantsEmail(UUID tenantId, UUID userId, String eventType) {
        return jdbc.sql("select count(*) from notify_email_optout where tenant_id = ? and user_id = ? and event_type = ?")
                .params(tenantId, userId, eventType).query(Integer.class).single() == 0;
    }

    /** The users of the tenant who turned off emails of this type. */
    public Set<UUID> optedOut(UUID tenantId, String eventType) {
        return Set.copyOf(jdbc.sql("select user_id from notify_email_optout where tenant_id = ? and event_type = ?")
                .params(tenantId, eventType).query(UUID.class).list());
    }

    public Set<String> emailOptOuts(UUID tenantId, UUID userId) {
        return Set.copyOf(jdbc.sql("select event_type from notify_email_optout where tenant_id = ? and user_id = ?")
                .params(tenantId, userId).query(String.class).list());
    }

    /** Replaces the event types the user does not want by email. */
    public void setEmailOptOuts(UUID tenantId, UUID userId, Set<String> eventTypes) {
        jdbc.sql("delete from notify_email_optout where tenant_id = ? and user_id = ?").params(tenantId, userId).update();
        for (String type : eventTypes) {
            jdbc.sql("insert into notify_email_optout (tenant_id, user_id, event_type) values (?, ?, ?)")
                    .params(tenantId, userId, type).update();
        }
    }
}
