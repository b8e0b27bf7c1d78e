package org.opencem.feedback;

import java.time.LocalDate;
import java.util.List;

/** Topic mentions per week (weeks start on Monday), and the share of them that was negative. */
public record TopicTrends(List<LocalDate> weeks, List<Topic> topics) {

    public TopicTrends {
        weeks = List.copyOf(weeks);
        topics = List.copyOf(topics);
    }

    /** One topic: mentions per week (in the order of the weeks), in all, and how many were negative. */
    public record Topic(String code, List<Integer> perWeek, int mentions, int negative) {

        public Topic {
            perWeek = List.copyOf(perWeek);
        }

        /** Percent of the mentions that were negative. */
        public int negativeShare() {
            return mentions == 0 ? 0 : Math.round(100f * negative / mentions);
        }
    }
}
