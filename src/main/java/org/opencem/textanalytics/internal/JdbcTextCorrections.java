package org.opencem.textanalytics.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.textanalytics.ModelInfo;
import org.opencem.textanalytics.TextCorrections;
import org.opencem.textanalytics.Topic;
import org.opencem.textanalytics.TrainingSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcTextCorrections implements TextCorrections {

    private static final Set<String> SENTIMENTS = Set.of("positive", "neutral", "negative");
    private static final RowMapper<Correction> MAPPER = (rs, i) -> new Correction(rs.getObject("subject_id", UUID.class),
            rs.getString("kind"), rs.getString("label"), rs.getString("comment_text"), rs.getString("corrected_by"));

    private final JdbcClient jdbc;
    private final List<TrainingSource> sources;
    private final JdbcTaxonomy taxonomy;
    private final Clock clock;

    JdbcTextCorrections(JdbcClient jdbc, List<TrainingSource> sources, JdbcTaxonomy taxonomy, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Correction correct(CurrentUser user, UUID subjectId, String kind, String label) {
        String text = sources.stream().map(s -> s.comment(user.scope(), subjectId)).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new NotFoundException("comment " + subjectId));
        boolean known = switch (kind) {
            case ModelInfo.SENTIMENT -> SENTIMENTS.contains(label);
            case ModelInfo.TOPIC -> taxonomy.topics(user.tenantId()).stream().map(Topic::code).anyMatch(label::equals);
            default -> false;
        };
        if (!known) {
            throw InvalidInputException.of("label", "text.correction.label.unknown", label);
        }
        Correction correction = new Correction(subjectId, kind, label, TextNormalizer.clean(text), user.username());
        jdbc.sql("delete from text_correction where tenant_id = ? and subject_id = ? and kind = ?")
                .params(user.tenantId(), subjectId, kind).update();
        jdbc.sql("""
                        insert into text_correction (tenant_id, subject_id, kind, label, comment_text, corrected_by, corrected_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(user.tenantId(), subjectId, kind, label, correction.text(), correction.correctedBy(), OffsetDateTime.now(clock))
                .update();
        return correction;
    }

    @Override
    public Optional<Correction> find(UUID tenantId, UUID subjectId, String kind) {
        return jdbc.sql("select * from text_correction where tenant_id = ? and subject_id = ? and kind = ?")
                .params(tenantId, subjectId, kind).query(MAPPER).optional();
    }

    @Override
    public List<Correction> all(UUID tenantId, String kind) {
        return jdbc.sql("select * from text_correction where tenant_id = ? and kind = ? order by corrected_at desc")
                .params(tenantId, kind).query(MAPPER).list();
    }
}
