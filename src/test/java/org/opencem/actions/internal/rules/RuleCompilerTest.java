package org.opencem.actions.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencem.actions.ConditionGroup;
import org.opencem.actions.ConditionOperator;
import org.opencem.actions.ConditionType;
import org.opencem.actions.RuleCondition;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackSource;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.UnitType;
import org.opencem.platform.Violation;
import org.opencem.textanalytics.Sentiment;
import org.opencem.textanalytics.TextInsight;

/** Each condition type, all-of and any-of, and the rules that can never match, without a database. */
class RuleCompilerTest {

    static final UUID TENANT = UUID.randomUUID();
    static final OrgUnit HQ = unit("HQ", null, "/hq/");
    static final OrgUnit EAST = unit("EAST", HQ, "/hq/east/");
    static final OrgUnit STORE_A = unit("S001", EAST, "/hq/east/a/");
    static final OrgUnit STORE_C = unit("S003", HQ, "/hq/c/");
    static final UUID DINING = UUID.randomUUID();
    static final UUID SERVING = UUID.randomUUID();
    static final RuleContext CONTEXT = new RuleContext(TENANT,
            Map.of(HQ.id(), HQ, EAST.id(), EAST, STORE_A.id(), STORE_A, STORE_C.id(), STORE_C),
            Map.of(DINING, "就餐", SERVING, "上菜"), Set.of("nps", "reason", "visit_reason"));

    @Test
    void scoresWithEachOperator() {
        assertThat(matches(cond(ConditionType.SCORE, "NPS", ConditionOperator.LE, "6"), record(6), record(7), record(null)))
                .containsExactly(true, false, false);
        assertThat(matches(cond(ConditionType.SCORE, "NPS", ConditionOperator.GE, "9"), record(9), record(8))).containsExactly(true, false);
        assertThat(matches(cond(ConditionType.SCORE, "NPS", ConditionOperator.EQ, "0"), record(0), record(1))).containsExactly(true, false);
        RuleCondition between = new RuleCondition(ConditionType.SCORE, "NPS", ConditionOperator.BETWEEN, "3", "5", null);
        assertThat(matches(between, record(2), record(3), record(5), record(6))).containsExactly(false, true, true, false);
        FeedbackRecord unhappy = with(record(8), null, 2, 6, null, Map.of());
        assertThat(matches(cond(ConditionType.SCORE, "CSAT", ConditionOperator.LE, "2"), unhappy, record(8))).containsExactly(true, false);
        assertThat(matches(cond(ConditionType.SCORE, "CES", ConditionOperator.GE, "6"), unhappy)).containsExactly(true);
    }

    @Test
    void chosenOptionsAndCustomerAttributes() {
        FeedbackRecord vip = with(record(5), null, null, null, null,
                Map.of("answer.visit_reason", "Birthday", "customer.vip", "true", "customer.member_since", "2019-05-02"));
        FeedbackRecord walkIn = with(record(5), null, null, null, null, Map.of("customer.member_since", "2023-01-10T08:00:00Z"));
        assertThat(matches(new RuleCondition(ConditionType.ANSWER, "visit_reason", null, "birthday", null, null), vip, walkIn))
                .containsExactly(true, false);
        assertThat(matches(cond(ConditionType.CUSTOMER, "vip", ConditionOperator.EQ, "TRUE"), vip, walkIn)).containsExactly(true, false);
        assertThat(matches(cond(ConditionType.CUSTOMER, "vip", ConditionOperator.NE, "true"), vip, walkIn)).containsExactly(false, true);
        assertThat(matches(cond(ConditionType.CUSTOMER, "member_since", ConditionOperator.BEFORE, "2020-01-01"), vip, walkIn))
                .containsExactly(true, false);
        assertThat(matches(cond(ConditionType.CUSTOMER, "member_since", ConditionOperator.AFTER, "2020-01-01"), vip, walkIn))
                .containsExactly(false, true);
    }

    @Test
    void sentimentAndTopicsFromTheInsight() {
        FeedbackRecord angry = with(record(3), null, null, null, insight(Sentiment.NEGATIVE, -0.8, "service.speed"), Map.of());
        FeedbackRecord mild = with(record(7), null, null, null, insight(Sentiment.NEUTRAL, -0.1, "food.taste"), Map.of());
        FeedbackRecord notAnalysed = record(3);
        assertThat(matches(cond(ConditionType.SENTIMENT, null, ConditionOperator.EQ, "negative"), angry, mild, notAnalysed))
                .containsExactly(true, false, false);
        assertThat(matches(cond(ConditionType.SENTIMENT, null, ConditionOperator.LE, "-0.5"), angry, mild, notAnalysed))
                .containsExactly(true, false, false);
        assertThat(matches(values(ConditionType.TOPIC, "service"), angry, mild)).containsExactly(true, false);
        assertThat(matches(values(ConditionType.TOPIC, "service.speed", "food.taste"), angry, mild)).containsExactly(true, true);
        assertThat(matches(values(ConditionType.TOPIC, "service.sp"), angry)).containsExactly(false);
    }

