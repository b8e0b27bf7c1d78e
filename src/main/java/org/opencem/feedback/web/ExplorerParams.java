package org.opencem.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.opencem.feedback.CommentFilter;
import org.opencem.feedback.FeedbackSource;

/**
 * The explorer's filters as they travel in the URL, so any view can be bookmarked and shared.
 * {@code period} is a number of days back from today, or "all".
 */
record ExplorerParams(String q, String topic, String sentiment, UUID unit, UUID touchpoint, FeedbackSource source,
                      String period, Integer page) {

    static final String DEFAULT_PERIOD = "90";

    ExplorerParams {
        period = period == null || period.isBlank() ? DEFAULT_PERIOD : period;
        page = page == null ? 0 : Math.max(0, page);
    }

    CommentFilter filter(Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = null;
        if (!"all".equals(period)) {
            try {
                from = today.minusDays(Math.max(1, Integer.parseInt(period)) - 1L);
            } catch (NumberFormatException notANumber) {
                from = today.minusDays(Integer.parseInt(DEFAULT_PERIOD) - 1L);
            }
        }
        return new CommentFilter(q, topic, sentiment, unit, touchpoint, source, from, null);
    }
}
