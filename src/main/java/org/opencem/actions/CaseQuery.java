package org.opencem.actions;

import java.util.UUID;

/** What a case list is narrowed to; null fields do not narrow. */
public record CaseQuery(InboxFilter tab, CaseStatus status, CasePriority priority, UUID orgUnitId, UUID departmentId,
                        UUID assigneeId) {

    public static CaseQuery of(InboxFilter tab) {
        return new CaseQuery(tab, null, null, null, null, null);
    }
}
