package org.opencem.notify.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each tenant's SMS gateway settings. */
@Service
public class SmsGateways {

    private final JdbcClient jdbc;
    private final Clock clock;

    SmsGateways(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<SmsGateway> find(UUID tenantId) {
        return jdbc.sql("select * from notify_sms_gateway where tenant_id = ?").param(tenantId)
                .query((rs, i) -> new SmsGateway(rs.getString("url"), rs.getString("auth_header"),
                        rs.getString("auth_value"), rs.getString("body_template"), rs.getBoolean("enabled")))
                .optional();
    }

    /**
     * Saves the settings; a blank auth value keeps the stored one. Text messages that waited for
     * a gateway become due at once.
     */
    public void save(UUID tenantId, SmsGateway gateway) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("""
                update notify_sms_gateway set url = ?, auth_header = ?, auth_value = coalesce(?, auth_value),
                       body_template = ?, enabled = ?, updated_at = ?
                where tenant_id = ?""")
                .params(gateway.url(), gateway.authHeader(), blankToNull(gateway.authValue()), gateway.bodyTemplate(),
                        gateway.enabled(), now, tenantId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into notify_sms_gateway (tenant_id, url, auth_header, auth_value, body_template, enabled, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, gateway.url(), gateway.authHeader(), blankToNull(gateway.authValue()),
                            gateway.bodyTemplate(), gateway.enabled(), now)
                    .update();
        }
        if (gateway.enabled()) {
            jdbc.sql("update notify_delivery set next_attempt_at = ? where tenant_id = ? and channel = 'SMS' and status = 'PENDING'")
                    .params(now, tenantId).update();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
