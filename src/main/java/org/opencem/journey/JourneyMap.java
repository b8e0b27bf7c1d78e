package org.opencem.journey;

import java.util.List;
import java.util.UUID;

/** A journey with its stages in order, each with its touchpoints in order and their owners' names. */
public record JourneyMap(Journey journey, List<StageColumn> stages) {

    public JourneyMap {
        stages = List.copyOf(stages);
    }

    public int touchpointCount() {
        return stages.stream().mapToInt(s -> s.touchpoints().size()).sum();
    }

    public record StageColumn(Stage stage, List<TouchpointCard> touchpoints) {

        public StageColumn {
            touchpoints = List.copyOf(touchpoints);
        }

        public boolean isEmpty() {
            return touchpoints.isEmpty();
        }
    }

    public record TouchpointCard(Touchpoint touchpoint, String ownerDepartmentName) {

        public UUID id() {
            return touchpoint.id();
        }
    }
}
