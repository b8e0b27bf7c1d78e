package org.opencem.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricReport.Basis;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.RebuildReport;
import org.opencem.analytics.Rollups;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups kept through the real dispatcher path: a batch handed over twice, a superseded
 * record version, a rebuild that agrees with the incremental path, reports from rollups equal to
 * reports from the records, and scope cutting a subtree.
 */
@OpenCemTest
class RollupsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final List<Metric> ALL = List.of(Metric.NPS, Metric.CSAT, Metric.CSAT_MEAN, Metric.CES,
            Metric.CES_EASY, Metric.NET_SENTIMENT, Metric.CX_INDEX, Metric.RESPONSES, Metric.rating("food"),
            Metric.rating("nps"));

    @Autowired TestFixtures fixtures;
    @Autowired FeedbackRecords records;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired Rollups rollups;
    @Autowired ReportEngine engine;

    TestFixtures.Chain chain;
    Scope headOffice;
    UUID touchpoint = UUID.randomUUID();

    @BeforeEach
    void chain() {
        chain = fixtures.chain();
        headOffice = new Scope(chain.tenant().id(), List.of(chain.hq().path()));
    }

    @Test
    void incrementalRollupsMatchTheRecordsAndTheRebuild() {
        List<FeedbackRecord> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID unit = i % 3 == 0 ? chain.storeA().id() : i % 3 == 1 ? chain.storeB().id() : chain.storeC().id();
            batch.add(record(unit, MONDAY.plusDays(i % 10), i % 11, 1 + i % 5, 1 + i % 7,
                    i % 4 == 0 ? Map.of("rating.food", String.valueOf(1 + i % 5), "customer.tier", i % 8 == 0 ? "gold" : "basic")
                            : Map.of()));
        }
        store(batch);
        jdbc.sql("update feedback_record set sentiment = case when nps >= 9 then 'POSITIVE' when nps <= 4 then 'NEGATIVE' "
                + "else 'NEUTRAL' end where tenant_id = ?").param(chain.tenant().id()).update();
        dispatcher.dispatchPending();

        RebuildReport check = rollups.verify(chain.tenant().id());
        assertThat(check.mismatches()).as(check.examples().toString()).isZero();
        assertThat(check.rows()).isPositive();

        MetricQuery query = new MetricQuery(null, new DateRange(MONDAY, MONDAY.plusDays(13)), Comparison.PREVIOUS_PERIOD,
                GroupBy.NONE, ALL, MetricFilter.NONE);
        for (GroupBy grouping : GroupBy.values()) {
            MetricReport fromRollups = engine.report(headOffice, query.groupedBy(grouping), Basis.ROLLUPS);
            MetricReport fromRecords = engine.report(headOffice, query.groupedBy(grouping), Basis.RECORDS);
            assertThat(fromRollups.total()).as(grouping.name()).isEqualTo(fromRecords.total());
            assertThat(fromRollups.rows()).as(grouping.name()).isEqualTo(fromRecords.rows());
        }
        MetricReport total = engine.report(headOffice, query, Basis.ROLLUPS);
        assertThat(total.total().value(Metric.RESPONSES).value()).isEqualTo(40.0);
        assertThat(total.total().value(Metric.rating("food")).n()).isEqualTo(10);
        assertThat(total.total().value(Metric.NET_SENTIMENT).n()).isEqualTo(40);

        RebuildReport rebuilt = rollups.rebuild(chain.tenant().id());
        assertThat(rebuilt.rebuilt()).isTrue();
        assertThat(rebuilt.mismatches()).isZero();
        assertThat(rebuilt.rows()).isEqualTo(check.rows());
        assertThat(engine.report(headOffice, query, Basis.ROLLUPS)).isEqualTo(total);
    }

    @Test
    void aBatchHandedOverTwiceChangesNothing() {
        List<FeedbackRecord> batch = List.of(record(chain.storeA().id(), MONDAY, 10, 5, 7, Map.of()),
                record(chain.storeA().id(), MONDAY, 3, 2, 2, Map.of("rating.food", "2")),
                record(chain.storeB().id(), MONDAY.plusDays(1), 8, 4, null, Map.of()));
        store(batch);
        dispatcher.dispatchPending();
        List<Map<String, Object>> before = rollupRows();

        transaction.executeWithoutResult(status -> events.publishEvent(new FeedbackRecorded(batch)));
        assertThat(rollupRows()).isEqualTo(before);
        assertThat(before).hasSize(3);
        assertThat(rollups.verify(chain.tenant().id()).mismatches()).isZero();
    }

    @Test
    void aSupersededVersionIsTakenOutOfItsOldDayAndUnit() {
        FeedbackRecord first = record(chain.storeA().id(), MONDAY, 2, 1, null, Map.of("rating.food", "1"));
        store(List.of(first, record(chain.storeA().id(), MONDAY.plusDays(1), 9, null, null, Map.of())));
        dispatcher.dispatchPending();
        assertThat(npsOf(chain.storeA().id(), MONDAY)).isEqualTo(-100.0);

        // the source edits the record: another store, another day, another score
        OffsetDateTime moved = MONDAY.plusDays(2).atTime(12, 0).atZone(ZONE).toOffsetDateTime();
        FeedbackRecord edited = new FeedbackRecord(first.tenantId(), first.id(), first.source(), first.sourceId(),
                chain.storeB().id(), first.touchpointId(), first.channel(), null, moved, 10, 1, null, null, null, Map.of(),
                null);
        transaction.executeWithoutResult(status -> records.upsertAll(List.of(edited)));
        dispatcher.dispatchPending();

        assertThat(npsOf(chain.storeA().id(), MONDAY)).isNull();
        assertThat(npsOf(chain.storeB().id(), MONDAY.plusDays(2))).isEqualTo(100.0);
        assertThat(jdbc.sql("select count(*) from rating_rollup where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single()).isZero();
        assertThat(rollups.verify(chain.tenant().id()).mismatches()).isZero();

        // handed over again, the edit takes nothing out a second time
        List<Map<String, Object>> before = rollupRows();
        transaction.executeWithoutResult(status -> events.publishEvent(
                new FeedbackRecorded(List.of(edited), List.of(first))));
        assertThat(rollupRows()).isEqualTo(before);
        assertThat(rollups.verify(chain.tenant().id()).mismatches()).isZero();
    }

    @Test
    void longPeriodsReadWholeMonthsAndWeeksFromTheCoarserRollupsAndAgreeWithTheRecords() {
        List<FeedbackRecord> batch = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 120; i++) {
            UUID unit = i % 3 == 0 ? chain.storeA().id() : i % 3 == 1 ? chain.storeB().id() : chain.storeC().id();
            batch.add(record(unit, first.plusDays(i), i % 11, 1 + i % 5, 1 + i % 7,
                    i % 5 == 0 ? Map.of("rating.food", String.valueOf(1 + i % 5)) : Map.of()));
        }
        store(batch);
        dispatcher.dispatchPending();
        assertThat(rollups.verify(chain.tenant().id()).mismatches()).isZero();

        // whole months with ragged edges, whole months only, weeks only, a week inside one month
        List<DateRange> periods = List.of(new DateRange(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 4, 10)),
                new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)),
                new DateRange(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 15)),
                new DateRange(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15)));
        for (DateRange period : periods) {
            MetricQuery query = new MetricQuery(null, period, Comparison.PREVIOUS_PERIOD, GroupBy.NONE, ALL,
                    MetricFilter.NONE);
            for (GroupBy grouping : GroupBy.values()) {
                for (MetricFilter filter : List.of(MetricFilter.NONE, MetricFilter.touchpoints(Set.of(touchpoint)))) {
                    MetricQuery asked = query.groupedBy(grouping).filteredBy(filter);
                    MetricReport fromRollups = engine.report(headOffice, asked, Basis.ROLLUPS);
                    MetricReport fromRecords = engine.report(headOffice, asked, Basis.RECORDS);
                    String what = period + " " + grouping + " " + filter.touchpointIds();
                    assertThat(fromRollups.total()).as(what).isEqualTo(fromRecords.total());
                    assertThat(fromRollups.rows()).as(what).isEqualTo(fromRecords.rows());
                }
            }
        }
    }

    @Test
    void aReportPerUnitEqualsTheReportOfEachUnit() {
        List<FeedbackRecord> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID unit = i % 3 == 0 ? chain.storeA().id() : i % 3 == 1 ? chain.storeB().id() : chain.storeC().id();
            batch.add(record(unit, MONDAY.plusDays(i % 20), i % 11, 1 + i % 5, null, Map.of()));
        }
        store(batch);
        dispatcher.dispatchPending();
        List<UUID> units = List.of(chain.east().id(), chain.storeA().id(), chain.storeB().id(), chain.storeC().id());
        for (GroupBy grouping : List.of(GroupBy.TOUCHPOINT, GroupBy.WEEK, GroupBy.NONE, GroupBy.CHILD_UNIT,
                GroupBy.TOUCHPOINT_WEEK)) {
            MetricQuery query = new MetricQuery(null, new DateRange(MONDAY, MONDAY.plusDays(27)),
                    Comparison.PREVIOUS_PERIOD, grouping, List.of(Metric.NPS, Metric.CSAT), MetricFilter.NONE);
            Map<UUID, MetricReport> perUnit = engine.reportPerUnit(headOffice, query, units);
            assertThat(perUnit.keySet()).containsExactlyElementsOf(units);
            for (UUID unit : units) {
                MetricReport one = engine.report(headOffice, new MetricQuery(unit, query.period(), query.comparison(),
                        grouping, query.metrics(), query.filter()));
                assertThat(perUnit.get(unit)).as(grouping + " " + unit).isEqualTo(one);
            }
        }
        // a store manager asking for another store's row finds no such unit
        Scope storeA = new Scope(chain.tenant().id(), List.of(chain.storeA().path()));
        assertThatThrownBy(() -> engine.reportPerUnit(storeA,
                        new MetricQuery(null, new DateRange(MONDAY, MONDAY), null, GroupBy.NONE, null, null),
                        List.of(chain.storeA().id(), chain.storeB().id())))
                .isInstanceOf(org.opencem.platform.NotFoundException.class);
    }

    @Test
    void eachTouchpointsWeeksAreItsOwnWeeklyReport() {
        List<FeedbackRecord> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(record(i % 2 == 0 ? chain.storeA().id() : chain.storeB().id(), MONDAY.plusDays(i % 17), i % 11,
                    1 + i % 5, null, Map.of()));
        }
        store(batch);
        dispatcher.dispatchPending();
        MetricQuery weekly = new MetricQuery(null, new DateRange(MONDAY.plusDays(2), MONDAY.plusDays(20)), Comparison.NONE,
                GroupBy.WEEK, List.of(Metric.NPS, Metric.CSAT), MetricFilter.NONE);
        MetricReport byTouchpoint = engine.report(headOffice, weekly.groupedBy(GroupBy.TOUCHPOINT_WEEK));

        // the records with a touchpoint, then those without (signals), each with all three weeks
        assertThat(byTouchpoint.rows()).extracting(MetricRow::key).containsExactly(touchpoint.toString(),
                touchpoint.toString(), touchpoint.toString(), "none", "none", "none");
        MetricReport ofTouchpoint = engine.report(headOffice,
                weekly.filteredBy(MetricFilter.touchpoints(Set.of(touchpoint))));
        assertThat(byTouchpoint.rows().subList(0, 3)).extracting(MetricRow::start, MetricRow::values)
                .containsExactlyElementsOf(ofTouchpoint.rows().stream()
                        .map(row -> tuple(row.start(), row.values())).toList());
        assertThat(byTouchpoint.rows().get(0).value(Metric.NPS).n()).isPositive();
    }

    @Test
    void aRebuildReportsAndRepairsWhatDrifted() {
        store(List.of(record(chain.storeA().id(), MONDAY, 10, 5, null, Map.of("rating.food", "5"))));
        dispatcher.dispatchPending();
        jdbc.sql("update metric_rollup set nps_10 = 7 where tenant_id = ?").param(chain.tenant().id()).update();
        jdbc.sql("update rating_rollup set answers = 3 where tenant_id = ?").param(chain.tenant().id()).update();

        // the detailed row; the day (per unit, per touchpoint, per tenant), week and month rows that no
        // longer add up from it; the rating
        RebuildReport check = rollups.verify(chain.tenant().id());
        assertThat(check.mismatches()).isEqualTo(7);
        assertThat(check.examples()).anyMatch(e -> e.startsWith("metric_rollup missing or different"))
                .anyMatch(e -> e.startsWith("rating_rollup differs"));
        RebuildReport rebuilt = rollups.rebuild(chain.tenant().id());
        assertThat(rebuilt.mismatches()).isEqualTo(7);
        assertThat(rollups.verify(chain.tenant().id()).matches()).isTrue();
    }

    @Test
    void aScopeCutsTheSubtreeAndSegmentsAreReadFromTheRecords() {
        store(List.of(record(chain.storeA().id(), MONDAY, 10, null, null, Map.of("customer.tier", "gold")),
                record(chain.storeB().id(), MONDAY, 0, null, null, Map.of("customer.tier", "basic")),
                record(chain.storeC().id(), MONDAY, 0, null, null, Map.of())));
        dispatcher.dispatchPending();
        Scope storeA = new Scope(chain.tenant().id(), List.of(chain.storeA().path()));
        MetricQuery everything = new MetricQuery(null, new DateRange(MONDAY, MONDAY), Comparison.NONE,
                GroupBy.CHILD_UNIT, List.of(Metric.NPS), MetricFilter.NONE);

        MetricReport seenByStoreA = engine.report(storeA, everything);
        assertThat(seenByStoreA.total().value(Metric.NPS).n()).isEqualTo(1);
        assertThat(seenByStoreA.rows()).extracting(MetricRow::key).containsExactly(chain.storeA().id().toString());

        MetricReport east = engine.report(headOffice, new MetricQuery(chain.east().id(), new DateRange(MONDAY, MONDAY),
                Comparison.NONE, GroupBy.CHILD_UNIT, List.of(Metric.NPS), MetricFilter.NONE));
        assertThat(east.total().value(Metric.NPS).value()).isZero();
        assertThat(east.rows()).extracting(r -> r.value(Metric.NPS).value()).containsExactly(100.0, -100.0);

        MetricQuery gold = everything.groupedBy(GroupBy.NONE).filteredBy(new MetricFilter(null, null, null,
                Map.of("customer.tier", "gold")));
        MetricReport goldOnly = engine.report(headOffice, gold);
        assertThat(goldOnly.basis()).isEqualTo(Basis.RECORDS);
        assertThat(goldOnly.total().value(Metric.NPS).value()).isEqualTo(100.0);
        assertThat(engine.report(headOffice, everything.filteredBy(MetricFilter.touchpoints(Set.of(
                UUID.randomUUID())))).total().value(Metric.NPS).n()).isZero();
    }

    private Double npsOf(UUID unit, LocalDate day) {
        return engine.report(headOffice, new MetricQuery(unit, new DateRange(day, day), Comparison.NONE, GroupBy.NONE,
                List.of(Metric.NPS), MetricFilter.NONE)).total().value(Metric.NPS).value();
    }

    private List<Map<String, Object>> rollupRows() {
        return jdbc.sql("select * from metric_rollup where tenant_id = ? order by org_unit_id, rollup_day, channel")
                .param(chain.tenant().id()).query().listOfRows();
    }

    private void store(List<FeedbackRecord> batch) {
        transaction.executeWithoutResult(status -> records.recordAll(batch));
    }

    private FeedbackRecord record(UUID unit, LocalDate day, Integer nps, Integer csat, Integer ces,
                                  Map<String, String> attributes) {
        return new FeedbackRecord(chain.tenant().id(), UUID.randomUUID(), FeedbackSource.SURVEY, UUID.randomUUID(), unit,
                nps != null && nps % 2 == 0 ? touchpoint : null, nps != null && nps > 5 ? "QR" : "LINK", null,
                // just after midnight in the reporting zone is the day before in UTC: the day must follow the zone
                day.atTime(nps != null && nps % 2 == 1 ? 0 : 23, 30).atZone(ZONE).toOffsetDateTime(), nps, csat, ces,
                null, null, attributes, null);
    }
}
