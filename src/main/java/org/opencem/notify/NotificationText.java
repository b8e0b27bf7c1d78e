package org.opencem.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text to show a recipient: a message key with its arguments, resolved in the recipient's own
 * language when it is sent or shown (so each person reads their language), or a plain text the
 * caller has already written. Arguments are stored as JSON: pass strings and numbers.
 *
 * @param key  a message key of any module's bundle, or null for a plain text
 * @param args the arguments of the key; for a plain text, the text itself as the only element
 */
public record NotificationText(String key, List<Object> args) {

    public NotificationText {
        args = List.copyOf(args);
        if (key == null && args.size() != 1) {
            throw new IllegalArgumentException("A plain text has exactly one element, the text");
        }
    }

    /** A message key and its arguments, resolved in the recipient's locale. */
    public static NotificationText of(String key, Object... args) {
        return new NotificationText(Objects.requireNonNull(key, "key"), Arrays.asList(args));
    }

    /** A text already in the recipient's language. */
    public static NotificationText plain(String text) {
        return new NotificationText(null, List.of(Objects.requireNonNull(text, "text")));
    }

    public boolean isPlain() {
        return key == null;
    }
}
