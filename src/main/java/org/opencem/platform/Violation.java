package org.opencem.platform;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One thing wrong with what someone entered: the field, and a message key with its arguments,
 * so the web shows it next to the field in the reader's language and the API as problem details.
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }

    /** For {@code #messages.msgWithParams(key, args)} in templates and MessageSource lookups. */
    public Object[] argsArray() {
        return args.toArray();
    }

    /** The first violation of each field, by field name: what a form shows next to each input. */
    public static Map<String, Violation> byField(List<Violation> violations) {
        return violations.stream().collect(Collectors.toMap(Violation::field, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
