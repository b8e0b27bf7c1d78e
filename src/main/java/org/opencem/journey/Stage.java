package org.opencem.journey;

import java.util.UUID;

/** A group of touchpoints within a journey; {@code position} counts from 0, dense within the journey. */
public record Stage(UUID tenantId, UUID id, UUID journeyId, String name, int position) {
}
