package org.opencem.analytics.internal;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencem.analytics.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, on one instance at a time, sends the digests that have come due. The run rows
 * make each period's digest go out once even if two rounds overlap or a lock runs out.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final Digests digests;
    private final Clock clock;

    DigestJob(Digests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Scheduled(cron = "${opencem.digests.cron:0 */5 * * * *}")
    @SchedulerLock(name = "analytics-digests", lockAtMostFor = "PT30M")
    void sendDue() {
        int recorded = digests.sendDue(clock.instant());
        if (recorded > 0) {
            log.info("Digests: {} sent or reported", recorded);
        }
    }
}
