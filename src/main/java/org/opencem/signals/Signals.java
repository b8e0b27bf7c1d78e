package org.opencem.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads stored signals within a scope. */
@Service
public class Signals {

    private static final String SELECT = """
            select s.*, u.code as store_code, u.name as store_name from signal_record s
            join org_unit u on u.tenant_id = s.tenant_id and u.id = s.org_unit_id
            where s.tenant_id = ? and\s""";
    private static final RowMapper<StoredSignal> MAPPER = (rs, i) -> new StoredSignal(rs.getObject("id", UUID.class),
            FeedbackSource.valueOf(rs.getString("source")), rs.getString("external_id"),
            rs.getObject("org_unit_id", UUID.class), rs.getString("store_code"), rs.getString("store_name"),
            rs.getObject("touchpoint_id", UUID.class), rs.getString("customer_id"),
            rs.getObject("occurred_at", java.time.OffsetDateTime.class), (Integer) rs.getObject("rating", Integer.class),
            rs.getString("title"), rs.getString("author"), rs.getString("body"), rs.getString("original"));

    private final JdbcClient jdbc;

    Signals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest signals in the scope, optionally of one source, a page at a time. */
    public List<StoredSignal> latest(Scope scope, FeedbackSource source, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId()));
        String condition = scope.pathCondition("u.path", params);
        if (source != null) {
            condition += " and s.source = ?";
            params.add(source.name());
        }
        return jdbc.sql(SELECT + condition + " order by s.occurred_at desc, s.id offset " + offset
                        + " rows fetch first " + limit + " rows only")
                .params(params).query(MAPPER).list();
    }

    public Optional<StoredSignal> find(Scope scope, UUID id) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), id));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql(SELECT + "s.id = ? and " + condition).params(params).query(MAPPER).optional();
    }
}
