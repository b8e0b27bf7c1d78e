package org.opencem.journey;

/** A journey with the size of its map, for lists. */
public record JourneySummary(Journey journey, int stageCount, int touchpointCount) {
}
