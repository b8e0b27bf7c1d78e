package org.opencem.platform;

import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** The database OpenCEM runs on, for the few statements that each answers best in its own way. */
@Component
public class Database {

    private final boolean postgres;

    Database(DataSource dataSource) throws MetaDataAccessException {
        this.postgres = "PostgreSQL".equals(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    public boolean isPostgres() {
        return postgres;
    }

    /**
     * A condition matching rows whose uuid column is among {@code ids}, adding its parameters: on
     * PostgreSQL one array, so that the statement reads the same for any number of ids.
     */
    public String anyOf(String column, Collection<UUID> ids, List<Object> params) {
        if (postgres) {
            params.add(array(ids));
            return column + " = any(cast(? as uuid[]))";
        }
        params.addAll(ids);
        return column + " in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    }

    /**
     * A condition matching one tenant's rows whose id is among {@code ids}, adding its parameters.
     * PostgreSQL gets one array ("id = any(…)"), planned in a millisecond where a list of 500 row
     * values takes some 50 ms to plan; H2 gets the row values "(tenant_id, id) in ((?, ?), …)",
     * which it looks up in the primary key where it would scan the tenant's rows for "id in (…)".
     */
    public String idsOf(String tenantColumn, String idColumn, UUID tenantId, Collection<UUID> ids, List<Object> params) {
        if (postgres) {
            params.add(tenantId);
            params.add(array(ids));
            return tenantColumn + " = ? and " + idColumn + " = any(cast(? as uuid[]))";
        }
        ids.forEach(id -> {
            params.add(tenantId);
            params.add(id);
        });
        return "(" + tenantColumn + ", " + idColumn + ") in (" + String.join(", ", Collections.nCopies(ids.size(), "(?, ?)"))
                + ")";
    }

    /**
     * Values as a PostgreSQL array literal of no declared type, each element quoted: the statement
     * says its type ("cast(? as uuid[])"), which PostgreSQL then gives the parameter once when it
     * reads the statement; a text parameter would be cast again for every row a condition is checked on.
     */
    public static SqlParameterValue array(Collection<?> values) {
        return new SqlParameterValue(Types.OTHER, values.stream()
                .map(v -> '"' + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}")));
    }
}
