package org.opencem.actions.internal.rules;

import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, last week's metric rules for every tenant that has one, on one instance at a time. */
@Component
class MetricAlertJob {

    private static final Logger log = LoggerFactory.getLogger(MetricAlertJob.class);

    private final RuleStore store;
    private final RuleCache cache;
    private final MetricAlerts alerts;

    MetricAlertJob(RuleStore store, RuleCache cache, MetricAlerts alerts) {
        this.store = store;
        this.cache = cache;
        this.alerts = alerts;
    }

    @Scheduled(cron = "${opencem.alert-rules.metric-cron:0 15 6 * * *}", zone = "${opencem.time-zone:Asia/Shanghai}")
    @SchedulerLock(name = "metric-alerts", lockAtMostFor = "PT30M")
    void checkLastWeek() {
        LocalDate week = alerts.lastCompleteWeek();
        for (UUID tenantId : store.tenantsWithMetricRules()) {
            try {
                int opened = alerts.run(cache.rules(tenantId), week);
                if (opened > 0) {
                    log.info("Metric alerts opened {} cases for tenant {} (week of {})", opened, tenantId, week);
                }
            } catch (RuntimeException e) {
                log.error("Metric alerts failed for tenant {}; the other tenants go on", tenantId, e);
            }
        }
    }
}
