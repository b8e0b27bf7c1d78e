package org.opencem.actions;

/**
 * What one condition of a feedback rule looks at. {@code field}, {@code operator}, {@code value},
 * {@code to} and {@code values} of a {@link RuleCondition} mean, per type:
 * <ul>
 * <li>SCORE: field NPS, CSAT or CES; operator LE, GE, EQ or BETWEEN (value … to)</li>
 * <li>ANSWER: field the question key; value the chosen option (attribute {@code answer.<key>})</li>
 * <li>CUSTOMER: field the customer attribute (vip, member_since…); operator EQ, NE, BEFORE or AFTER</li>
 * <li>SENTIMENT: operator EQ with a label (POSITIVE, NEUTRAL, NEGATIVE), or LE / GE with a score in −1…1</li>
 * <li>TOPIC: values the taxonomy codes, any of, a code also matching its sub-topics</li>
 * <li>KEYWORDS: operator ANY or ALL; values the words, case-insensitive</li>
 * <li>CHANNEL, SOURCE, TOUCHPOINT: values, any of; UNIT: values org-unit ids, each with its subtree</li>
 * </ul>
 */
public enum ConditionType {
    SCORE, ANSWER, CUSTOMER, SENTIMENT, TOPIC, KEYWORDS, CHANNEL, SOURCE, UNIT, TOUCHPOINT
}
