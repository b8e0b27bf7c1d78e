package org.opencem.textanalytics;

/**
 * A text with the label a person or a score gave it: for sentiment "positive", "neutral" or
 * "negative"; for topics a topic code.
 */
public record LabeledText(String text, String label) {
}
