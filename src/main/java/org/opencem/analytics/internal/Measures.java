package org.opencem.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The measure columns every rollup table shares, and how each one is counted from a feedback
 * record, so that the rollups, their rebuild and the reports straight from the records can never
 * count differently.
 */
final class Measures {

    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("responses"));
        for (int i = 0; i < Tally.NPS_POINTS; i++) {
            columns.add("nps_" + i);
        }
        for (int i = 1; i <= Tally.CSAT_POINTS; i++) {
            columns.add("csat_" + i);
        }
        for (int i = 1; i <= Tally.CES_POINTS; i++) {
            columns.add("ces_" + i);
        }
        columns.addAll(List.of("sentiment_positive", "sentiment_neutral", "sentiment_negative"));
        COLUMNS = List.copyOf(columns);
    }

    private Measures() {
    }

    /** The count of one measure from a record of {@code alias}: 1 when the record adds to it, else 0. */
    static String fromRecord(String column, String alias) {
        if (column.equals("responses")) {
            return "1";
        }
        if (column.startsWith("sentiment_")) {
            return "case when upper(" + alias + ".sentiment) = '" + column.substring("sentiment_".length()).toUpperCase()
                    + "' then 1 else 0 end";
        }
        int underscore = column.indexOf('_');
        return "case when " + alias + "." + column.substring(0, underscore) + " = " + column.substring(underscore + 1)
                + " then 1 else 0 end";
    }

    /** What one record adds to each measure, in the order of {@link #COLUMNS}: as {@link #fromRecord} counts it. */
    static long[] ofRecord(Integer nps, Integer csat, Integer ces, String sentiment) {
        long[] measures = new long[COLUMNS.size()];
        for (int i = 0; i < measures.length; i++) {
            String column = COLUMNS.get(i);
            if (column.equals("responses")) {
                measures[i] = 1;
            } else if (column.startsWith("sentiment_")) {
                measures[i] = sentiment != null
                        && sentiment.toUpperCase(java.util.Locale.ROOT).equals(column.substring("sentiment_".length())
                        .toUpperCase(java.util.Locale.ROOT)) ? 1 : 0;
            } else {
                int underscore = column.indexOf('_');
                Integer answer = switch (column.substring(0, underscore)) {
                    case "nps" -> nps;
                    case "csat" -> csat;
                    default -> ces;
                };
                measures[i] = answer != null && answer == Integer.parseInt(column.substring(underscore + 1)) ? 1 : 0;
            }
        }
        return measures;
    }

    /** {@code sum(<expression>) <column>, …} for every measure. */
    static String sums(Function<String, String> expression) {
        List<String> terms = new ArrayList<>(COLUMNS.size());
        COLUMNS.forEach(column -> terms.add("sum(" + expression.apply(column) + ") " + column));
        return String.join(", ", terms);
    }

    static String list(String prefix) {
        return String.join(", ", COLUMNS.stream().map(c -> prefix + c).toList());
    }

    /**
     * Adds a row's measures to a tally: the columns of {@link #COLUMNS}, in their order, from the
     * {@code first} (1-based). By position, as a read of thousands of rows spends its time finding
     * columns by name.
     */
    static void addTo(Tally tally, ResultSet rs, int first) throws SQLException {
        int column = first;
        tally.responses += rs.getLong(column++);
        for (int i = 0; i < Tally.NPS_POINTS; i++) {
            tally.nps[i] += rs.getLong(column++);
        }
        for (int i = 0; i < Tally.CSAT_POINTS; i++) {
            tally.csat[i] += rs.getLong(column++);
        }
        for (int i = 0; i < Tally.CES_POINTS; i++) {
            tally.ces[i] += rs.getLong(column++);
        }
        tally.positive += rs.getLong(column++);
        tally.neutral += rs.getLong(column++);
        tally.negative += rs.getLong(column);
    }
}
