package org.opencem.analytics.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The rollup tables: per day, ISO week (keyed by its Monday) and month (by its first day), each in
 * full detail (unit, touchpoint, channel, source), per unit and touchpoint, per unit only, and for
 * the whole tenant without the unit. They share the measure columns; their keys follow from their {@link Shape}.
 */
enum RollupTable {

    DAY("metric_rollup", Grain.DAY, Shape.DETAIL),
    DAY_UNIT("metric_rollup_unit", Grain.DAY, Shape.UNIT),
    DAY_TOUCHPOINT("metric_rollup_touchpoint", Grain.DAY, Shape.TOUCHPOINT),
    DAY_TENANT("metric_rollup_tenant", Grain.DAY, Shape.TENANT),
    WEEK("metric_rollup_week", Grain.WEEK, Shape.DETAIL),
    WEEK_UNIT("metric_rollup_week_unit", Grain.WEEK, Shape.UNIT),
    WEEK_TOUCHPOINT("metric_rollup_week_touchpoint", Grain.WEEK, Shape.TOUCHPOINT),
    WEEK_TENANT("metric_rollup_week_tenant", Grain.WEEK, Shape.TENANT),
    MONTH("metric_rollup_month", Grain.MONTH, Shape.DETAIL),
    MONTH_UNIT("metric_rollup_month_unit", Grain.MONTH, Shape.UNIT),
    MONTH_TOUCHPOINT("metric_rollup_month_touchpoint", Grain.MONTH, Shape.TOUCHPOINT),
    MONTH_TENANT("metric_rollup_month_tenant", Grain.MONTH, Shape.TENANT);

    final String table;
    final Grain grain;
    final Shape shape;

    RollupTable(String table, Grain grain, Shape shape) {
        this.table = table;
        this.grain = grain;
        this.shape = shape;
    }

    List<String> keys() {
        return shape.keys;
    }

    static RollupTable of(Grain grain, Shape shape) {
        for (RollupTable table : values()) {
            if (table.grain == grain && table.shape == shape) {
                return table;
            }
        }
        throw new IllegalArgumentException(grain + " " + shape);
    }

    /** What a table's rows are kept by, besides the tenant. */
    enum Shape {
        DETAIL("rollup_day", "org_unit_id", "touchpoint_id", "channel", "source"),
        UNIT("rollup_day", "org_unit_id"),
        TOUCHPOINT("rollup_day", "org_unit_id", "touchpoint_id"),
        TENANT("rollup_day", "touchpoint_id", "channel", "source");

        final List<String> keys;

        Shape(String... keys) {
            this.keys = List.of(keys);
        }

        boolean has(String key) {
            return keys.contains(key);
        }
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
