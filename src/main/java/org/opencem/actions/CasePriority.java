package org.opencem.actions;

public enum CasePriority {
    LOW, NORMAL, HIGH, URGENT;

    /** The angrier the detractor, the sooner someone should call. */
    public static CasePriority forNps(int nps) {
        return nps <= 3 ? HIGH : NORMAL;
    }
}