    @Test
    void keywordsInChineseAndEnglishIgnoringCase() {
        FeedbackRecord zh = withComment("桌子很脏，服务员态度差");
        FeedbackRecord en = withComment("The waiter was RUDE and the table dirty");
        FeedbackRecord prudent = withComment("A prudent choice of wine");
        RuleCondition anyOf = new RuleCondition(ConditionType.KEYWORDS, null, ConditionOperator.ANY, null, null, List.of("脏", "rude"));
        assertThat(matches(anyOf, zh, en, prudent, record(3))).containsExactly(true, true, false, false);
        RuleCondition allOf = new RuleCondition(ConditionType.KEYWORDS, null, ConditionOperator.ALL, null, null, List.of("Dirty", "rude"));
        assertThat(matches(allOf, zh, en)).containsExactly(false, true);
        RuleCondition bothZh = new RuleCondition(ConditionType.KEYWORDS, null, ConditionOperator.ALL, null, null, List.of("脏", "态度"));
        assertThat(matches(bothZh, zh, en)).containsExactly(true, false);
    }

    @Test
    void channelSourceUnitSubtreeAndTouchpoint() {
        FeedbackRecord inA = record(5);
        FeedbackRecord inC = new FeedbackRecord(TENANT, UUID.randomUUID(), FeedbackSource.REVIEW, UUID.randomUUID(), STORE_C.id(),
                SERVING, "qr", null, OffsetDateTime.now(), null, null, null, "ok", "zh", Map.of(), null);
        assertThat(matches(values(ConditionType.CHANNEL, "QR"), inA, inC)).containsExactly(false, true);
        assertThat(matches(values(ConditionType.SOURCE, "REVIEW", "CALL"), inA, inC)).containsExactly(false, true);
        assertThat(matches(values(ConditionType.UNIT, EAST.id().toString()), inA, inC)).containsExactly(true, false);
        assertThat(matches(values(ConditionType.UNIT, HQ.id().toString()), inA, inC)).containsExactly(true, true);
        assertThat(matches(values(ConditionType.TOUCHPOINT, DINING.toString()), inA, inC)).containsExactly(true, false);
    }

    @Test
    void allOfAndAnyOf() {
        RuleCondition detractor = cond(ConditionType.SCORE, "NPS", ConditionOperator.LE, "6");
        RuleCondition dirty = new RuleCondition(ConditionType.KEYWORDS, null, ConditionOperator.ANY, null, null, List.of("脏"));
        FeedbackRecord dirtyDetractor = with(withComment("很脏"), 4);
        FeedbackRecord dirtyPassive = with(withComment("有点脏"), 8);
        FeedbackRecord cleanDetractor = with(withComment("太慢了"), 2);
        ConditionGroup all = new ConditionGroup(ConditionGroup.Match.ALL, List.of(detractor, dirty), List.of());
        ConditionGroup any = new ConditionGroup(ConditionGroup.Match.ANY, List.of(detractor, dirty), List.of());
        var both = RuleCompiler.compile(all, CONTEXT).predicate();
        var either = RuleCompiler.compile(any, CONTEXT).predicate();
        assertThat(List.of(both.test(dirtyDetractor), both.test(dirtyPassive), both.test(cleanDetractor))).containsExactly(true, false, false);
        assertThat(List.of(either.test(dirtyDetractor), either.test(dirtyPassive), either.test(cleanDetractor))).containsExactly(true, true, true);
        ConditionGroup nested = new ConditionGroup(ConditionGroup.Match.ALL, List.of(values(ConditionType.UNIT, EAST.id().toString())),
                List.of(any));
        assertThat(RuleCompiler.compile(nested, CONTEXT).predicate().test(dirtyPassive)).isTrue();
    }

