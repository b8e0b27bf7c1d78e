package org.opencem.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily aggregates per tenant × org unit × touchpoint × day. A batch becomes one
 * MERGE per key, so a busy store's "today" row is written once per batch, not per response.
 * It runs in the dispatcher's transaction: a batch counts exactly once.
 */
@Component
class DailyRollup {

    /** Stands for "no touchpoint" (signals without one), so the key has no nulls. */
    static final UUID NO_TOUCHPOINT = new UUID(0, 0);

    private static final String MERGE = """
            merge into metric_daily m
            using (values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)) as v(tenant_id, org_unit_id, touchpoint_id, metric_day,
                   nps_n, nps_promoters, nps_detractors, csat_n, csat_top2, csat_sum)
            on m.tenant_id = v.tenant_id and m.org_unit_id = v.org_unit_id
               and m.touchpoint_id = v.touchpoint_id and m.metric_day = v.metric_day
            when matched then update set nps_n = m.nps_n + v.nps_n, nps_promoters = m.nps_promoters + v.nps_promoters,
                   nps_detractors = m.nps_detractors + v.nps_detractors, csat_n = m.csat_n + v.csat_n,
                   csat_top2 = m.csat_top2 + v.csat_top2, csat_sum = m.csat_sum + v.csat_sum
            when not matched then insert (tenant_id, org_unit_id, touchpoint_id, metric_day, nps_n, nps_promoters,
                   nps_detractors, csat_n, csat_top2, csat_sum)
                 values (v.tenant_id, v.org_unit_id, v.touchpoint_id, v.metric_day, v.nps_n, v.nps_promoters,
                   v.nps_detractors, v.csat_n, v.csat_top2, v.csat_sum)""";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    DailyRollup(JdbcTemplate jdbc, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @EventListener
    void on(FeedbackRecorded event) {
        Map<Key, int[]> sums = new LinkedHashMap<>();
        // a version a source replaced comes out of its day before the new one goes in
        event.superseded().forEach(record -> add(sums, record, -1));
        event.records().forEach(record -> add(sums, record, 1));
        List<Object[]> rows = new ArrayList<>(sums.size());
        sums.forEach((k, s) -> rows.add(new Object[] {k.tenantId, k.unitId, k.touchpointId, k.day,
                s[0], s[1], s[2], s[3], s[4], s[5]}));
        jdbc.batchUpdate(MERGE, rows);
    }

    private void add(Map<Key, int[]> sums, FeedbackRecord record, int sign) {
        if (record.nps() == null && record.csat() == null) {
            return;
        }
        Key key = new Key(record.tenantId(), record.orgUnitId(),
                record.touchpointId() == null ? NO_TOUCHPOINT : record.touchpointId(),
                record.occurredAt().atZoneSameInstant(zone).toLocalDate());
        int[] s = sums.computeIfAbsent(key, k -> new int[6]);
        if (record.nps() != null) {
            s[0] += sign;
            s[1] += record.nps() >= 9 ? sign : 0;
            s[2] += record.nps() <= 6 ? sign : 0;
        }
        if (record.csat() != null) {
            s[3] += sign;
            s[4] += record.csat() >= 4 ? sign : 0;
            s[5] += sign * record.csat();
        }
    }

    private record Key(UUID tenantId, UUID unitId, UUID touchpointId, LocalDate day) {
    }
}
