package org.opencem.analytics.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.analytics.DigestFrequency;
import org.opencem.analytics.DigestInput;
import org.opencem.analytics.DigestRun;
import org.opencem.analytics.DigestSubscription;
import org.opencem.platform.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The digest subscriptions and runs of each tenant. */
@Component
public class DigestStore {

    /** Runs started by hand carry this prefix in their key, so they never take a scheduled period's place. */
    public static final String MANUAL = "manual-";

    private static final String SUBSCRIPTIONS = """
            select s.*, u.display_name, u.email, u.active from analytics_digest_subscription s
            left join app_user u on u.tenant_id = s.tenant_id and u.id = s.user_id
            """;
    private static final RowMapper<DigestSubscription> SUBSCRIPTION = (rs, i) -> {
        Integer weekday = (Integer) rs.getObject("weekday", Integer.class);
        return new DigestSubscription(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("display_name"), rs.getString("email"), rs.getBoolean("active"),
                DigestFrequency.valueOf(rs.getString("frequency")), weekday == null ? null : DayOfWeek.of(weekday),
                rs.getInt("send_hour"), rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class));
    };
    private static final String RUNS = """
            select r.*, u.display_name from analytics_digest_run r
            left join app_user u on u.tenant_id = r.tenant_id and u.id = r.user_id
            """;
    private static final RowMapper<DigestRun> RUN = (rs, i) -> new DigestRun(rs.getObject("id", UUID.class),
            rs.getObject("subscription_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("display_name"),
            rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
            DigestRun.Status.valueOf(rs.getString("status")), rs.getString("detail"),
            rs.getObject("delivery_id", UUID.class), rs.getObject("ran_at", OffsetDateTime.class),
            rs.getString("period_key").startsWith(MANUAL));

    private final JdbcClient jdbc;

    DigestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A tenant's subscriptions, or one user's when {@code userId} is given. */
    public List<DigestSubscription> subscriptions(UUID tenantId, UUID userId) {
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String where = "where s.tenant_id = ?";
        if (userId != null) {
            where += " and s.user_id = ?";
            params.add(userId);
        }
        return jdbc.sql(SUBSCRIPTIONS + where + " order by u.display_name, s.created_at").params(params)
                .query(SUBSCRIPTION).list();
    }

    public Optional<DigestSubscription> find(UUID tenantId, UUID id) {
        return jdbc.sql(SUBSCRIPTIONS + "where s.tenant_id = ? and s.id = ?").params(tenantId, id).query(SUBSCRIPTION)
                .optional();
    }

    /** Every enabled subscription of every tenant, for the job, with its tenant. */
    public List<Due> enabled() {
        return jdbc.sql(SUBSCRIPTIONS + "where s.enabled = true order by s.tenant_id, s.id")
                .query((rs, i) -> new Due(rs.getObject("tenant_id", UUID.class), SUBSCRIPTION.mapRow(rs, i))).list();
    }

    public record Due(UUID tenantId, DigestSubscription subscription) {
    }

    public UUID create(UUID tenantId, DigestInput input, UUID createdBy, OffsetDateTime now) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into analytics_digest_subscription (tenant_id, id, user_id, frequency, weekday, send_hour, enabled,
                                                           created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, id, input.userId(), input.frequency().name(),
                        input.weekday() == null ? null : input.weekday().getValue(), input.hour(), input.enabled(),
                        createdBy, now)
                .update();
        return id;
    }

    public void update(UUID tenantId, UUID id, DigestInput input) {
        jdbc.sql("""
                update analytics_digest_subscription set frequency = ?, weekday = ?, send_hour = ?, enabled = ?
                where tenant_id = ? and id = ?""")
                .params(input.frequency().name(), input.weekday() == null ? null : input.weekday().getValue(),
                        input.hour(), input.enabled(), tenantId, id)
                .update();
    }

    public void delete(UUID tenantId, UUID id) {
        jdbc.sql("delete from analytics_digest_subscription where tenant_id = ? and id = ?").params(tenantId, id).update();
    }

    /**
     * Records a run of a period; false when that subscription already has a run for the key, which is
     * what keeps a period's digest to one, on any number of instances.
     */
    public boolean claim(UUID tenantId, UUID runId, DigestSubscription subscription, String key, LocalDate from,
                         LocalDate to, DigestRun.Status status, String detail, OffsetDateTime at) {
        return jdbc.sql("""
                insert into analytics_digest_run (tenant_id, id, subscription_id, user_id, period_key, period_from,
                                                  period_to, status, detail, ran_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(tenantId, runId, subscription.id(), subscription.userId(), key, from, to, status.name(), detail, at)
                .update() == 1;
    }

    public void delivered(UUID tenantId, UUID runId, UUID deliveryId) {
        jdbc.sql("update analytics_digest_run set delivery_id = ? where tenant_id = ? and id = ?")
                .params(deliveryId, tenantId, runId).update();
    }

    /** The latest runs of a tenant, or of one user's subscriptions. */
    public List<DigestRun> runs(UUID tenantId, UUID userId, int limit) {
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String where = "where r.tenant_id = ?";
        if (userId != null) {
            where += " and r.user_id = ?";
            params.add(userId);
        }
        return jdbc.sql(RUNS + where + " order by r.ran_at desc, r.id fetch first " + limit + " rows only")
                .params(params).query(RUN).list();
    }

    public List<DigestRun> runsOf(UUID tenantId, UUID subscriptionId) {
        return jdbc.sql(RUNS + "where r.tenant_id = ? and r.subscription_id = ? order by r.ran_at desc")
                .params(tenantId, subscriptionId).query(RUN).list();
    }
}
