package org.opencem.signals;

import java.util.Locale;
import java.util.Set;

/** One turn of a contact-centre conversation: who spoke, and what they said. */
public record SpeakerTurn(String speaker, String text) {

    private static final Set<String> CUSTOMER = Set.of("customer", "caller", "client", "user", "c", "客户", "顾客", "用户", "来电人");

    /** Only the customer's turns are their feedback; the agent's are kept in the original. */
    public boolean byCustomer() {
        return speaker != null && CUSTOMER.contains(speaker.trim().toLowerCase(Locale.ROOT));
    }
}
