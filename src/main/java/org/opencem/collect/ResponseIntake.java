package org.opencem.collect;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.feedback.ContactDetails;
import org.opencem.feedback.Customer;
import org.opencem.feedback.Customers;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.feedback.PersonalRef;
import org.opencem.survey.LiveSurvey;
import org.opencem.survey.Question;
import org.opencem.survey.QuestionType;
import org.opencem.survey.SurveyDefinition;
import org.opencem.platform.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot path of the product: validate, then one transaction writing the response, its
 * feedback record and the outbox row. Everything else happens behind, in batches.
 */
@Service
public class ResponseIntake {

    private static final String INSERT_RESPONSE = """
            insert into response (tenant_id, id, survey_id, survey_version, org_unit_id, touchpoint_id, channel,
                                  locale, answers, submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final FeedbackRecords feedback;
    private final Customers customers;
    private final JsonMapper json;
    private final Clock clock;

    private final TransactionTemplate transaction;

    ResponseIntake(JdbcTemplate jdbc, FeedbackRecords feedback, Customers customers, JsonMapper json, Clock clock,
                   TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.feedback = feedback;
        this.customers = customers;
        this.json = json;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * Validates and stores one respondent's answers. The form carries the response's id from the
     * page that showed it ({@value #RESPONSE_ID}), so a second tap on "submit" stores nothing twice.
     */
    public Submission submit(LiveSurvey survey, Map<String, String> form, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> answers = AnswerValidator.validate(survey.definition(), form, errors);
        PersonalRef personal = personalRef(survey, form);
        ContactDetails contact = personal == null ? ContactForm.read(form, errors) : null;
        if (!errors.isEmpty()) {
            return new Submission(null, errors);
        }
        Answered answered = new Answered(responseId(form), survey, answers, locale, OffsetDateTime.now(clock));
        try {
            transaction.executeWithoutResult(status -> {
                Customer customer = personal != null ? customers.find(survey.tenantId(), personal.customerId()).orElse(null)
                        : contact != null ? customers.linkContact(survey.tenantId(), contact) : null;
                feedback.recordWithSource(INSERT_RESPONSE, answered.responseRow(json),
                        answered.feedbackRecord(customer, personal == null ? null : personal.caseId()));
            });
        } catch (DuplicateKeyException alreadyStored) {
            // the same page submitted again: the first submit stored it
        }
        return new Submission(answered.id, Map.of());
    }

    /** The form field naming the response, so that resubmitting the same page is recognised. */
    public static final String RESPONSE_ID = "rid";

    /** The form field (and link parameter) carrying a personal link's signed customer reference. */
    public static final String PERSONAL_REF = "c";

    /** Whom a personal link was made for; a reference that does not verify leaves the answer anonymous. */
    public PersonalRef personalRef(LiveSurvey survey, Map<String, String> form) {
        String signed = form.get(PERSONAL_REF);
        return signed == null || signed.isBlank() ? null : customers.verify(survey.tenantId(), signed).orElse(null);
    }

    private static UUID responseId(Map<String, String> form) {
        try {
            String given = form.get(RESPONSE_ID);
            return given == null ? Ids.newId() : UUID.fromString(given);
        } catch (IllegalArgumentException notAnId) {
            return Ids.newId();
        }
    }

    /** Stores already validated answers in bulk, with their original times: for history and imports. */
    @Transactional
    public int importAnswered(List<HistoricalResponse> responses) {
        List<Object[]> rows = new ArrayList<>(responses.size());
        List<FeedbackRecord> records = new ArrayList<>(responses.size());
        for (HistoricalResponse response : responses) {
            Answered answered = new Answered(Ids.newId(), response.survey(), response.answers(), response.locale(),
                    response.submittedAt());
            rows.add(answered.responseRow(json));
            records.add(answered.feedbackRecord(null, null));
        }
        jdbc.batchUpdate(INSERT_RESPONSE, rows);
        feedback.recordAll(records);
        return rows.size();
    }

    /** A response given in the past, for {@link #importAnswered}. */
    public record HistoricalResponse(LiveSurvey survey, Map<String, Object> answers, Locale locale,
                                     OffsetDateTime submittedAt) {
    }

    private static final class Answered {

        final UUID id;
        final LiveSurvey survey;
        final Map<String, Object> answers;
        final Locale locale;
        final OffsetDateTime at;

        Answered(UUID id, LiveSurvey survey, Map<String, Object> answers, Locale locale, OffsetDateTime at) {
            this.id = id;
            this.survey = survey;
            this.answers = answers;
            this.locale = locale;
            this.at = at;
        }

        Object[] responseRow(JsonMapper json) {
            return new Object[] {survey.tenantId(), id, survey.surveyId(), survey.version(), survey.orgUnitId(),
                    survey.touchpointId(), survey.channel(), locale.toLanguageTag(), json.writeValueAsString(answers), at};
        }

        /** The feedback record, carrying the customer's id and attributes, and the case a follow-up answers. */
        FeedbackRecord feedbackRecord(Customer customer, UUID followedUpCase) {
            SurveyDefinition definition = survey.definition();
            Map<String, String> attributes = new java.util.HashMap<>();
            if (customer != null) {
                attributes.putAll(customer.recordAttributes());
            }
            if (followedUpCase != null) {
                attributes.put(PersonalRef.CASE_ATTRIBUTE, followedUpCase.toString());
            }
            String comment = definition.questions().stream().filter(q -> q.type() == QuestionType.TEXT)
                    .map(Question::key).map(answers::get).filter(v -> v != null).map(Object::toString)
                    .collect(Collectors.joining("\n"));
            return new FeedbackRecord(survey.tenantId(), Ids.newId(), FeedbackSource.SURVEY, id, survey.orgUnitId(),
                    survey.touchpointId(), survey.channel(), customer == null ? null : customer.externalId(), at,
                    score(definition, QuestionType.NPS), score(definition, QuestionType.CSAT), null,
                    comment.isEmpty() ? null : comment, locale.toLanguageTag(), attributes, null);
        }

        private Integer score(SurveyDefinition definition, QuestionType type) {
            return definition.question(type).map(q -> (Integer) answers.get(q.key())).orElse(null);
        }
    }
}
