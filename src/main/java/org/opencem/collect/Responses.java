package org.opencem.collect;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.NotFoundException;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads stored responses within the caller's scope. */
@Service
public class Responses {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Responses(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<StoredResponse> find(Scope scope, UUID id) {
        List<Object> params = new ArrayList<>(List.of(scope.tenantId(), id));
        String condition = scope.pathCondition("u.path", params);
        return jdbc.sql("select r.*, u.name as unit_name from response r "
                        + "join org_unit u on u.tenant_id = r.tenant_id and u.id = r.org_unit_id "
                        + "where r.tenant_id = ? and r.id = ? and " + condition)
                .params(params)
                .query((rs, i) -> new StoredResponse(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getObject("survey_id", UUID.class), rs.getInt("survey_version"),
                        rs.getObject("org_unit_id", UUID.class), rs.getString("unit_name"),
                        rs.getObject("touchpoint_id", UUID.class), rs.getString("channel"), rs.getString("locale"),
                        json.readValue(rs.getString("answers"), ANSWERS), rs.getObject("submitted_at", OffsetDateTime.class)))
                .optional();
    }

    public StoredResponse get(Scope scope, UUID id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("Response"));
    }
}
