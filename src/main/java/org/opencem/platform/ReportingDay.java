package org.opencem.platform;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The day of a timestamp in the reporting time zone, as SQL, for grouping by day in the
 * database. PostgreSQL turns "at time zone" into a local time; H2 casts a timestamp with time
 * zone to a date in the session's zone whatever the value's zone, so there the date is
 * formatted in the reporting zone instead. Both follow daylight saving.
 */
@Component
public class ReportingDay {

    private final ZoneId zone;
    private final boolean postgres;

    ReportingDay(@Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone, Database database) {
        this.zone = zone;
        this.postgres = database.isPostgres();
    }

    /** An SQL expression of type date: the reporting day of the timestamp column. */
    public String of(String column) {
        return postgres ? "cast(" + column + " at time zone '" + zone.getId() + "' as date)"
                : "cast(formatdatetime(" + column + ", 'yyyy-MM-dd', 'en', '" + zone.getId() + "') as date)";
    }

    public ZoneId zone() {
        return zone;
    }
}
