package org.opencem.analytics;

import java.util.Locale;

/** Whose default dashboard a person gets: chosen from their role, the level of their scope and their department. */
public enum DashboardRole {
    /** Head office: the whole chain against its goals, best and worst, biggest movers. */
    EXECUTIVE,
    /** A manager above the stores: their stores side by side. */
    REGIONAL,
    /** A store's manager: its touchpoints this week, comments, open cases. */
    STORE,
    /** A department owning touchpoints: those touchpoints across the units they see. */
    DEPARTMENT,
    /** A case handler: their store and touchpoints this week, recent comments. */
    FRONTLINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "dashboards.role." + code();
    }
}
