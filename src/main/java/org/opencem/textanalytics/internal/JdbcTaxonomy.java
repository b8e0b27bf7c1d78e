package org.opencem.textanalytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.textanalytics.LabeledText;
import org.opencem.textanalytics.ModelInfo;
import org.opencem.textanalytics.Taxonomy;
import org.opencem.textanalytics.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxonomy in tables, seeded from {@link DefaultTaxonomy} the first time a tenant's is read. */
@Service
class JdbcTaxonomy implements Taxonomy {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,30}(\\.[a-z][a-z0-9_]{0,30}){0,3}");
    private static final Duration RECHECK = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(JdbcTaxonomy.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate seeding;
    private final Clock clock;
    private final ModelStore models;
    private final Map<UUID, Compiled> compiled = new ConcurrentHashMap<>();

    JdbcTaxonomy(JdbcClient jdbc, Clock clock, ModelStore models, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.seeding = new TransactionTemplate(transactions);
        this.seeding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.models = models;
    }

    /** A tenant's topics ready for matching, with when they were read. */
    record Compiled(Map<String, Topic> byCode, KeywordMatcher<String> keywords, long readAtNanos) {
    }

    @Override
    @Transactional
    public List<Topic> topics(UUID tenantId) {
        seedOnce(tenantId);
        Map<String, Topic> byCode = new LinkedHashMap<>();
        Map<String, List<String>> zh = new HashMap<>();
        Map<String, List<String>> en = new HashMap<>();
        jdbc.sql("select topic_code, lang, keyword from text_topic_keyword where tenant_id = ? order by keyword")
                .param(tenantId)
                .query((rs, i) -> {
                    (rs.getString("lang").equals("zh") ? zh : en)
                            .computeIfAbsent(rs.getString("topic_code"), c -> new ArrayList<>()).add(rs.getString("keyword"));
                    return null;
                }).list();
        jdbc.sql("select code, parent_code, name_zh, name_en from text_topic where tenant_id = ? order by code")
                .param(tenantId)
                .query((rs, i) -> new Topic(rs.getString("code"), rs.getString("parent_code"), rs.getString("name_zh"),
                        rs.getString("name_en"), zh.getOrDefault(rs.getString("code"), List.of()),
                        en.getOrDefault(rs.getString("code"), List.of())))
                .list().forEach(t -> byCode.put(t.code(), t));
        // ordered by code, a parent ("service") always comes right before its children ("service.speed")
        return byCode.values().stream().sorted(Comparator.comparing(Topic::code)).toList();
    }

    @Override
    @Transactional
    public Topic save(UUID tenantId, Topic topic) {
        seedOnce(tenantId);
        String code = topic.code() == null ? "" : topic.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw InvalidInputException.of("code", "text.topic.code.invalid");
        }
        if (topic.nameZh() == null || topic.nameZh().isBlank() || topic.nameEn() == null || topic.nameEn().isBlank()) {
            throw InvalidInputException.of(topic.nameZh() == null || topic.nameZh().isBlank() ? "nameZh" : "nameEn",
                    "text.topic.name.required");
        }
        int dot = code.lastIndexOf('.');
        String parent = dot < 0 ? null : code.substring(0, dot);
        if (parent != null && !exists(tenantId, parent)) {
            throw InvalidInputException.of("code", "text.topic.parent.missing", parent);
        }
        Topic clean = new Topic(code, parent, topic.nameZh().strip(), topic.nameEn().strip(),
                keywords(topic.keywordsZh()), keywords(topic.keywordsEn()));
        if (exists(tenantId, code)) {
            jdbc.sql("update text_topic set name_zh = ?, name_en = ? where tenant_id = ? and code = ?")
                    .params(clean.nameZh(), clean.nameEn(), tenantId, code).update();
            jdbc.sql("delete from text_topic_keyword where tenant_id = ? and topic_code = ?").params(tenantId, code).update();
        } else {
            jdbc.sql("insert into text_topic (tenant_id, code, parent_code, name_zh, name_en) values (?, ?, ?, ?, ?)")
                    .params(tenantId, code, parent, clean.nameZh(), clean.nameEn()).update();
        }
        insertKeywords(tenantId, clean);
        compiled.remove(tenantId);
        return clean;
    }

    @Override
    @Transactional
    public void delete(UUID tenantId, String code) {
        if (!exists(tenantId, code)) {
            throw new NotFoundException("topic " + code);
        }
        String subtree = code + ".%";
        jdbc.sql("delete from text_topic_keyword where tenant_id = ? and (topic_code = ? or topic_code like ?)")
                .params(tenantId, code, subtree).update();
        jdbc.sql("delete from text_topic where tenant_id = ? and (code = ? or code like ?)")
                .params(tenantId, code, subtree).update();
        compiled.remove(tenantId);
    }

    @Override
    public ModelInfo trainClassifier(UUID tenantId, List<LabeledText> examples) {
        return models.train(tenantId, ModelInfo.TOPIC, examples);
    }

    /** The tenant's topics compiled for matching; re-read after an edit here or every few seconds. */
    Compiled compiled(UUID tenantId) {
        Compiled current = compiled.get(tenantId);
        if (current != null && System.nanoTime() - current.readAtNanos() < RECHECK.toNanos()) {
            return current;
        }
        Map<String, Topic> byCode = new LinkedHashMap<>();
        Map<String, List<String>> keywordTopics = new HashMap<>();
        for (Topic topic : topics(tenantId)) {
            byCode.put(topic.code(), topic);
            List<String> all = new ArrayList<>(topic.keywordsZh());
            all.addAll(topic.keywordsEn());
            all.forEach(k -> keywordTopics.computeIfAbsent(k, x -> new ArrayList<>()).add(topic.code()));
        }
        Compiled fresh = new Compiled(byCode, new KeywordMatcher<>(keywordTopics), System.nanoTime());
        compiled.put(tenantId, fresh);
        return fresh;
    }

    private boolean exists(UUID tenantId, String code) {
        return jdbc.sql("select count(*) from text_topic where tenant_id = ? and code = ?")
                .params(tenantId, code).query(Integer.class).single() > 0;
    }

    /**
     * Seeds the default taxonomy in a short transaction of its own, so that a long one (a
     * dispatch batch) holds no lock on the tenant's seed row while it analyses.
     */
    private void seedOnce(UUID tenantId) {
        boolean seeded = jdbc.sql("select count(*) from text_taxonomy_seeded where tenant_id = ?")
                .param(tenantId).query(Integer.class).single() > 0;
        if (seeded) {
            return;
        }
        try {
            seeding.executeWithoutResult(status -> {
                int claimed = jdbc.sql("insert into text_taxonomy_seeded (tenant_id, seeded_at) values (?, ?) on conflict do nothing")
                        .params(tenantId, OffsetDateTime.now(clock)).update();
                if (claimed == 0) {
                    return;
                }
                for (Topic topic : DefaultTaxonomy.TOPICS) {
                    jdbc.sql("insert into text_topic (tenant_id, code, parent_code, name_zh, name_en) values (?, ?, ?, ?, ?)")
                            .params(tenantId, topic.code(), topic.parentCode(), topic.nameZh(), topic.nameEn()).update();
                    insertKeywords(tenantId, topic);
                }
            });
        } catch (DataAccessException anotherTransactionSeeds) {
            // H2 reports the same key inserted at once as a conflict instead of doing nothing
            log.debug("Taxonomy of {} seeded concurrently", tenantId, anotherTransactionSeeds);
        }
    }

    private void insertKeywords(UUID tenantId, Topic topic) {
        topic.keywordsZh().forEach(k -> insertKeyword(tenantId, topic.code(), "zh", k));
        topic.keywordsEn().forEach(k -> insertKeyword(tenantId, topic.code(), "en", k));
    }

    private void insertKeyword(UUID tenantId, String code, String lang, String keyword) {
        jdbc.sql("insert into text_topic_keyword (tenant_id, topic_code, lang, keyword) values (?, ?, ?, ?)")
                .params(tenantId, code, lang, keyword).update();
    }

    private static List<String> keywords(List<String> raw) {
        return raw.stream().map(String::strip).filter(k -> !k.isEmpty() && k.length() <= 100).distinct().toList();
    }
}
