package org.opencem.actions.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.opencem.actions.CaseSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The due badge of a case ("overdue 3 h", "due in 40 min"), for templates as {@code @caseDue}. */
@Component("caseDue")
public class CaseDue {

    private static final Duration SOON = Duration.ofHours(4);

    private final Clock clock;
    private final MessageSource messages;

    CaseDue(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** What the badge says and its colour: overdue red, soon amber, later grey. */
    public record Badge(String css, String text) {
    }

    public Badge badge(CaseSummary c, Locale locale) {
        return badge(c.dueAt(), c.status().isOpen(), locale);
    }

    public Badge badge(OffsetDateTime due, boolean running, Locale locale) {
        if (due == null || !running) {
            return null;
        }
        Duration left = Duration.between(OffsetDateTime.now(clock), due);
        if (left.isNegative()) {
            return new Badge("due-over", messages.getMessage("case.due.overdue", new Object[] {span(left.negated(), locale)}, locale));
        }
        return new Badge(left.compareTo(SOON) < 0 ? "due-soon" : "due-later",
                messages.getMessage("case.due.in", new Object[] {span(left, locale)}, locale));
    }

    private String span(Duration d, Locale locale) {
        if (d.toDays() >= 2) {
            return messages.getMessage("case.span.days", new Object[] {d.toDays()}, locale);
        }
        if (d.toHours() >= 1) {
            return messages.getMessage("case.span.hours", new Object[] {d.toHours()}, locale);
        }
        return messages.getMessage("case.span.minutes", new Object[] {Math.max(1, d.toMinutes())}, locale);
    }
}
