package org.opencem.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.opencem.feedback.TopicTrends;

/** What the explorer's trend chart draws: the weeks, and mentions per week of the busiest topics by name. */
record TopicTrendChart(List<LocalDate> weeks, List<Line> topics) {

    /** More lines than this turn the chart into a tangle; the table beside it lists the rest. */
    static final int LINES = 6;

    record Line(String code, String name, List<Integer> perWeek) {
    }

    static TopicTrendChart of(TopicTrends trends, Map<String, String> topicNames) {
        return new TopicTrendChart(trends.weeks(), trends.topics().stream().limit(LINES)
                .map(t -> new Line(t.code(), topicNames.getOrDefault(t.code(), t.code()), t.perWeek())).toList());
    }
}
