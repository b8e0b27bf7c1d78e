package org.opencem.actions;

/**
 * What a CX manager writes: a rule's name, whether it is on, the priority of the cases it opens,
 * its conditions (a feedback rule) or its metric (a metric rule), the case's title template
 * (placeholders {unit}, {touchpoint}, {nps}, {csat}, {ces}, {comment}, {channel}, {rule}; for metric
 * rules {figures}) and instruction, and who is told.
 */
public record AlertRuleInput(String name, boolean enabled, CasePriority priority, RuleKind kind,
                             ConditionGroup conditions, MetricAlertSpec metric, String titleTemplate, String instruction,
                             AlertRecipients recipients) {

    public AlertRuleInput {
        recipients = recipients == null ? AlertRecipients.owner() : recipients;
        kind = kind == null ? RuleKind.FEEDBACK : kind;
    }
}
