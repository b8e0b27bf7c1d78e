package org.opencem.analytics.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencem.analytics.DashboardView;
import org.opencem.analytics.Metrics;

/** The weekly trend as the chart's series and as CSV. */
final class TrendChart {

    private TrendChart() {
    }

    /** What the chart script draws: per week, NPS with its 95% band (lower edge and width), CSAT and n. */
    record Series(List<LocalDate> weeks, List<Double> nps, List<Double> low, List<Double> band, List<Double> csat,
                  List<Integer> n) {
    }

    static Series series(DashboardView view) {
        List<LocalDate> weeks = new ArrayList<>();
        List<Double> nps = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> band = new ArrayList<>();
        List<Double> csat = new ArrayList<>();
        List<Integer> n = new ArrayList<>();
        for (DashboardView.WeekPoint point : view.trend()) {
            Metrics m = point.metrics();
            Double score = m.nps().score();
            Double margin = m.nps().margin95();
            weeks.add(point.weekStart());
            nps.add(oneDecimal(score));
            low.add(margin == null ? null : oneDecimal(Math.max(-100, score - margin)));
            band.add(margin == null ? null : oneDecimal(Math.min(100, score + margin) - Math.max(-100, score - margin)));
            csat.add(oneDecimal(m.csat().topTwoBox()));
            n.add(m.nps().n());
        }
        return new Series(weeks, nps, low, band, csat, n);
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

    private static Double oneDecimal(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static String plain(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
