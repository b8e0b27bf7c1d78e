package org.opencem.actions.internal.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.opencem.actions.ConditionGroup;
import org.opencem.actions.ConditionOperator;
import org.opencem.actions.MetricAlertSpec;
import org.opencem.actions.RuleCondition;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.Violation;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextInsight;

/**
 * Turns a validated condition tree into a predicate over feedback records, and finds what makes a
 * rule unable to ever match: a score outside its scale, conditions of an all-of group that
 * contradict each other, a touchpoint, org unit or survey question that no longer exists.
 * Everything that can be worked out once (unit subtrees, lower-cased keywords) is, so the
 * predicate does only comparisons on the hot path.
 */
public final class RuleCompiler {

    private static final Map<String, int[]> SCALES = Map.of("NPS", new int[] {0, 10}, "CSAT", new int[] {1, 5},
            "CES", new int[] {1, 7});
    private static final Map<String, Function<FeedbackRecord, Integer>> SCORES = Map.of(
            "NPS", FeedbackRecord::nps, "CSAT", FeedbackRecord::csat, "CES", FeedbackRecord::ces);

    private RuleCompiler() {
    }

    /** A rule ready to run: its predicate, and what makes it broken (empty when it is not). */
    public record Compiled(Predicate<FeedbackRecord> predicate, List<Violation> problems) {

        public boolean broken() {
            return !problems.isEmpty();
        }
    }

    public static Compiled compile(ConditionGroup root, RuleContext context) {
        List<Violation> problems = new ArrayList<>();
        Predicate<FeedbackRecord> predicate = group(root, "", context, problems);
        return new Compiled(predicate, List.copyOf(problems));
    }

    /** What makes a metric rule broken: a subtree that no longer exists. */
    public static List<Violation> check(MetricAlertSpec metric, RuleContext context) {
        if (metric != null && metric.unitId() != null && !context.units().containsKey(metric.unitId())) {
            return List.of(Violation.of("metric.unitId", "rules.broken.unknownUnit", metric.unitId()));
        }
        return List.of();
    }

