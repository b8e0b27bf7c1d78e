package org.opencem.analytics.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.opencem.analytics.AnalyticsSettings;
import org.opencem.analytics.HealthWeights;
import org.opencem.analytics.MetricSettings;
import org.opencem.organization.Tenants;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The small-sample threshold lives with the tenant; the index weights in analytics_settings, defaults without a row. */
@Service
class SettingsStore implements MetricSettings {

    static final int MAX_MIN_SAMPLE = 10_000;

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final Clock clock;

    SettingsStore(JdbcClient jdbc, Tenants tenants, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public AnalyticsSettings settings(UUID tenantId) {
        int minSample = tenants.find(tenantId).orElseThrow(() -> new NotFoundException("Tenant")).minSample();
        HealthWeights weights = jdbc.sql("select weight_nps, weight_csat, weight_ces, weight_net_sentiment "
                        + "from analytics_settings where tenant_id = ?")
                .param(tenantId)
                .query((rs, i) -> new HealthWeights(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                .optional().orElse(HealthWeights.DEFAULT);
        return new AnalyticsSettings(minSample, weights);
    }

    @Override
    @Transactional
    public AnalyticsSettings update(CurrentUser admin, int minSample, HealthWeights weights) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("Only a tenant administrator changes analytics settings");
        }
        if (minSample < 1 || minSample > MAX_MIN_SAMPLE) {
            throw InvalidInputException.of("minSample", "metrics.error.minSampleRange", MAX_MIN_SAMPLE);
        }
        UUID tenantId = admin.tenantId();
        tenants.updateMinSample(tenantId, minSample);
        int updated = jdbc.sql("update analytics_settings set weight_nps = ?, weight_csat = ?, weight_ces = ?, "
                        + "weight_net_sentiment = ?, updated_at = ? where tenant_id = ?")
                .params(weights.nps(), weights.csat(), weights.ces(), weights.netSentiment(), OffsetDateTime.now(clock),
                        tenantId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into analytics_settings (tenant_id, weight_nps, weight_csat, weight_ces, weight_net_sentiment, "
                            + "updated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(tenantId, weights.nps(), weights.csat(), weights.ces(), weights.netSentiment(),
                            OffsetDateTime.now(clock))
                    .update();
        }
        return new AnalyticsSettings(minSample, weights);
    }
}
