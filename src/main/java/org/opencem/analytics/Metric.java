package org.opencem.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.opencem.platform.InvalidInputException;

/**
 * A metric to compute: a built-in one, or a rating question's mean and distribution. Its code is
 * what the API takes and answers with: {@code nps}, {@code csat}, …, {@code rating.<questionKey>}.
 * The rating keys {@code nps}, {@code csat} and {@code ces} name the record's own score fields;
 * any other key names the attribute {@code rating.<questionKey>} of a feedback record.
 */
public record Metric(MetricType type, String questionKey) {

    private static final Pattern QUESTION_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public static final Metric NPS = new Metric(MetricType.NPS, null);
    public static final Metric CSAT = new Metric(MetricType.CSAT, null);
    public static final Metric CSAT_MEAN = new Metric(MetricType.CSAT_MEAN, null);
    public static final Metric CES = new Metric(MetricType.CES, null);
    public static final Metric CES_EASY = new Metric(MetricType.CES_EASY, null);
    public static final Metric NET_SENTIMENT = new Metric(MetricType.NET_SENTIMENT, null);
    public static final Metric CX_INDEX = new Metric(MetricType.CX_INDEX, null);
    public static final Metric RESPONSES = new Metric(MetricType.RESPONSES, null);
    public static final Metric RESPONSE_RATE = new Metric(MetricType.RESPONSE_RATE, null);

    /** Every built-in metric, in the order screens show them. */
    public static final List<Metric> BUILT_IN = List.of(NPS, CSAT, CSAT_MEAN, CES, CES_EASY, NET_SENTIMENT, CX_INDEX,
            RESPONSES, RESPONSE_RATE);

    public Metric {
        if ((type == MetricType.RATING) != (questionKey != null)) {
            throw new IllegalArgumentException("A rating metric, and only it, names a question");
        }
    }

    public static Metric rating(String questionKey) {
        if (questionKey == null || !QUESTION_KEY.matcher(questionKey).matches()) {
            throw InvalidInputException.of("metrics", "metrics.error.unknownMetric", "rating." + questionKey);
        }
        return new Metric(MetricType.RATING, questionKey);
    }

    public String code() {
        return type == MetricType.RATING ? "rating." + questionKey : type.code();
    }

    /** A rating metric on one of the record's own score fields rather than on an attribute. */
    public boolean onScoreField() {
        return type == MetricType.RATING && List.of("nps", "csat", "ces").contains(questionKey);
    }

    /** Reads a code; an unknown one is refused as input, naming the field {@code metrics}. */
    public static Metric parse(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.startsWith("rating.")) {
            return rating(trimmed.substring("rating.".length()));
        }
        return find(trimmed).orElseThrow(
                () -> InvalidInputException.of("metrics", "metrics.error.unknownMetric", trimmed));
    }

    private static Optional<Metric> find(String code) {
        return Arrays.stream(MetricType.values()).filter(t -> t != MetricType.RATING && t.code().equals(code))
                .findFirst().map(t -> new Metric(t, null));
    }

    @Override
    public String toString() {
        return code();
    }
}
