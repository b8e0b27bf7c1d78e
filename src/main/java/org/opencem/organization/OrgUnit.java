package org.opencem.organization;

import java.util.UUID;

/** A node of a tenant's hierarchy; {@code path} lists the ids from the root down, "/a/b/c/". */
public record OrgUnit(UUID tenantId, UUID id, String code, String name, UnitType type,
                      UUID parentId, String path, int depth) {

    public boolean isAncestorOrSelfOf(OrgUnit other) {
        return other.path.startsWith(path);
    }
}
