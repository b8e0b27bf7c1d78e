package org.opencem.actions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Something written to a customer from a case, with how its delivery went (PENDING, SENDING, SENT, FAILED: the notify module's word). */
public record CustomerMessage(UUID id, UUID caseId, ContactChannel channel, String recipient, String subject, String body,
                              String deliveryStatus, String sentByName, OffsetDateTime createdAt) {
}