    @Test
    void impossibleRangesAreBroken() {
        assertThat(problems(cond(ConditionType.SCORE, "NPS", ConditionOperator.LE, "-1")))
                .containsExactly("conditions[0]:rules.broken.scoreRange");
        assertThat(problems(cond(ConditionType.SCORE, "CSAT", ConditionOperator.GE, "6")))
                .containsExactly("conditions[0]:rules.broken.scoreRange");
        assertThat(problems(new RuleCondition(ConditionType.SCORE, "NPS", ConditionOperator.BETWEEN, "7", "3", null)))
                .containsExactly("conditions[0]:rules.broken.scoreRange");
        assertThat(problems(cond(ConditionType.SCORE, "NPS", ConditionOperator.GE, "8"), cond(ConditionType.SCORE, "NPS", ConditionOperator.LE, "3")))
                .containsExactly("conditions[1]:rules.broken.contradiction");
        assertThat(problems(cond(ConditionType.SENTIMENT, null, ConditionOperator.EQ, "NEGATIVE"),
                cond(ConditionType.SENTIMENT, null, ConditionOperator.EQ, "POSITIVE")))
                .containsExactly("conditions[1]:rules.broken.sentimentContradiction");
        assertThat(problems(cond(ConditionType.SENTIMENT, null, ConditionOperator.LE, "-0.5"),
                cond(ConditionType.SENTIMENT, null, ConditionOperator.GE, "0")))
                .containsExactly("conditions[1]:rules.broken.sentimentContradiction");
        assertThat(problems(cond(ConditionType.SENTIMENT, null, ConditionOperator.LE, "-2")))
                .containsExactly("conditions[0]:rules.broken.sentimentRange");
        ConditionGroup anyOf = new ConditionGroup(ConditionGroup.Match.ANY, List.of(cond(ConditionType.SCORE, "NPS", ConditionOperator.GE, "8"),
                cond(ConditionType.SCORE, "NPS", ConditionOperator.LE, "3")), List.of());
        assertThat(RuleCompiler.compile(anyOf, CONTEXT).problems()).isEmpty();
        assertThat(problems(cond(ConditionType.SCORE, "NPS", ConditionOperator.LE, "6"), cond(ConditionType.SCORE, "NPS", ConditionOperator.GE, "0")))
                .isEmpty();
    }

    @Test
    void referencesToWhatNoLongerExistsAreBroken() {
        assertThat(problems(values(ConditionType.TOUCHPOINT, UUID.randomUUID().toString())))
                .containsExactly("conditions[0]:rules.broken.unknownTouchpoint");
        assertThat(problems(values(ConditionType.UNIT, STORE_A.id().toString(), UUID.randomUUID().toString())))
                .containsExactly("conditions[0]:rules.broken.unknownUnit");
        assertThat(problems(new RuleCondition(ConditionType.ANSWER, "removed_question", null, "x", null, null)))
                .containsExactly("conditions[0]:rules.broken.unknownQuestion");
    }

    private static List<String> problems(RuleCondition... conditions) {
        return RuleCompiler.compile(new ConditionGroup(ConditionGroup.Match.ALL, List.of(conditions), List.of()), CONTEXT).problems()
                .stream().map((Violation v) -> v.field() + ":" + v.messageKey()).toList();
    }

    private static List<Boolean> matches(RuleCondition condition, FeedbackRecord... records) {
        RuleCompiler.Compiled compiled = RuleCompiler.compile(new ConditionGroup(ConditionGroup.Match.ALL, List.of(condition), List.of()),
                CONTEXT);
        assertThat(compiled.problems()).isEmpty();
        return Arrays.stream(records).map(compiled.predicate()::test).toList();
    }

    private static RuleCondition cond(ConditionType type, String field, ConditionOperator operator, String value) {
        return new RuleCondition(type, field, operator, value, null, null);
    }

    private static RuleCondition values(ConditionType type, String... values) {
        return new RuleCondition(type, null, null, null, null, List.of(values));
    }

    private static FeedbackRecord record(Integer nps) {
        return new FeedbackRecord(TENANT, UUID.randomUUID(), FeedbackSource.SURVEY, UUID.randomUUID(), STORE_A.id(), DINING, "LINK",
                null, OffsetDateTime.now(), nps, null, null, null, "zh", Map.of(), null);
    }

    private static FeedbackRecord withComment(String comment) {
        FeedbackRecord r = record(5);
        return new FeedbackRecord(TENANT, r.id(), r.source(), r.sourceId(), r.orgUnitId(), r.touchpointId(), r.channel(), null,
                r.occurredAt(), r.nps(), null, null, comment, "zh", Map.of(), null);
    }

    private static FeedbackRecord with(FeedbackRecord r, int nps) {
        return new FeedbackRecord(TENANT, r.id(), r.source(), r.sourceId(), r.orgUnitId(), r.touchpointId(), r.channel(), null,
                r.occurredAt(), nps, r.csat(), r.ces(), r.comment(), "zh", r.attributes(), r.insight());
    }

    private static FeedbackRecord with(FeedbackRecord r, Integer nps, Integer csat, Integer ces, TextInsight insight,
                                       Map<String, String> attributes) {
        return new FeedbackRecord(TENANT, r.id(), r.source(), r.sourceId(), r.orgUnitId(), r.touchpointId(), r.channel(), null,
                r.occurredAt(), nps == null ? r.nps() : nps, csat, ces, r.comment(), "zh", attributes, insight);
    }

    private static TextInsight insight(Sentiment sentiment, double score, String topic) {
        return new TextInsight("zh", sentiment, score, List.of(topic), List.of(), Set.of(), List.of());
    }

    private static OrgUnit unit(String code, OrgUnit parent, String path) {
        return new OrgUnit(TENANT, UUID.randomUUID(), code, code, UnitType.STORE, parent == null ? null : parent.id(), path,
                parent == null ? 0 : parent.depth() + 1);
    }
}
