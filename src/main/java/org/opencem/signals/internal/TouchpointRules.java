package org.opencem.signals.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.feedback.FeedbackSource;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.signals.SignalInput;
import org.opencem.signals.TouchpointClassifier;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The tenant's mapping rules, asked first: the first matching rule, by order, places a signal. */
@Service
@Order(0)
public class TouchpointRules implements TouchpointClassifier {

    static final int TERM_MAX = 200;

    private final JdbcClient jdbc;
    private final Journeys journeys;

    TouchpointRules(JdbcClient jdbc, Journeys journeys) {
        this.jdbc = jdbc;
        this.journeys = journeys;
    }

    @Override
    public List<UUID> touchpoints(UUID tenantId, List<SignalInput> signals) {
        List<TouchpointRule> rules = all(tenantId);
        Set<UUID> live = journeys.touchpoints(tenantId).stream().map(TouchpointRef::id).collect(Collectors.toSet());
        List<UUID> found = new ArrayList<>(signals.size());
        for (SignalInput signal : signals) {
            found.add(rules.stream().filter(r -> live.contains(r.touchpointId()) && r.matches(signal))
                    .map(TouchpointRule::touchpointId).findFirst().orElse(null));
        }
        return found;
    }

    public List<TouchpointRule> all(UUID tenantId) {
        return jdbc.sql("select * from signal_touchpoint_rule where tenant_id = ? order by sort_order, id")
                .param(tenantId)
                .query((rs, i) -> new TouchpointRule(rs.getObject("id", UUID.class), rs.getInt("sort_order"),
                        rs.getString("source") == null ? null : FeedbackSource.valueOf(rs.getString("source")),
                        rs.getString("category"), rs.getString("keyword"), rs.getObject("touchpoint_id", UUID.class)))
                .list();
    }

    /** Adds a rule after the others; a touchpoint of the tenant is required, conditions are optional. */
    public TouchpointRule add(UUID tenantId, FeedbackSource source, String category, String keyword, UUID touchpointId) {
        List<Violation> errors = new ArrayList<>();
        if (touchpointId == null || journeys.touchpoint(tenantId, touchpointId).isEmpty()) {
            errors.add(Violation.of("touchpoint", "signals.rules.touchpointRequired"));
        }
        if (source == FeedbackSource.SURVEY) {
            errors.add(Violation.of("source", "signals.error.source"));
        }
        String cat = blankToNull(category);
        String key = blankToNull(keyword);
        if (cat != null && cat.length() > TERM_MAX) {
            errors.add(Violation.of("category", "signals.error.tooLong", TERM_MAX));
        }
        if (key != null && key.length() > TERM_MAX) {
            errors.add(Violation.of("keyword", "signals.error.tooLong", TERM_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from signal_touchpoint_rule where tenant_id = ?")
                .param(tenantId).query(Integer.class).single();
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into signal_touchpoint_rule (tenant_id, id, sort_order, source, category, keyword, touchpoint_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, id, order, source == null ? null : source.name(), cat, key, touchpointId).update();
        return new TouchpointRule(id, order, source, cat, key, touchpointId);
    }

    public void delete(UUID tenantId, UUID ruleId) {
        jdbc.sql("delete from signal_touchpoint_rule where tenant_id = ? and id = ?").params(tenantId, ruleId).update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
