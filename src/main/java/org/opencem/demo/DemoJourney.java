package org.opencem.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.opencem.journey.Journey;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.opencem.journey.Touchpoint;
import org.springframework.stereotype.Component;

/** The dining journey 用餐: one stage per moment, each with its touchpoint and owning department. */
@Component
class DemoJourney {

    private final Journeys journeys;

    DemoJourney(Journeys journeys) {
        this.journeys = journeys;
    }

    /** Creates the journey; returns the touchpoint ids by name. */
    Map<String, UUID> create(UUID tenantId, Map<String, UUID> departmentsByCode) {
        Journey journey = journeys.createJourney(tenantId, DemoBlueprint.JOURNEY_NAME, DemoBlueprint.JOURNEY_DESCRIPTION);
        Map<String, UUID> touchpoints = new LinkedHashMap<>();
        for (DemoBlueprint.TouchpointPlan plan : DemoBlueprint.TOUCHPOINTS) {
            Stage stage = journeys.addStage(tenantId, journey.id(), plan.stage());
            Touchpoint touchpoint = journeys.addTouchpoint(tenantId, stage.id(), plan.name(),
                    departmentsByCode.get(plan.department()));
            touchpoints.put(plan.name(), touchpoint.id());
        }
        return touchpoints;
    }
}
