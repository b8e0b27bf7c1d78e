package org.opencem.notify;

/** What the notification records refuse at once, so a caller's mistake fails in the caller's code. */
final class Checks {

    private Checks() {
    }

    static void key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("idempotencyKey must be 1 to 200 characters");
        }
    }

    static void eventType(String eventType) {
        if (!EventTypes.isValid(eventType)) {
            throw new IllegalArgumentException("Not an event type: " + eventType);
        }
    }

    static void email(String address, String field) {
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 200) {
            throw new IllegalArgumentException(field + " is not an email address: " + address);
        }
    }

    static void phone(String phone) {
        if (phone == null || !phone.matches("\\+?[0-9]{5,20}")) {
            throw new IllegalArgumentException("Not a phone number: " + phone);
        }
    }
}
