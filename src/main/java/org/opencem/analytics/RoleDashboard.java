package org.opencem.analytics;

/** A person's default dashboard, with the role it was chosen for and the department whose touchpoints it shows, if any. */
public record RoleDashboard(DashboardRole role, DashboardDefinition dashboard, String departmentName) {
}
