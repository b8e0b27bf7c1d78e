package org.opencem.journey;

import java.util.UUID;

/**
 * Implemented by modules that refer to touchpoints (surveys, feedback…), so that a touchpoint still
 * in use cannot be deleted. The journey module does not know these modules; they register beans.
 */
public interface TouchpointUsage {

    boolean isInUse(UUID tenantId, UUID touchpointId);
}
