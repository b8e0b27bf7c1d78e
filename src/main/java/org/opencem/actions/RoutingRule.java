package org.opencem.actions;

import java.util.UUID;

/**
 * Sends the cases of an org-unit subtree and/or a touchpoint to a department other than the
 * touchpoint's owner; a null unit or touchpoint matches any. {@code assignMode} null means the tenant's.
 */
public record RoutingRule(UUID id, UUID orgUnitId, UUID touchpointId, UUID departmentId, AssignMode assignMode) {
}
