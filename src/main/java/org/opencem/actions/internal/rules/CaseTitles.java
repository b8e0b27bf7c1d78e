package org.opencem.actions.internal.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opencem.feedback.FeedbackRecord;

/** Fills a rule's title template; a placeholder nobody knows stays as written, so a typo shows. */
public final class CaseTitles {

    /** Titles are read in a list: the first line of a comment is enough. */
    private static final int MAX_LENGTH = 120;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private CaseTitles() {
    }

    public static String forRecord(String template, String ruleName, FeedbackRecord record, RuleContext context) {
        String comment = record.comment() == null ? "" : record.comment().strip().replaceAll("\\s+", " ");
        return fill(template, Map.of("unit", context.unitName(record.orgUnitId()),
                "touchpoint", context.touchpointName(record.touchpointId()), "nps", score(record.nps()),
                "csat", score(record.csat()), "ces", score(record.ces()), "comment", comment,
                "channel", record.channel() == null ? "" : record.channel(), "rule", ruleName));
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        String title = out.toString().strip();
        return title.length() > MAX_LENGTH ? title.substring(0, MAX_LENGTH - 1) + "…" : title;
    }

    private static String score(Integer value) {
        return value == null ? "–" : value.toString();
    }
}
