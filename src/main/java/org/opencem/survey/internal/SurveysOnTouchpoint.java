package org.opencem.survey.internal;

import java.util.UUID;

import org.opencem.journey.TouchpointUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A touchpoint that a survey asks about cannot be deleted from its journey. */
@Component
class SurveysOnTouchpoint implements TouchpointUsage {

    private final JdbcClient jdbc;

    SurveysOnTouchpoint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isInUse(UUID tenantId, UUID touchpointId) {
        return jdbc.sql("select count(*) from survey where tenant_id = ? and touchpoint_id = ?")
                .params(tenantId, touchpointId).query(Integer.class).single() > 0;
    }
}
