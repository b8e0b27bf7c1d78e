package org.opencem.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Ids;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Scope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Survey definitions, their immutable published versions, and their public links. */
@Service
public class Surveys {

    public static final String CHANNEL_LINK = "LINK";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OrgUnits orgUnits;
    private final LiveSurveyCache cache;
    private final Clock clock;
    private final RowMapper<Survey> mapper;

    Surveys(JdbcClient jdbc, JsonMapper json, OrgUnits orgUnits, LiveSurveyCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.orgUnits = orgUnits;
        this.cache = cache;
        this.clock = clock;
        this.mapper = (rs, i) -> new Survey(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("name"), SurveyTemplate.valueOf(rs.getString("template")),
                rs.getObject("touchpoint_id", UUID.class), SurveyStatus.valueOf(rs.getString("status")),
                parse(rs.getString("draft_definition")), (Integer) rs.getObject("published_version"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    public Survey create(UUID tenantId, String name, SurveyTemplate template, UUID touchpointId, String touchpointName,
                         boolean withCsat) {
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        SurveyDefinition definition = template.definition(touchpointName, withCsat);
        jdbc.sql("""
                insert into survey (tenant_id, id, name, template, touchpoint_id, status, draft_definition,
                                    published_version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, null, ?, ?)""")
                .params(tenantId, id, name.trim(), template.name(), touchpointId, SurveyStatus.DRAFT.name(),
                        json.writeValueAsString(definition), now, now)
                .update();
        return get(tenantId, id);
    }

    public void updateDraft(UUID tenantId, UUID id, String name, UUID touchpointId, SurveyDefinition definition) {
        int updated = jdbc.sql("""
                update survey set name = ?, touchpoint_id = ?, draft_definition = ?, updated_at = ?
                where tenant_id = ? and id = ?""")
                .params(name.trim(), touchpointId, json.writeValueAsString(definition), OffsetDateTime.now(clock),
                        tenantId, id)
                .update();
        if (updated == 0) {
            throw new NotFoundException("Survey");
        }
    }

    /** Freezes the draft as the next version and opens the survey's links to it. */
    @Transactional
    public int publish(UUID tenantId, UUID id) {
        Survey survey = get(tenantId, id);
        int version = survey.publishedVersion() == null ? 1 : survey.publishedVersion() + 1;
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into survey_version (tenant_id, survey_id, version, definition, published_at) values (?, ?, ?, ?, ?)")
                .params(tenantId, id, version, json.writeValueAsString(survey.draft()), now).update();
        jdbc.sql("update survey set status = ?, published_version = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(SurveyStatus.PUBLISHED.name(), version, now, tenantId, id).update();
        cache.evictSurvey(id);
        return version;
    }

    /** Stops taking answers; the links then show a friendly "closed" page. */
    public void close(UUID tenantId, UUID id) {
        Survey survey = get(tenantId, id);
        if (survey.status() == SurveyStatus.PUBLISHED) {
            setStatus(tenantId, id, SurveyStatus.CLOSED);
        }
    }

    public void reopen(UUID tenantId, UUID id) {
        Survey survey = get(tenantId, id);
        if (survey.status() == SurveyStatus.CLOSED) {
            setStatus(tenantId, id, SurveyStatus.PUBLISHED);
        }
    }

    public Optional<Survey> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from survey where tenant_id = ? and id = ?").params(tenantId, id).query(mapper).optional();
    }

    public Survey get(UUID tenantId, UUID id) {
        return find(tenantId, id).orElseThrow(() -> new NotFoundException("Survey"));
    }

    public List<Survey> all(UUID tenantId) {
        return jdbc.sql("select * from survey where tenant_id = ? order by updated_at desc").param(tenantId).query(mapper).list();
    }

    public Optional<SurveyDefinition> publishedDefinition(UUID tenantId, UUID surveyId, int version) {
        return jdbc.sql("select definition from survey_version where tenant_id = ? and survey_id = ? and version = ?")
                .params(tenantId, surveyId, version).query(String.class).optional().map(this::parse);
    }

    /** The survey's public link for one org unit of the caller's scope, made on first request. */
    public SurveyLink link(Scope scope, UUID surveyId, UUID orgUnitId) {
        get(scope.tenantId(), surveyId);
        OrgUnit unit = orgUnits.get(scope, orgUnitId);
        Optional<SurveyLink> existing = findLink(scope.tenantId(), surveyId, unit.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            String token = Ids.newToken(10);
            jdbc.sql("""
                    insert into survey_link (token, tenant_id, survey_id, org_unit_id, channel, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(token, scope.tenantId(), surveyId, unit.id(), CHANNEL_LINK, OffsetDateTime.now(clock)).update();
            return new SurveyLink(token, surveyId, unit.id(), CHANNEL_LINK);
        } catch (DuplicateKeyException raced) {
            return findLink(scope.tenantId(), surveyId, unit.id()).orElseThrow();
        }
    }

    /** The links already made for this survey in the caller's scope. */
    public List<SurveyLink> links(Scope scope, UUID surveyId) {
        return jdbc.sql("select token, survey_id, org_unit_id, channel from survey_link where tenant_id = ? and survey_id = ?")
                .params(scope.tenantId(), surveyId)
                .query((rs, i) -> new SurveyLink(rs.getString("token"), rs.getObject("survey_id", UUID.class),
                        rs.getObject("org_unit_id", UUID.class), rs.getString("channel")))
                .list().stream().filter(link -> orgUnits.find(scope, link.orgUnitId()).isPresent()).toList();
    }

    /** What a public link shows, or empty for an unknown token or a survey never published. */
    public Optional<LiveSurvey> live(String token) {
        return cache.get(token, this::loadLive);
    }

    private Optional<LiveSurvey> loadLive(String token) {
        return jdbc.sql("""
                select l.token, l.tenant_id, l.survey_id, l.org_unit_id, l.channel, s.status, s.touchpoint_id,
                       v.version, v.definition, u.name as unit_name, t.name as brand_name
                from survey_link l
                join survey s on s.tenant_id = l.tenant_id and s.id = l.survey_id
                join survey_version v on v.tenant_id = s.tenant_id and v.survey_id = s.id and v.version = s.published_version
                join org_unit u on u.tenant_id = l.tenant_id and u.id = l.org_unit_id
                join tenant t on t.id = l.tenant_id
                where l.token = ?""")
                .param(token)
                .query((rs, i) -> new LiveSurvey(rs.getString("token"), rs.getObject("tenant_id", UUID.class),
                        rs.getObject("survey_id", UUID.class), rs.getInt("version"),
                        rs.getObject("touchpoint_id", UUID.class), rs.getObject("org_unit_id", UUID.class),
                        rs.getString("unit_name"), rs.getString("brand_name"), rs.getString("channel"),
                        SurveyStatus.PUBLISHED.name().equals(rs.getString("status")), parse(rs.getString("definition"))))
                .optional();
    }

    private Optional<SurveyLink> findLink(UUID tenantId, UUID surveyId, UUID orgUnitId) {
        return jdbc.sql("""
                select token, survey_id, org_unit_id, channel from survey_link
                where tenant_id = ? and survey_id = ? and org_unit_id = ? and channel = ?""")
                .params(tenantId, surveyId, orgUnitId, CHANNEL_LINK)
                .query((rs, i) -> new SurveyLink(rs.getString("token"), rs.getObject("survey_id", UUID.class),
                        rs.getObject("org_unit_id", UUID.class), rs.getString("channel")))
                .optional();
    }

    private void setStatus(UUID tenantId, UUID id, SurveyStatus status) {
        jdbc.sql("update survey set status = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(status.name(), OffsetDateTime.now(clock), tenantId, id).update();
        cache.evictSurvey(id);
    }

    private SurveyDefinition parse(String definition) {
        return json.readValue(definition, SurveyDefinition.class);
    }
}
