package org.opencem.analytics.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The rollup tables: per day, ISO week (keyed by its Monday) and month (by its first day), each in
 * full detail (touchpoint, channel, source) and per unit only. They share the measure columns and
 * the key {@code (tenant_id, rollup_day, org_unit_id[, touchpoint_id, channel, source])}.
 */
enum RollupTable {

    DAY("metric_rollup", Grain.DAY, true),
    DAY_UNIT("metric_rollup_unit", Grain.DAY, false),
    WEEK("metric_rollup_week", Grain.WEEK, true),
    WEEK_UNIT("metric_rollup_week_unit", Grain.WEEK, false),
    MONTH("metric_rollup_month", Grain.MONTH, true),
    MONTH_UNIT("metric_rollup_month_unit", Grain.MONTH, false);

    static final List<String> DETAIL_KEYS = List.of("rollup_day", "org_unit_id", "touchpoint_id", "channel", "source");
    static final List<String> UNIT_KEYS = List.of("rollup_day", "org_unit_id");

    final String table;
    final Grain grain;
    final boolean detailed;

    RollupTable(String table, Grain grain, boolean detailed) {
        this.table = table;
        this.grain = grain;
        this.detailed = detailed;
    }

    List<String> keys() {
        return detailed ? DETAIL_KEYS : UNIT_KEYS;
    }

    static RollupTable of(Grain grain, boolean detailed) {
        for (RollupTable table : values()) {
            if (table.grain == grain && table.detailed == detailed) {
                return table;
            }
        }
        throw new IllegalArgumentException(grain + (detailed ? " detailed" : " per unit"));
    }

    /** The table a coarser or per-unit table is summed from when rebuilt or checked: the daily detail. */
    boolean isSource() {
        return this == DAY;
    }

    /** How long a rollup row's period is. */
    enum Grain {
        DAY, WEEK, MONTH;

        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate end(LocalDate start) {
            return switch (this) {
                case DAY -> start;
                case WEEK -> start.plusDays(6);
                case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            };
        }
    }
}
