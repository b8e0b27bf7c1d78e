package org.opencem.actions;

import java.util.List;

/** A node of a rule's condition tree: its conditions and sub-groups, all of which or any of which must hold. */
public record ConditionGroup(Match match, List<RuleCondition> conditions, List<ConditionGroup> groups) {

    public ConditionGroup {
        match = match == null ? Match.ALL : match;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public enum Match {
        ALL, ANY
    }
}
