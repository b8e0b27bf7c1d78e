package org.opencem.actions.web;

import java.util.List;

import org.opencem.actions.ConditionOperator;
import org.opencem.actions.ConditionType;

import static org.opencem.actions.ConditionOperator.AFTER;
import static org.opencem.actions.ConditionOperator.ALL;
import static org.opencem.actions.ConditionOperator.ANY;
import static org.opencem.actions.ConditionOperator.BEFORE;
import static org.opencem.actions.ConditionOperator.BETWEEN;
import static org.opencem.actions.ConditionOperator.EQ;
import static org.opencem.actions.ConditionOperator.GE;
import static org.opencem.actions.ConditionOperator.LE;
import static org.opencem.actions.ConditionOperator.NE;

/** The operators the editor offers per condition type; types without a choice of operator have none. */
final class Operators {

    private Operators() {
    }

    static java.util.Map<ConditionType, List<ConditionOperator>> all() {
        java.util.Map<ConditionType, List<ConditionOperator>> all = new java.util.EnumMap<>(ConditionType.class);
        for (ConditionType type : ConditionType.values()) {
            all.put(type, of(type));
        }
        return all;
    }

    static List<ConditionOperator> of(ConditionType type) {
        return switch (type) {
            case SCORE -> List.of(LE, GE, EQ, BETWEEN);
            case CUSTOMER -> List.of(EQ, NE, BEFORE, AFTER);
            case SENTIMENT -> List.of(EQ, LE, GE);
            case KEYWORDS -> List.of(ANY, ALL);
            default -> List.of();
        };
    }
}
