package org.opencem.actions;

import java.util.List;

/** One condition of a feedback rule; see {@link ConditionType} for what each part means per type. */
public record RuleCondition(ConditionType type, String field, ConditionOperator operator, String value, String to,
                            List<String> values) {

    public RuleCondition {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
