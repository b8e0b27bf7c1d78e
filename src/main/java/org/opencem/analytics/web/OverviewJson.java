package org.opencem.analytics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opencem.analytics.DashboardView;
import org.opencem.analytics.Metrics;
import org.opencem.organization.OrgUnit;

/** The API's shape of the overview: flat, with every figure and its {@code n}. */
record OverviewJson(UnitJson unit, LocalDate from, LocalDate to, MetricsJson total, List<WeekJson> trend,
                    List<ChildJson> children) {

    static OverviewJson of(DashboardView view) {
        return new OverviewJson(view.unit() == null ? null : UnitJson.of(view.unit()), view.period().from(),
                view.period().to(), MetricsJson.of(view.total()),
                view.trend().stream().map(p -> new WeekJson(p.weekStart(), MetricsJson.of(p.metrics()))).toList(),
                view.children().stream().map(r -> new ChildJson(UnitJson.of(r.unit()), MetricsJson.of(r.metrics()))).toList());
    }

    record UnitJson(UUID id, String code, String name, String type) {
        static UnitJson of(OrgUnit unit) {
            return new UnitJson(unit.id(), unit.code(), unit.name(), unit.type().name());
        }
    }

    record MetricsJson(Double nps, int npsN, int promoters, int passives, int detractors, Double npsMargin95,
                       boolean npsSmallSample, Double csatTopTwoBox, Double csatMean, int csatN, boolean csatSmallSample) {
        static MetricsJson of(Metrics m) {
            return new MetricsJson(m.nps().score(), m.nps().n(), m.nps().promoters(), m.nps().passives(),
                    m.nps().detractors(), m.nps().margin95(), m.npsSmallSample(), m.csat().topTwoBox(), m.csat().mean(),
                    m.csat().n(), m.csatSmallSample());
        }
    }

    record WeekJson(LocalDate weekStart, MetricsJson metrics) {
    }

    record ChildJson(UnitJson unit, MetricsJson metrics) {
    }
}
