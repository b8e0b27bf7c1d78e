package org.opencem.organization;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.Ids;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A tenant's departments. They are tenant-wide: scope limits org units, not functions. */
@Service
public class Departments {

    private static final RowMapper<Department> MAPPER = (rs, i) -> new Department(
            rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"));

    private final JdbcClient jdbc;
    private final Clock clock;

    Departments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Department create(UUID tenantId, String code, String name) {
        UUID id = Ids.newId();
        jdbc.sql("insert into department (tenant_id, id, code, name, created_at) values (?, ?, ?, ?, ?)")
                .params(tenantId, id, code.trim(), name.trim(), OffsetDateTime.now(clock)).update();
        return new Department(tenantId, id, code.trim(), name.trim());
    }

    public List<Department> all(UUID tenantId) {
        return jdbc.sql("select tenant_id, id, code, name from department where tenant_id = ? order by code")
                .param(tenantId).query(MAPPER).list();
    }

    public Optional<Department> find(UUID tenantId, UUID id) {
        return jdbc.sql("select tenant_id, id, code, name from department where tenant_id = ? and id = ?")
                .params(tenantId, id).query(MAPPER).optional();
    }

    public Optional<Department> findByCode(UUID tenantId, String code) {
        return jdbc.sql("select tenant_id, id, code, name from department where tenant_id = ? and code = ?")
                .params(tenantId, code.trim()).query(MAPPER).optional();
    }

    public void rename(UUID tenantId, UUID id, String name) {
        jdbc.sql("update department set name = ? where tenant_id = ? and id = ?").params(name.trim(), tenantId, id).update();
    }
}
