package org.opencem.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.organization.OrgUnit;

/** An org unit in the scope picker, indented under its parent. */
record UnitOption(OrgUnit unit, int level) {

    static List<UnitOption> of(List<OrgUnit> depthFirst) {
        Map<UUID, Integer> levels = new HashMap<>();
        return depthFirst.stream().map(u -> {
            int level = u.parentId() != null && levels.containsKey(u.parentId()) ? levels.get(u.parentId()) + 1 : 0;
            levels.put(u.id(), level);
            return new UnitOption(u, level);
        }).toList();
    }

    public int indent() {
        return level * 18;
    }
}
