package org.opencem.notify;

import java.util.List;
import java.util.stream.Stream;

/**
 * The event types notifications are sent for. Channels subscribe to them, users choose which
 * ones also reach them by email. A caller may use another type ({@code a.b.c}, lower case); these
 * are the ones the settings list. Each has a label {@code notify.event.<type>} in the bundles.
 */
public final class EventTypes {

    public static final String CASE_OPENED = "case.opened";
    public static final String CASE_ASSIGNED = "case.assigned";
    public static final String CASE_ESCALATED = "case.escalated";
    public static final String CASE_MENTIONED = "case.mentioned";
    public static final String CASE_SLA_REMINDER = "case.sla.reminder";
    public static final String CASE_RESOLVED = "case.resolved";
    public static final String DIGEST = "digest";
    /** A customer email or SMS: closing the loop with the customer. */
    public static final String CUSTOMER_MESSAGE = "customer.message";
    /** The "send test message" button of a channel. */
    public static final String TEST = "notify.test";

    /** The types a channel can subscribe to, in the order the settings show them. */
    public static final List<String> FOR_CHANNELS = List.of(CASE_OPENED, CASE_ASSIGNED, CASE_ESCALATED,
            CASE_MENTIONED, CASE_SLA_REMINDER, CASE_RESOLVED);

    /** The types a user chooses to get by email or not: those of channels, and digests, which only go to their users. */
    public static final List<String> FOR_USERS = Stream.concat(FOR_CHANNELS.stream(), Stream.of(DIGEST)).toList();

    private static final String PATTERN = "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*";

    private EventTypes() {
    }

    public static boolean isValid(String type) {
        return type != null && type.length() <= 64 && type.matches(PATTERN);
    }
}
