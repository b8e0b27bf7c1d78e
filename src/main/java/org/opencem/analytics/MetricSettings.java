package org.opencem.analytics;

import java.util.UUID;

import org.opencem.platform.CurrentUser;

/** A tenant's analytics settings: the small-sample threshold and the CX health index weights. */
public interface MetricSettings {

    AnalyticsSettings settings(UUID tenantId);

    /** Changes the caller's tenant's settings; only a tenant administrator may. */
    AnalyticsSettings update(CurrentUser admin, int minSample, HealthWeights weights);
}
