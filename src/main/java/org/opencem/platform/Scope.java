package org.opencem.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a caller may see: one tenant, and the org-unit subtrees given by their materialized
 * paths. Every read takes a scope; there is no unscoped query.
 */
public record Scope(UUID tenantId, List<String> unitPaths) implements Serializable {

    public Scope {
        unitPaths = List.copyOf(unitPaths);
    }

    public boolean covers(String unitPath) {
        return unitPaths.stream().anyMatch(unitPath::startsWith);
    }

    /**
     * A SQL condition restricting {@code pathColumn} to this scope, with its parameters
     * appended to {@code params}. A scope without subtrees matches nothing.
     */
    public String pathCondition(String pathColumn, List<Object> params) {
        if (unitPaths.isEmpty()) {
            return "1 = 0";
        }
        List<String> terms = new ArrayList<>();
        for (String path : unitPaths) {
            terms.add(pathColumn + " like ?");
            params.add(path + "%");
        }
        return "(" + String.join(" or ", terms) + ")";
    }
}
