package org.opencem.actions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.opencem.actions.CaseFilter;
import org.opencem.actions.CaseReportDimension;

/**
 * The report's query parameters, shared by the page, the CSV, the API and "start an initiative
 * from this row": a period (the last 90 days unless given), an org unit, and optionally one
 * group of a dimension ({@code key}) to narrow the cases to.
 */
record CaseReportParams(CaseReportDimension dimension, LocalDate from, LocalDate to, UUID unit, String key) {

    static final int DEFAULT_DAYS = 90;

    CaseReportParams withDefaults(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
        return new CaseReportParams(dimension == null ? CaseReportDimension.TOUCHPOINT : dimension,
                start.isAfter(end) ? end : start, end, unit, key == null || key.isBlank() ? null : key);
    }

    /** The cases of the period and unit, narrowed to the group {@code key} of the dimension when one is given. */
    CaseFilter filter() {
        CaseFilter all = new CaseFilter(from, to, unit, null, null, null, null);
        if (key == null) {
            return all;
        }
        return switch (dimension) {
            case ROOT_CAUSE -> new CaseFilter(from, to, unit, null, null, null, UUID.fromString(key));
            case TOPIC -> new CaseFilter(from, to, unit, null, null, key, null);
            case TOUCHPOINT -> new CaseFilter(from, to, unit, UUID.fromString(key), null, null, null);
            case DEPARTMENT -> new CaseFilter(from, to, unit, null, UUID.fromString(key), null, null);
            case ORG_UNIT -> new CaseFilter(from, to, UUID.fromString(key), null, null, null, null);
            case WEEK -> {
                LocalDate monday = LocalDate.parse(key);
                yield new CaseFilter(monday.isBefore(from) ? from : monday, monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6),
                        unit, null, null, null, null);
            }
        };
    }
}
