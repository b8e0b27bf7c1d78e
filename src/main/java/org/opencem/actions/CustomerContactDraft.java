package org.opencem.actions;

import java.util.List;
import java.util.UUID;

/**
 * What the "write to the customer" panel starts from: who the customer is and how they may be
 * reached (null customer when the feedback was anonymous or without consent), the tenant's
 * template filled in for this case, and the surveys a follow-up may ask.
 */
public record CustomerContactDraft(UUID caseId, String customerName, String email, String phone,
                                   List<ContactChannel> channels, ContactChannel channel, String subject, String body,
                                   List<FollowUpSurvey> surveys) {

    public boolean reachable() {
        return !channels.isEmpty();
    }

    public record FollowUpSurvey(UUID id, String name) {
    }
}
