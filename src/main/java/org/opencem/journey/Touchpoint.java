package org.opencem.journey;

import java.util.UUID;

/**
 * One moment of contact, owned by a department; {@code position} counts from 0, dense within its stage.
 */
public record Touchpoint(UUID tenantId, UUID id, UUID journeyId, UUID stageId, String name,
                         UUID ownerDepartmentId, int position) {
}
