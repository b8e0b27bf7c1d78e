package org.opencem.organization.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.organization.OrgUnit;

/** A unit as the tree table shows it: indented below the top of the caller's scope. */
record TreeRow(OrgUnit unit, int level, int children) {

    static List<TreeRow> of(List<OrgUnit> depthFirst) {
        Map<UUID, Integer> children = new HashMap<>();
        depthFirst.forEach(u -> {
            if (u.parentId() != null) {
                children.merge(u.parentId(), 1, Integer::sum);
            }
        });
        Map<UUID, Integer> levels = new HashMap<>();
        return depthFirst.stream().map(u -> {
            int level = u.parentId() != null && levels.containsKey(u.parentId()) ? levels.get(u.parentId()) + 1 : 0;
            levels.put(u.id(), level);
            return new TreeRow(u, level, children.getOrDefault(u.id(), 0));
        }).toList();
    }

    /** Indentation in pixels for the code column. */
    public int indent() {
        return level * 20;
    }

    /** The text of the unit in a select, indented with no-break spaces since options ignore CSS padding. */
    public String optionLabel() {
        return "\u00a0\u00a0\u00a0".repeat(level) + unit.code() + " · " + unit.name();
    }
}
