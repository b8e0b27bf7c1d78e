package org.opencem.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.opencem.platform.Violation;

/** A stored alert rule, with what makes it broken (it can never match) if anything does. */
public record AlertRule(UUID id, String name, boolean enabled, CasePriority priority, RuleKind kind,
                        ConditionGroup conditions, MetricAlertSpec metric, String titleTemplate, String instruction,
                        AlertRecipients recipients, OffsetDateTime updatedAt, List<Violation> problems) {

    public AlertRule {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean broken() {
        return !problems.isEmpty();
    }
}
