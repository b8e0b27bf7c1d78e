package org.opencem.analytics.web;

import java.util.Locale;

import org.opencem.analytics.DashboardView;
import org.opencem.analytics.Metrics;

/** The weekly trend as the chart's JSON and as CSV. */
final class TrendChart {

    private TrendChart() {
    }

    static String json(DashboardView view) {
        StringBuilder weeks = new StringBuilder();
        StringBuilder nps = new StringBuilder();
        StringBuilder low = new StringBuilder();
        StringBuilder band = new StringBuilder();
        StringBuilder csat = new StringBuilder();
        StringBuilder n = new StringBuilder();
        for (DashboardView.WeekPoint point : view.trend()) {
            Metrics m = point.metrics();
            String sep = weeks.isEmpty() ? "" : ",";
            weeks.append(sep).append('"').append(point.weekStart()).append('"');
            nps.append(sep).append(number(m.nps().score()));
            Double margin = m.nps().margin95();
            low.append(sep).append(margin == null ? "null" : number(Math.max(-100, m.nps().score() - margin)));
            band.append(sep).append(margin == null ? "null" : number(Math.min(100, m.nps().score() + margin)
                    - Math.max(-100, m.nps().score() - margin)));
            csat.append(sep).append(number(m.csat().topTwoBox()));
            n.append(sep).append(m.nps().n());
        }
        return "{\"weeks\":[" + weeks + "],\"nps\":[" + nps + "],\"low\":[" + low + "],\"band\":[" + band
                + "],\"csat\":[" + csat + "],\"n\":[" + n + "]}";
    }

    static String csv(DashboardView view) {
        StringBuilder csv = new StringBuilder("week,nps,nps_n,promoters,detractors,csat_top2_pct,csat_mean,csat_n\n");
        for (DashboardView.WeekPoint point : view.trend()) {
            Metrics m = point.metrics();
            csv.append(point.weekStart()).append(',').append(plain(m.nps().score())).append(',').append(m.nps().n())
                    .append(',').append(m.nps().promoters()).append(',').append(m.nps().detractors()).append(',')
                    .append(plain(m.csat().topTwoBox())).append(',').append(plain(m.csat().mean())).append(',')
                    .append(m.csat().n()).append('\n');
        }
        return csv.toString();
    }

    private static String number(Double value) {
        return value == null ? "null" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String plain(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
