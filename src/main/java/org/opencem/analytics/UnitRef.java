package org.opencem.analytics;

import java.util.UUID;

import org.opencem.organization.OrgUnit;

/** An org unit as a report names it. */
public record UnitRef(UUID id, String code, String name, String type) {

    public static UnitRef of(OrgUnit unit) {
        return new UnitRef(unit.id(), unit.code(), unit.name(), unit.type().name());
    }
}
