package org.opencem.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.notify.Delivery;
import org.opencem.notify.DeliveryChannel;
import org.opencem.notify.DeliveryStatus;
import org.opencem.platform.Ids;
import org.opencem.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The delivery rows: queued by {@code Notifications}, read by the log pages and the API, per tenant. */
@Service
public class DeliveryLog {

    private static final String SELECT = """
            select d.*, c.name as channel_name from notify_delivery d
            left join notify_channel c on c.tenant_id = d.tenant_id and c.id = d.channel_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues a delivery, due now. A row with the same tenant, key and target makes this a no-op
     * (a caller retrying, or two racing); either way the id of the one row is returned.
     */
    public UUID insert(DeliveryRow row) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into notify_delivery (tenant_id, id, idempotency_key, target, channel, channel_id, user_id, event_type,
                    recipient, subject, payload, reference, status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                on conflict do nothing""")
                .params(row.tenantId(), Ids.newId(), row.idempotencyKey(), row.target(), row.channel().name(),
                        row.channelId(), row.userId(), row.eventType(), row.recipient(), row.subject(), row.payload(),
                        row.reference(), now, now)
                .update();
        return jdbc.sql("select id from notify_delivery where tenant_id = ? and idempotency_key = ? and target = ?")
                .params(row.tenantId(), row.idempotencyKey(), row.target()).query(UUID.class).single();
    }

    public Optional<Delivery> find(UUID tenantId, UUID id) {
        return jdbc.sql(SELECT + "where d.tenant_id = ? and d.id = ?").params(tenantId, id).query(DeliveryLog::map).optional();
    }

    /** The newest deliveries of the tenant first, optionally of one status and one channel kind. */
    public List<Delivery> list(UUID tenantId, DeliveryStatus status, DeliveryChannel channel, int limit) {
        List<Object> params = new ArrayList<>(List.of(tenantId));
        StringBuilder where = new StringBuilder("where d.tenant_id = ?");
        if (status != null) {
            where.append(" and d.status = ?");
            params.add(status.name());
        }
        if (channel != null) {
            where.append(" and d.channel = ?");
            params.add(channel.name());
        }
        return jdbc.sql(SELECT + where + " order by d.created_at desc, d.id desc fetch first " + limit + " rows only")
                .params(params).query(DeliveryLog::map).list();
    }

    /** Makes a pending or failed delivery due now, with a fresh set of attempts. */
    public void retryNow(UUID tenantId, UUID id) {
        int updated = jdbc.sql("""
                update notify_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?
                where tenant_id = ? and id = ? and status in ('PENDING', 'FAILED')""")
                .params(OffsetDateTime.now(clock), tenantId, id).update();
        if (updated == 0 && find(tenantId, id).isEmpty()) {
            throw new NotFoundException("Delivery");
        }
    }

    static Delivery map(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                DeliveryChannel.valueOf(rs.getString("channel")), rs.getObject("channel_id", UUID.class),
                rs.getString("channel_name"), rs.getString("event_type"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("payload"), rs.getString("reference"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("last_attempt_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("last_error"), (Integer) rs.getObject("http_status"), (Integer) rs.getObject("duration_ms"));
    }
}
