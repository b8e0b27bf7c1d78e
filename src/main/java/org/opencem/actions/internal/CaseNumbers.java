package org.opencem.actions.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out each tenant's case numbers, 1, 2, 3…, from a counter row locked by the update. */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves {@code count} consecutive numbers and returns the first. */
    long reserve(UUID tenantId, int count) {
        if (advance(tenantId, count) == 0) {
            // the tenant's first case; another instance may be creating the row at this moment too
            jdbc.sql("insert into tenant_counter (tenant_id, name, next_value) values (?, 'case', 0) on conflict do nothing")
                    .param(tenantId).update();
            advance(tenantId, count);
        }
        return jdbc.sql("select next_value from tenant_counter where tenant_id = ? and name = 'case'")
                .param(tenantId).query(Long.class).single() - count + 1;
    }

    private int advance(UUID tenantId, int count) {
        return jdbc.sql("update tenant_counter set next_value = next_value + ? where tenant_id = ? and name = 'case'")
                .params(count, tenantId).update();
    }
}
