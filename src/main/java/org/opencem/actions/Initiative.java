package org.opencem.actions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A systemic fix for repeated problems: owned by a department and a person, for an org unit's
 * subtree, tied to a metric (optionally of one touchpoint) whose value before and after
 * {@code startedOn} shows whether it worked.
 */
public record Initiative(UUID id, String title, String description, UUID departmentId, String departmentName,
                         UUID ownerId, String ownerName, InitiativeStatus status, UUID orgUnitId, String orgUnitName,
                         InitiativeMetric metric, UUID touchpointId, String touchpointName, LocalDate startedOn,
                         LocalDate dueOn, int cases, int tasks, int tasksDone) {
}
