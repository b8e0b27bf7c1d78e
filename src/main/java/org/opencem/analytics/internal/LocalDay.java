package org.opencem.analytics.internal;

import java.sql.DatabaseMetaData;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The reporting day of a timestamp, in SQL. PostgreSQL turns "at time zone" into a local time;
 * H2 casts a timestamp with time zone to a date in the session's zone whatever the value's zone,
 * so there the date is formatted in the reporting zone instead. Both follow daylight saving.
 */
@Component
class LocalDay {

    private final ZoneId zone;
    private final boolean postgres;

    LocalDay(@Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone, DataSource dataSource)
            throws MetaDataAccessException {
        this.zone = zone;
        this.postgres = "PostgreSQL".equals(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    String of(String column) {
        return postgres ? "cast(" + column + " at time zone '" + zone.getId() + "' as date)"
                : "cast(formatdatetime(" + column + ", 'yyyy-MM-dd', 'en', '" + zone.getId() + "') as date)";
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

    boolean postgres() {
        return postgres;
    }

    ZoneId zone() {
        return zone;
    }
}
