package org.opencem.actions;

/** What a case report groups by. A case with several topics counts once under each. */
public enum CaseReportDimension {
    ROOT_CAUSE, TOPIC, TOUCHPOINT, DEPARTMENT, ORG_UNIT, WEEK
}
