package org.opencem.actions.internal.rules;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.opencem.actions.AlertRecipients;
import org.opencem.actions.AlertRuleInput;
import org.opencem.actions.CasePriority;
import org.opencem.actions.ConditionGroup;
import org.opencem.actions.ConditionOperator;
import org.opencem.actions.ConditionType;
import org.opencem.actions.RuleCondition;
import org.opencem.actions.RuleKind;
import org.opencem.organization.TenantCreated;
import org.opencem.platform.Ids;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every new tenant starts with two ordinary, editable rules, so that an unhappy customer becomes a
 * case from the first day: angry detractors (0–3) at high priority, other detractors (4–6) at normal.
 * Tenants older than alert rules got the same two from the migration.
 */
@Component
class DefaultRules {

    private final RuleStore store;
    private final Clock clock;

    DefaultRules(RuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(TenantCreated event) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(event.defaultLocale().getLanguage());
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.insert(event.tenantId(), Ids.newId(), detractors(chinese ? "强烈贬损者（NPS ≤ 3）" : "Angry detractor (NPS ≤ 3)",
                CasePriority.HIGH, 3), now);
        store.insert(event.tenantId(), Ids.newId(), detractors(chinese ? "贬损者（NPS ≤ 6）" : "Detractor (NPS ≤ 6)",
                CasePriority.NORMAL, 6), now.plusNanos(1000));
    }

    private static AlertRuleInput detractors(String name, CasePriority priority, int atMost) {
        return new AlertRuleInput(name, true, priority, RuleKind.FEEDBACK, new ConditionGroup(ConditionGroup.Match.ALL,
                List.of(new RuleCondition(ConditionType.SCORE, "NPS", ConditionOperator.LE, String.valueOf(atMost), null, null)),
                List.of()), null, "{comment}", null, AlertRecipients.owner());
    }
}
