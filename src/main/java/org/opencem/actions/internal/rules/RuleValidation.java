package org.opencem.actions.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencem.actions.AlertRuleInput;
import org.opencem.actions.ConditionGroup;
import org.opencem.actions.ConditionOperator;
import org.opencem.actions.MetricAlertSpec;
import org.opencem.actions.RuleCondition;
import org.opencem.actions.RuleKind;
import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.Violation;
import org.opencem.textanalytics.Sentiment;

import static org.opencem.actions.ConditionOperator.AFTER;
import static org.opencem.actions.ConditionOperator.ALL;
import static org.opencem.actions.ConditionOperator.ANY;
import static org.opencem.actions.ConditionOperator.BEFORE;
import static org.opencem.actions.ConditionOperator.BETWEEN;
import static org.opencem.actions.ConditionOperator.EQ;
import static org.opencem.actions.ConditionOperator.GE;
import static org.opencem.actions.ConditionOperator.LE;
import static org.opencem.actions.ConditionOperator.NE;

/**
 * What is wrong with what was entered, field by field, before a rule is stored or tried: missing
 * values, numbers that are not numbers, operators a condition type does not take. Whether a
 * well-formed rule can ever match is {@link RuleCompiler}'s question.
 */
public final class RuleValidation {

    public static final int NAME_MAX = 200;
    public static final int TITLE_MAX = 300;
    public static final int INSTRUCTION_MAX = 4000;
    static final Set<String> SCORES = Set.of("NPS", "CSAT", "CES");

    private RuleValidation() {
    }

    public static List<Violation> check(AlertRuleInput input) {
        List<Violation> errors = new ArrayList<>();
        text(errors, "name", input.name(), NAME_MAX);
        text(errors, "titleTemplate", input.titleTemplate(), TITLE_MAX);
        if (input.instruction() != null && input.instruction().length() > INSTRUCTION_MAX) {
            errors.add(Violation.of("instruction", "rules.error.tooLong", INSTRUCTION_MAX));
        }
        if (input.priority() == null) {
            errors.add(Violation.of("priority", "rules.error.required"));
        }
        if (input.kind() == RuleKind.METRIC) {
            metric(errors, input.metric());
        } else if (input.conditions() == null || count(input.conditions()) == 0) {
            errors.add(Violation.of("conditions", "rules.error.noConditions"));
        } else {
            group(errors, "", input.conditions());
        }
        return errors;
    }

    private static int count(ConditionGroup group) {
        return group.conditions().size() + group.groups().stream().mapToInt(RuleValidation::count).sum();
    }

    private static void group(List<Violation> errors, String prefix, ConditionGroup group) {
        for (int i = 0; i < group.conditions().size(); i++) {
            condition(errors, prefix + "conditions[" + i + "].", group.conditions().get(i));
        }
        for (int i = 0; i < group.groups().size(); i++) {
            group(errors, prefix + "groups[" + i + "].", group.groups().get(i));
        }
    }

