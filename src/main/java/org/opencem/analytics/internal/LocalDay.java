package org.opencem.analytics.internal;

import java.time.ZoneId;

import org.opencem.platform.Database;
import org.opencem.platform.ReportingDay;
import org.springframework.stereotype.Component;

/** The reporting day of a timestamp and the first day of its week or month, in SQL. */
@Component
class LocalDay {

    private final ReportingDay reportingDay;
    private final boolean postgres;

    LocalDay(ReportingDay reportingDay, Database database) {
        this.reportingDay = reportingDay;
        this.postgres = database.isPostgres();
    }

    String of(String column) {
        return reportingDay.of(column);
    }

    /** The first day of the week (its Monday) or month of a date column, in SQL. */
    String startOf(RollupTable.Grain grain, String dateColumn) {
        return switch (grain) {
            case DAY -> dateColumn;
            case WEEK -> postgres ? "cast(date_trunc('week', " + dateColumn + ") as date)"
                    : "dateadd(day, 1 - iso_day_of_week(" + dateColumn + "), " + dateColumn + ")";
            case MONTH -> "cast(date_trunc('month', " + dateColumn + ") as date)";
        };
    }

    ZoneId zone() {
        return reportingDay.zone();
    }
}
