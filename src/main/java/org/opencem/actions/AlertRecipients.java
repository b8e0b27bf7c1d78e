package org.opencem.actions;

import java.util.List;
import java.util.UUID;

/** Who hears of a case a rule opened: the case owner, the owner's manager, chosen users, the tenant's notification channels. */
public record AlertRecipients(boolean caseOwner, boolean ownersManager, List<UUID> users, List<String> channels) {

    public AlertRecipients {
        users = users == null ? List.of() : List.copyOf(users);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    public static AlertRecipients owner() {
        return new AlertRecipients(true, false, List.of(), List.of());
    }
}