    private static Predicate<FeedbackRecord> group(ConditionGroup group, String prefix, RuleContext context,
                                                   List<Violation> problems) {
        List<Predicate<FeedbackRecord>> parts = new ArrayList<>();
        for (int i = 0; i < group.conditions().size(); i++) {
            parts.add(condition(group.conditions().get(i), prefix + "conditions[" + i + "]", context, problems));
        }
        for (int i = 0; i < group.groups().size(); i++) {
            parts.add(group(group.groups().get(i), prefix + "groups[" + i + "].", context, problems));
        }
        if (group.match() == ConditionGroup.Match.ALL) {
            contradictions(group, prefix, problems);
        }
        @SuppressWarnings("unchecked")
        Predicate<FeedbackRecord>[] all = parts.toArray(Predicate[]::new);
        return group.match() == ConditionGroup.Match.ALL ? r -> {
            for (Predicate<FeedbackRecord> p : all) {
                if (!p.test(r)) {
                    return false;
                }
            }
            return true;
        } : r -> {
            for (Predicate<FeedbackRecord> p : all) {
                if (p.test(r)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Conditions of one all-of group on the same score, sentiment score or label that no record meets together. */
    private static void contradictions(ConditionGroup group, String prefix, List<Violation> problems) {
        Map<String, double[]> ranges = new HashMap<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < group.conditions().size(); i++) {
            RuleCondition c = group.conditions().get(i);
            String at = prefix + "conditions[" + i + "]";
            String key;
            double[] range;
            if (c.type() == org.opencem.actions.ConditionType.SCORE) {
                key = c.field();
                range = scoreRange(c);
            } else if (c.type() == org.opencem.actions.ConditionType.SENTIMENT && c.operator() == ConditionOperator.EQ) {
                labels.add(c.value().strip().toUpperCase(Locale.ROOT));
                if (labels.size() > 1) {
                    problems.add(Violation.of(at, "rules.broken.sentimentContradiction"));
                }
                continue;
            } else if (c.type() == org.opencem.actions.ConditionType.SENTIMENT) {
                key = "sentiment";
                range = sentimentRange(c);
            } else {
                continue;
            }
            double[] known = ranges.get(key);
            if (known != null) {
                double[] both = {Math.max(known[0], range[0]), Math.min(known[1], range[1])};
                if (both[0] > both[1] && known[0] <= known[1] && range[0] <= range[1]) {
                    problems.add(key.equals("sentiment") ? Violation.of(at, "rules.broken.sentimentContradiction")
                            : Violation.of(at, "rules.broken.contradiction", key));
                }
                ranges.put(key, both);
            } else {
                ranges.put(key, range);
            }
        }
    }

    private static double[] scoreRange(RuleCondition c) {
        int value = Integer.parseInt(c.value().strip());
        return switch (c.operator()) {
            case LE -> new double[] {Double.NEGATIVE_INFINITY, value};
            case GE -> new double[] {value, Double.POSITIVE_INFINITY};
            case BETWEEN -> new double[] {value, Integer.parseInt(c.to().strip())};
            default -> new double[] {value, value};
        };
    }

    private static double[] sentimentRange(RuleCondition c) {
        double value = Double.parseDouble(c.value().strip());
        return c.operator() == ConditionOperator.LE ? new double[] {Double.NEGATIVE_INFINITY, value}
                : new double[] {value, Double.POSITIVE_INFINITY};
    }

    private static Predicate<FeedbackRecord> condition(RuleCondition c, String at, RuleContext context,
                                                       List<Violation> problems) {
        return switch (c.type()) {
            case SCORE -> score(c, at, problems);
            case ANSWER -> {
                String key = c.field().strip();
                if (!context.questionKeys().contains(key)) {
                    problems.add(Violation.of(at, "rules.broken.unknownQuestion", key));
                }
                String attribute = "answer." + key;
                String wanted = c.value().strip();
                yield r -> wanted.equalsIgnoreCase(stripped(r.attributes().get(attribute)));
            }
            case CUSTOMER -> customer(c);
            case SENTIMENT -> sentiment(c, at, problems);
            case TOPIC -> {
                List<String> codes = cleaned(c.values());
                yield r -> r.insight() != null && r.insight().topics().stream().anyMatch(t -> codes.stream()
                        .anyMatch(code -> t.equals(code) || t.startsWith(code + ".")));
            }
            case KEYWORDS -> Keywords.matcher(cleaned(c.values()), c.operator() == ConditionOperator.ALL);
            case CHANNEL -> {
                Set<String> channels = new HashSet<>(cleaned(c.values()).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList());
                yield r -> r.channel() != null && channels.contains(r.channel().toUpperCase(Locale.ROOT));
            }
            case SOURCE -> {
                Set<FeedbackSource> sources = EnumSet.noneOf(FeedbackSource.class);
                cleaned(c.values()).forEach(v -> sources.add(FeedbackSource.valueOf(v.toUpperCase(Locale.ROOT))));
                yield r -> sources.contains(r.source());
            }
            case UNIT -> {
                Set<UUID> units = new HashSet<>();
                for (String value : cleaned(c.values())) {
                    UUID id = UUID.fromString(value);
                    if (!context.units().containsKey(id)) {
                        problems.add(Violation.of(at, "rules.broken.unknownUnit", value));
                    }
                    units.addAll(context.subtree(id));
                }
                yield r -> units.contains(r.orgUnitId());
            }
            case TOUCHPOINT -> {
                Set<UUID> touchpoints = new HashSet<>();
                for (String value : cleaned(c.values())) {
                    UUID id = UUID.fromString(value);
                    if (!context.touchpoints().containsKey(id)) {
                        problems.add(Violation.of(at, "rules.broken.unknownTouchpoint", value));
                    }
                    touchpoints.add(id);
                }
                yield r -> r.touchpointId() != null && touchpoints.contains(r.touchpointId());
            }
        };
    }

    private static Predicate<FeedbackRecord> score(RuleCondition c, String at, List<Violation> problems) {
        int[] scale = SCALES.get(c.field());
        double[] range = scoreRange(c);
        if (range[0] > range[1] || range[1] < scale[0] || range[0] > scale[1]) {
            problems.add(Violation.of(at, "rules.broken.scoreRange", c.field(), scale[0], scale[1]));
        }
        Function<FeedbackRecord, Integer> read = SCORES.get(c.field());
        double low = range[0];
        double high = range[1];
        return r -> {
            Integer value = read.apply(r);
            return value != null && value >= low && value <= high;
        };
    }

    private static Predicate<FeedbackRecord> sentiment(RuleCondition c, String at, List<Violation> problems) {
        if (c.operator() == ConditionOperator.EQ) {
            Sentiment label = Sentiment.valueOf(c.value().strip().toUpperCase(Locale.ROOT));
            return r -> r.insight() != null && r.insight().sentiment() == label;
        }
        double[] range = sentimentRange(c);
        if (range[1] < -1 || range[0] > 1) {
            problems.add(Violation.of(at, "rules.broken.sentimentRange"));
        }
        return r -> {
            TextInsight insight = r.insight();
            return insight != null && insight.score() >= range[0] && insight.score() <= range[1];
        };
    }

    /** A customer attribute compared as text, or as a date for before / after (an ISO date, or a timestamp starting with one). */
    private static Predicate<FeedbackRecord> customer(RuleCondition c) {
        String attribute = "customer." + c.field().strip();
        String wanted = c.value().strip();
        return switch (c.operator()) {
            case EQ -> r -> wanted.equalsIgnoreCase(stripped(r.attributes().get(attribute)));
            case NE -> r -> !wanted.equalsIgnoreCase(stripped(r.attributes().get(attribute)));
            default -> {
                LocalDate limit = LocalDate.parse(wanted);
                boolean before = c.operator() == ConditionOperator.BEFORE;
                yield r -> {
                    LocalDate date = date(r.attributes().get(attribute));
                    return date != null && (before ? date.isBefore(limit) : date.isAfter(limit));
                };
            }
        };
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    static List<String> cleaned(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
