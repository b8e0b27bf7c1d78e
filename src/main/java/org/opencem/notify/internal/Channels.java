package org.opencem.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.notify.DeliveryChannel;
import org.opencem.platform.Ids;
import org.opencem.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A tenant's webhooks and IM bots. Every method takes the tenant; no query crosses tenants. */
@Service
public class Channels {

    private final JdbcClient jdbc;
    private final Clock clock;

    Channels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Channel> all(UUID tenantId) {
        return jdbc.sql("select * from notify_channel where tenant_id = ? order by name, id").param(tenantId)
                .query(Channels::map).list();
    }

    public Optional<Channel> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from notify_channel where tenant_id = ? and id = ?").params(tenantId, id)
                .query(Channels::map).optional();
    }

    public Channel get(UUID tenantId, UUID id) {
        return find(tenantId, id).orElseThrow(() -> new NotFoundException("Channel"));
    }

    /** The enabled channels that take events of this type. */
    public List<Channel> subscribedTo(UUID tenantId, String eventType) {
        return all(tenantId).stream()
                .filter(c -> c.enabled() && (c.receivesAll() || c.eventTypes().contains(eventType)))
                .toList();
    }

    /** The enabled channels of these names (case aside), whatever event types they take: a sender chose them. */
    public List<Channel> named(UUID tenantId, Collection<String> names) {
        Set<String> wanted = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return all(tenantId).stream().filter(c -> c.enabled() && wanted.contains(c.name().strip().toLowerCase(Locale.ROOT)))
                .toList();
    }

    public Channel create(UUID tenantId, ChannelForm form) {
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into notify_channel (tenant_id, id, name, kind, url, secret, event_types, enabled, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, id, form.name().trim(), form.kind().name(), form.url().trim(), form.secret(),
                        String.join(",", form.eventTypes()), form.enabled(), now, now)
                .update();
        return get(tenantId, id);
    }

    /** Saves the form; a blank secret keeps the one stored, so an edit need not show it again. */
    public Channel update(UUID tenantId, UUID id, ChannelForm form) {
        int updated = jdbc.sql("""
                update notify_channel set name = ?, kind = ?, url = ?, secret = coalesce(?, secret), event_types = ?,
                       enabled = ?, updated_at = ?
                where tenant_id = ? and id = ?""")
                .params(form.name().trim(), form.kind().name(), form.url().trim(), form.secret(),
                        String.join(",", form.eventTypes()), form.enabled(), OffsetDateTime.now(clock), tenantId, id)
                .update();
        if (updated == 0) {
            throw new NotFoundException("Channel");
        }
        return get(tenantId, id);
    }

    public void delete(UUID tenantId, UUID id) {
        if (jdbc.sql("delete from notify_channel where tenant_id = ? and id = ?").params(tenantId, id).update() == 0) {
            throw new NotFoundException("Channel");
        }
    }

    private static Channel map(ResultSet rs, int row) throws SQLException {
        return new Channel(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("name"),
                DeliveryChannel.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("secret"),
                Arrays.stream(rs.getString("event_types").split(",")).filter(s -> !s.isBlank()).toList(),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
