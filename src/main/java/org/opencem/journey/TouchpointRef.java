package org.opencem.journey;

import java.util.UUID;

/** A touchpoint with the names of its journey and stage: what other modules show in selects. */
public record TouchpointRef(UUID tenantId, UUID id, String name, UUID journeyId, String journeyName,
                            UUID stageId, String stageName, UUID ownerDepartmentId) {

    /** "Dining › Ordering › Order at the table". */
    public String label() {
        return journeyName + " › " + stageName + " › " + name;
    }
}
