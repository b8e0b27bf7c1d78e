package org.opencem.feedback;

import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opencem.jar --opencem.command=enrich-backlog}: analyses the text of every
 * feedback record that has none yet, prints how many and how fast, and exits. For upgrades and
 * for the enrichment benchmark; the running application does the same daily.
 */
@Component
@ConditionalOnProperty(name = "opencem.command", havingValue = "enrich-backlog")
class EnrichBacklogCommand implements ApplicationRunner {

    private final FeedbackEnrichment enrichment;
    private final ConfigurableApplicationContext context;

    EnrichBacklogCommand(FeedbackEnrichment enrichment, ConfigurableApplicationContext context) {
        this.enrichment = enrichment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        int enriched = enrichment.enrichBacklog();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "enriched %,d feedback records in %.1f s (%,.0f records/s)%n",
                enriched, seconds, enriched / Math.max(seconds, 1e-9));
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
