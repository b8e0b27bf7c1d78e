package org.opencem.actions.internal.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.organization.OrgUnit;

/**
 * What rules refer to in a tenant, as it is now: its org units, touchpoints and survey question
 * keys. Rules are compiled against it, and found broken when they name something it lacks.
 */
public record RuleContext(UUID tenantId, Map<UUID, OrgUnit> units, Map<UUID, String> touchpoints,
                          Set<String> questionKeys) {

    public RuleContext {
        units = Map.copyOf(units);
        touchpoints = Map.copyOf(touchpoints);
        questionKeys = Set.copyOf(questionKeys);
    }

    /** The unit and every unit under it. */
    public Set<UUID> subtree(UUID unitId) {
        OrgUnit top = units.get(unitId);
        Set<UUID> ids = new HashSet<>();
        if (top != null) {
            units.values().stream().filter(top::isAncestorOrSelfOf).forEach(u -> ids.add(u.id()));
        }
        return ids;
    }

    public String unitName(UUID unitId) {
        OrgUnit unit = units.get(unitId);
        return unit == null ? "" : unit.name();
    }

    public String touchpointName(UUID touchpointId) {
        return touchpointId == null ? "" : touchpoints.getOrDefault(touchpointId, "");
    }

    /** The top of the tenant's tree, where a tenant-wide metric alert is filed. */
    public Optional<OrgUnit> root() {
        return units.values().stream().filter(u -> u.parentId() == null).min(java.util.Comparator.comparing(OrgUnit::code));
    }
}
