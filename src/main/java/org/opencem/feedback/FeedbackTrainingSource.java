package org.opencem.feedback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.Scope;
import org.opencem.textanalytics.LabeledText;
import org.opencem.textanalytics.TrainingSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Feedback comments labelled by the scores given with them, for the tenant's own sentiment model. */
@Component
class FeedbackTrainingSource implements TrainingSource {

    private final JdbcClient jdbc;
    private final FeedbackRecords records;

    FeedbackTrainingSource(JdbcClient jdbc, FeedbackRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @Override
    public List<UUID> tenantIds() {
        return jdbc.sql("select id from tenant order by id").query(UUID.class).list();
    }

    @Override
    public List<LabeledText> sentimentExamples(UUID tenantId, int limit) {
        return jdbc.sql("""
                        select comment_text, case when nps <= 6 or csat <= 2 then 'negative' else 'positive' end as label
                        from feedback_record
                        where tenant_id = ? and comment_text is not null
                          and (nps <= 6 or nps >= 9 or (nps is null and (csat <= 2 or csat >= 4)))
                        order by occurred_at desc fetch first ? rows only""")
                .params(tenantId, limit)
                .query((rs, i) -> new LabeledText(rs.getString("comment_text"), rs.getString("label")))
                .list();
    }

    @Override
    public Optional<String> comment(Scope scope, UUID subjectId) {
        return records.find(scope, subjectId).map(FeedbackRecord::comment).filter(c -> !c.isBlank());
    }
}
