package org.opencem.organization;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class Tenants {

    static final int DEFAULT_MIN_SAMPLE = 30;
    private static final RowMapper<Tenant> MAPPER = (rs, i) -> new Tenant(rs.getObject("id", UUID.class),
            rs.getString("code"), rs.getString("name"), Locale.forLanguageTag(rs.getString("default_locale")),
            rs.getInt("min_sample"));

    private final JdbcClient jdbc;
    private final Clock clock;

    Tenants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Tenant create(String code, String name, Locale defaultLocale) {
        UUID id = Ids.newId();
        jdbc.sql("insert into tenant (id, code, name, default_locale, min_sample, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, code, name, defaultLocale.toLanguageTag(), DEFAULT_MIN_SAMPLE, OffsetDateTime.now(clock))
                .update();
        return new Tenant(id, code, name, defaultLocale, DEFAULT_MIN_SAMPLE);
    }

    public Optional<Tenant> find(UUID id) {
        return jdbc.sql("select * from tenant where id = ?").param(id).query(MAPPER).optional();
    }

    /** Below this many answers a metric is marked as a small sample. */
    public void updateMinSample(UUID tenantId, int minSample) {
        jdbc.sql("update tenant set min_sample = ? where id = ?").params(minSample, tenantId).update();
    }

    public Optional<Tenant> findByCode(String code) {
        return jdbc.sql("select * from tenant where code = ?").param(code).query(MAPPER).optional();
    }
}
