package org.opencem.signals.internal;

import java.util.Locale;
import java.util.UUID;

import org.opencem.feedback.FeedbackSource;
import org.opencem.signals.SignalInput;

/** "Signals from this source, in this category, mentioning this keyword are about this touchpoint"; empty means any. */
public record TouchpointRule(UUID id, int sortOrder, FeedbackSource source, String category, String keyword,
                             UUID touchpointId) {

    boolean matches(SignalInput signal) {
        if (source != null && source != signal.source()) {
            return false;
        }
        if (category != null && (signal.category() == null || !category.equalsIgnoreCase(signal.category().strip()))) {
            return false;
        }
        if (keyword == null) {
            return true;
        }
        String text = signal.feedbackText();
        return text != null && text.toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT));
    }
}
