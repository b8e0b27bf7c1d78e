package org.opencem.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.identity.UserAccounts;
import org.opencem.organization.Tenant;
import org.opencem.organization.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo tenant on the first start and tells in the log where to sign in. The whole
 * tenant is made in one transaction: a crash leaves nothing half-made, and a second instance
 * starting at the same moment waits on the unique tenant code, gets a duplicate and moves on.
 */
@Component
@ConditionalOnProperty(name = "opencem.demo.enabled", havingValue = "true")
class DemoInstaller {

    private static final Logger log = LoggerFactory.getLogger(DemoInstaller.class);

    /** What a start found or did. */
    record Outcome(UUID tenantId, boolean created, int responses, int cases, int openCases, long millis) {

        static Outcome existing(UUID tenantId) {
            return new Outcome(tenantId, false, 0, 0, 0, 0);
        }
    }

    private final Tenants tenants;
    private final UserAccounts users;
    private final DemoTenantBuilder builder;
    private final TransactionTemplate transaction;
    private final Environment environment;

    DemoInstaller(Tenants tenants, UserAccounts users, DemoTenantBuilder builder, TransactionTemplate transaction,
                  Environment environment) {
        this.tenants = tenants;
        this.users = users;
        this.builder = builder;
        this.transaction = transaction;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            install().ifPresent(outcome -> log.info(banner(outcome)));
        } catch (RuntimeException e) {
            log.error("Could not create the demo tenant; the application runs without it", e);
        }
    }

    /** Creates the demo tenant unless it exists; empty when it cannot be made (a demo username is taken). */
    Optional<Outcome> install() {
        Optional<Tenant> existing = tenants.findByCode(DemoBlueprint.TENANT_CODE);
        if (existing.isPresent()) {
            return Optional.of(Outcome.existing(existing.get().id()));
        }
        List<String> taken = usernames().stream().filter(users::usernameTaken).toList();
        if (!taken.isEmpty()) {
            log.warn("Demo tenant not created: the usernames {} belong to another tenant", taken);
            return Optional.empty();
        }
        log.info("Creating the demo tenant '{}' with six months of history…", DemoBlueprint.TENANT_NAME);
        long start = System.nanoTime();
        try {
            DemoTenantBuilder.Built built = transaction.execute(status -> builder.build());
            long millis = (System.nanoTime() - start) / 1_000_000;
            log.info("Demo tenant created in {} s: {} responses, {} cases ({} open)", String.format("%.1f", millis / 1000.0),
                    built.responses(), built.cases(), built.openCases());
            return Optional.of(new Outcome(built.tenantId(), true, built.responses(), built.cases(), built.openCases(), millis));
        } catch (DataIntegrityViolationException raced) {
            Optional<Tenant> other = tenants.findByCode(DemoBlueprint.TENANT_CODE);
            if (other.isEmpty()) {
                throw raced;
            }
            log.info("The demo tenant was created by another instance meanwhile");
            return Optional.of(Outcome.existing(other.get().id()));
        }
    }

    private static List<String> usernames() {
        List<String> names = new ArrayList<>();
        DemoBlueprint.PEOPLE.forEach(p -> names.add(p.username()));
        DemoBlueprint.STORES.stream().filter(DemoBlueprint.Store::hasManager).forEach(s -> names.add(s.manager()));
        return names.stream().distinct().toList();
    }

    private String banner(Outcome outcome) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String line = "=".repeat(78);
        StringBuilder text = new StringBuilder("\n").append(line).append('\n');
        text.append("  OpenCEM demo · ").append(DemoBlueprint.TENANT_NAME).append(" (tenant '")
                .append(DemoBlueprint.TENANT_CODE).append("')\n");
        text.append(outcome.created()
                ? String.format("  Created now in %.1f s: %,d responses, %,d cases (%d open)%n", outcome.millis() / 1000.0,
                        outcome.responses(), outcome.cases(), outcome.openCases())
                : "  Already installed: nothing was created.\n");
        text.append("\n  Open  http://localhost:").append(port).append("  and sign in, password for all: ")
                .append(DemoBlueprint.PASSWORD).append("\n\n");
        for (DemoBlueprint.Person person : DemoBlueprint.PEOPLE) {
            text.append(String.format("    %-9s %-13s %s%n", person.username(), person.role().name(), person.loginNote()));
        }
        text.append("    (store managers: ");
        text.append(String.join(", ", DemoBlueprint.STORES.stream().filter(DemoBlueprint.Store::hasManager)
                .map(DemoBlueprint.Store::manager).toList()));
        text.append("; 苏州观前街店 has none, its cases go to east)\n");
        text.append("\n  Turn the demo off with OPENCEM_DEMO=false.\n").append(line);
        return text.toString();
    }
}
