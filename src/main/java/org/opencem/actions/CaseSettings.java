package org.opencem.actions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's case settings: its working week for SLA clocks, how teams share cases, who tops the
 * escalation chain, whether a root cause is needed to resolve, and when owners are reminded.
 */
public record CaseSettings(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workDays,
                           AssignMode assignMode, UUID headOfficeUserId, boolean rootCauseRequired, int remindPercent) {

    public CaseSettings {
        workDays = workDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workDays));
    }

    public static CaseSettings defaults(ZoneId zone) {
        return new CaseSettings(zone, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), AssignMode.LEAST_LOADED, null, false, 80);
    }

    public BusinessHours hours(Set<LocalDate> holidays) {
        return new BusinessHours(zone, opens, closes, workDays, holidays);
    }

    /** Monday first, "1" for a working day: "1111100". */
    String workDaysCode() {
        StringBuilder code = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            code.append(workDays.contains(day) ? '1' : '0');
        }
        return code.toString();
    }

    static Set<DayOfWeek> workDays(String code) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code.charAt(day.ordinal()) == '1') {
                days.add(day);
            }
        }
        return days;
    }
}
