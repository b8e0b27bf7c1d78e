package org.opencem.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What starts an initiative: its owner and metric, and the cases it groups (ids, or a filter's). */
public record NewInitiative(String title, String description, UUID departmentId, UUID ownerId, UUID orgUnitId,
                            InitiativeMetric metric, UUID touchpointId, LocalDate startedOn, LocalDate dueOn,
                            List<UUID> caseIds) {

    public NewInitiative {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }
}
