package org.opencem.actions.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opencem.actions.AlertRecipients;
import org.opencem.actions.AlertRule;
import org.opencem.actions.AlertRuleInput;
import org.opencem.actions.CasePriority;
import org.opencem.actions.ConditionGroup;
import org.opencem.actions.ConditionOperator;
import org.opencem.actions.ConditionType;
import org.opencem.actions.MetricAlertSpec;
import org.opencem.actions.RuleCondition;
import org.opencem.actions.RuleKind;
import org.opencem.platform.Violation;
import org.springframework.util.MultiValueMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule editor's form as typed, kept as text so that a wrong entry comes back as it was.
 * Condition rows are posted as {@code c<n>.type}, {@code c<n>.field}… with any distinct numbers
 * (rows added in place get fresh ones); they are read in the order of those numbers. Nested groups,
 * which only the API writes, travel through the form untouched.
 */
record AlertRuleForm(UUID id, RuleKind kind, String name, boolean enabled, String priority, ConditionGroup.Match match,
                     List<RuleCondition> rows, String groupsJson, String metricKind, String points, String threshold,
                     String basis, String minResponses, String metricUnit, String titleTemplate, String instruction,
                     boolean notifyOwner, boolean notifyManager, List<String> notifyUsers, String notifyChannels) {

    private static final Pattern ROW = Pattern.compile("c(\\d{1,18})\\.type");
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\n]");
    private static final TypeReference<List<ConditionGroup>> GROUPS = new TypeReference<>() {
    };

    static AlertRuleForm empty(RuleKind kind, String titleTemplate) {
        return new AlertRuleForm(null, kind, "", true, CasePriority.NORMAL.name(), ConditionGroup.Match.ALL,
                kind == RuleKind.FEEDBACK ? List.of(new RuleCondition(ConditionType.SCORE, "NPS", ConditionOperator.LE, "6",
                        null, null)) : List.of(), "", MetricAlertSpec.Kind.NPS_DROP.name(), "10", "30",
                MetricAlertSpec.NegativeBasis.DETRACTORS.name(), String.valueOf(MetricAlertSpec.DEFAULT_MIN_RESPONSES), "",
                titleTemplate, "", true, false, List.of(), "");
    }

    static AlertRuleForm of(AlertRule rule) {
        ConditionGroup conditions = rule.conditions();
        MetricAlertSpec metric = rule.metric();
        return new AlertRuleForm(rule.id(), rule.kind(), rule.name(), rule.enabled(), rule.priority().name(),
                conditions == null ? ConditionGroup.Match.ALL : conditions.match(),
                conditions == null ? List.of() : conditions.conditions(),
                conditions == null || conditions.groups().isEmpty() ? "" : JsonMapper.shared().writeValueAsString(conditions.groups()),
                metric == null ? MetricAlertSpec.Kind.NPS_DROP.name() : metric.kind().name(),
                metric == null || metric.points() == null ? "" : plain(metric.points()),
                metric == null || metric.threshold() == null ? "" : plain(metric.threshold()),
                metric == null || metric.basis() == null ? "" : metric.basis().name(),
                metric == null ? "" : String.valueOf(metric.minimumResponses()),
                metric == null || metric.unitId() == null ? "" : metric.unitId().toString(),
                rule.titleTemplate(), rule.instruction() == null ? "" : rule.instruction(),
                rule.recipients().caseOwner(), rule.recipients().ownersManager(),
                rule.recipients().users().stream().map(UUID::toString).toList(), String.join(", ", rule.recipients().channels()));
    }

    static AlertRuleForm parse(UUID id, RuleKind kind, MultiValueMap<String, String> params) {
        TreeMap<Long, RuleCondition> rows = new TreeMap<>();
        for (String key : params.keySet()) {
            Matcher m = ROW.matcher(key);
            if (m.matches()) {
                String row = "c" + m.group(1) + ".";
                rows.put(Long.parseLong(m.group(1)), new RuleCondition(enumOrNull(ConditionType.class, one(params, row + "type")),
                        one(params, row + "field"), enumOrNull(ConditionOperator.class, one(params, row + "operator")),
                        one(params, row + "value"), one(params, row + "to"), split(params.get(row + "values"))));
            }
        }
        ConditionGroup.Match match = enumOrNull(ConditionGroup.Match.class, one(params, "match"));
        return new AlertRuleForm(id, kind, one(params, "name"), "true".equals(one(params, "enabled")), one(params, "priority"),
                match == null ? ConditionGroup.Match.ALL : match, new ArrayList<>(rows.values()), one(params, "groupsJson"),
                one(params, "metricKind"), one(params, "points"), one(params, "threshold"), one(params, "basis"),
                one(params, "minResponses"), one(params, "metricUnit"), one(params, "titleTemplate"), one(params, "instruction"),
                "true".equals(one(params, "notifyOwner")), "true".equals(one(params, "notifyManager")),
                params.getOrDefault("notifyUsers", List.of()).stream().filter(s -> !s.isBlank()).toList(),
                one(params, "notifyChannels"));
    }

    /** What the form says, as a rule; {@code errors} receives what could not even be read (a number that is not one). */
    AlertRuleInput input(List<Violation> errors) {
        MetricAlertSpec metric = null;
        if (kind == RuleKind.METRIC) {
            metric = new MetricAlertSpec(enumOrNull(MetricAlertSpec.Kind.class, metricKind), number(errors, "metric.points", points),
                    number(errors, "metric.threshold", threshold), enumOrNull(MetricAlertSpec.NegativeBasis.class, basis),
                    whole(errors, "metric.minResponses", minResponses), uuidOrNull(metricUnit));
        }
        List<ConditionGroup> groups = groupsJson == null || groupsJson.isBlank() ? List.of()
                : JsonMapper.shared().readValue(groupsJson, GROUPS);
        return new AlertRuleInput(name, enabled, enumOrNull(CasePriority.class, priority), kind,
                new ConditionGroup(match, rows, groups), metric, titleTemplate, instruction,
                new AlertRecipients(notifyOwner, notifyManager, notifyUsers.stream().map(AlertRuleForm::uuidOrNull)
                        .filter(java.util.Objects::nonNull).toList(), split(notifyChannels == null ? null : List.of(notifyChannels))));
    }

    AlertRuleForm withTitle(String title) {
        return new AlertRuleForm(id, kind, name, enabled, priority, match, rows, groupsJson, metricKind, points, threshold, basis,
                minResponses, metricUnit, title, instruction, notifyOwner, notifyManager, notifyUsers, notifyChannels);
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> split(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(SEPARATORS.split(v))).map(String::strip).filter(v -> !v.isEmpty())
                .toList();
    }

    private static Double number(List<Violation> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(Violation.of(field, "rules.error.number"));
            return null;
        }
    }

    private static Integer whole(List<Violation> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(Violation.of(field, "rules.error.integer"));
            return null;
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
