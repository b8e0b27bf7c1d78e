package org.opencem.analytics.internal;

import org.opencem.analytics.RebuildReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Builds the rollups at start when there are records but no rollups yet (a database upgraded
 * from the former daily table), and rebuilds and checks every tenant's when started with
 * {@code --opencem.analytics.rebuild-rollups=true}, logging what differed.
 */
@Component
class RollupStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RollupStartup.class);

    private final RollupMaintenance maintenance;
    private final boolean rebuildRequested;

    RollupStartup(RollupMaintenance maintenance, @Value("${opencem.analytics.rebuild-rollups:false}") boolean rebuildRequested) {
        this.maintenance = maintenance;
        this.rebuildRequested = rebuildRequested;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!rebuildRequested && maintenance.hasRollups()) {
            return;
        }
        for (var tenantId : maintenance.tenantsWithRecords()) {
            RebuildReport report = maintenance.rebuild(tenantId);
            log.info("Rollups of tenant {} rebuilt in {} ms: {} rows, {} differed from the records before {}",
                    tenantId, report.millis(), report.rows(), report.mismatches(), report.examples());
        }
    }
}