    private static void condition(List<Violation> errors, String at, RuleCondition c) {
        if (c.type() == null) {
            errors.add(Violation.of(at + "type", "rules.error.required"));
            return;
        }
        switch (c.type()) {
            case SCORE -> {
                if (c.field() == null || !SCORES.contains(c.field())) {
                    errors.add(Violation.of(at + "field", "rules.error.choice"));
                }
                if (operator(errors, at, c, EnumSet.of(LE, GE, EQ, BETWEEN))) {
                    integer(errors, at + "value", c.value());
                    if (c.operator() == BETWEEN) {
                        integer(errors, at + "to", c.to());
                    }
                }
            }
            case ANSWER -> {
                required(errors, at + "field", c.field());
                required(errors, at + "value", c.value());
            }
            case CUSTOMER -> {
                required(errors, at + "field", c.field());
                if (operator(errors, at, c, EnumSet.of(EQ, NE, BEFORE, AFTER)) && required(errors, at + "value", c.value())
                        && (c.operator() == BEFORE || c.operator() == AFTER)) {
                    date(errors, at + "value", c.value());
                }
            }
            case SENTIMENT -> {
                if (operator(errors, at, c, EnumSet.of(EQ, LE, GE)) && required(errors, at + "value", c.value())) {
                    if (c.operator() == EQ) {
                        choice(errors, at + "value", c.value(), Sentiment.class);
                    } else {
                        number(errors, at + "value", c.value());
                    }
                }
            }
            case KEYWORDS -> {
                if (c.operator() != null && c.operator() != ANY && c.operator() != ALL) {
                    errors.add(Violation.of(at + "operator", "rules.error.choice"));
                }
                values(errors, at, c);
            }
            case SOURCE -> {
                if (values(errors, at, c)) {
                    c.values().forEach(v -> choice(errors, at + "values", v, FeedbackSource.class));
                }
            }
            case UNIT, TOUCHPOINT -> {
                if (values(errors, at, c)) {
                    c.values().forEach(v -> uuid(errors, at + "values", v));
                }
            }
            case TOPIC, CHANNEL -> values(errors, at, c);
        }
    }

    private static void metric(List<Violation> errors, MetricAlertSpec metric) {
        if (metric == null || metric.kind() == null) {
            errors.add(Violation.of("metric.kind", "rules.error.required"));
            return;
        }
        if (metric.kind() == MetricAlertSpec.Kind.NPS_DROP) {
            positive(errors, "metric.points", metric.points(), 200);
        } else {
            positive(errors, "metric.threshold", metric.threshold(), 100);
        }
        if (metric.minResponses() != null && metric.minResponses() < 1) {
            errors.add(Violation.of("metric.minResponses", "rules.error.atLeast", 1));
        }
    }

    private static void positive(List<Violation> errors, String field, Double value, int max) {
        if (value == null) {
            errors.add(Violation.of(field, "rules.error.required"));
        } else if (value <= 0 || value > max) {
            errors.add(Violation.of(field, "rules.error.between", 0, max));
        }
    }

    private static boolean operator(List<Violation> errors, String at, RuleCondition c, Set<ConditionOperator> allowed) {
        if (c.operator() == null || !allowed.contains(c.operator())) {
            errors.add(Violation.of(at + "operator", "rules.error.choice"));
            return false;
        }
        return true;
    }

    private static boolean values(List<Violation> errors, String at, RuleCondition c) {
        if (c.values().stream().allMatch(v -> v == null || v.isBlank())) {
            errors.add(Violation.of(at + "values", "rules.error.required"));
            return false;
        }
        return true;
    }

    private static void text(List<Violation> errors, String field, String value, int max) {
        if (required(errors, field, value) && value.length() > max) {
            errors.add(Violation.of(field, "rules.error.tooLong", max));
        }
    }

    private static boolean required(List<Violation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(Violation.of(field, "rules.error.required"));
            return false;
        }
        return true;
    }

    private static void integer(List<Violation> errors, String field, String value) {
        if (required(errors, field, value) && !value.strip().matches("-?\\d{1,6}")) {
            errors.add(Violation.of(field, "rules.error.integer"));
        }
    }

    private static void number(List<Violation> errors, String field, String value) {
        try {
            new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            errors.add(Violation.of(field, "rules.error.number"));
        }
    }

    private static void date(List<Violation> errors, String field, String value) {
        try {
            LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(Violation.of(field, "rules.error.date"));
        }
    }

    private static void uuid(List<Violation> errors, String field, String value) {
        try {
            UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(Violation.of(field, "rules.error.unknownChoice", value));
        }
    }

    private static <E extends Enum<E>> void choice(List<Violation> errors, String field, String value, Class<E> type) {
        try {
            Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(Violation.of(field, "rules.error.unknownChoice", value));
        }
    }
}
