package org.opencem.analytics.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.analytics.GoalProgress;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.journey.JourneyMap;
import org.opencem.journey.JourneySummary;
import org.opencem.organization.OrgUnit;

/**
 * A journey's touchpoints (columns, grouped by stage) against org units (rows: the current unit's
 * total first, then its children), each cell with the chosen metric, n and net sentiment.
 * {@code departmentGoals} are the goals of the departments owning the touchpoints, with the actual
 * over all the touchpoints each department owns.
 */
public record JourneyHeatmap(List<JourneySummary> journeys, JourneyMap map, ViewMetric metric, List<Row> rows,
                             Map<UUID, GoalProgress> departmentGoals) {

    public record Row(OrgUnit unit, boolean total, boolean drillable, Map<UUID, Cell> cells) {

        public Cell cell(UUID touchpointId) {
            return cells.get(touchpointId);
        }
    }

    public record Cell(UUID unitId, UUID touchpointId, MetricValue value, MetricValue sentiment) {

        public boolean hasValue() {
            return value != null && value.value() != null;
        }

        public String band(ViewMetric metric) {
            return hasValue() ? metric.band(value.value()) : "none";
        }

        public long n() {
            return value == null ? 0 : value.n();
        }
    }

    public boolean hasJourney() {
        return map != null;
    }
}
