package org.opencem.actions;

import org.opencem.actions.CasePriority;

/** Business minutes a case of this priority may take to a first response and to resolution. */
public record SlaTarget(CasePriority priority, int firstResponseMinutes, int resolutionMinutes) {
}
