package org.opencem.actions;

import java.time.LocalDate;
import java.util.UUID;

/** One action of an initiative, with its owner and due date. */
public record InitiativeTask(UUID id, String title, UUID ownerId, String ownerName, LocalDate dueOn, boolean done) {
}
