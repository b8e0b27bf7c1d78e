package org.opencem.signals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.feedback.Upserted;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Ids;
import org.opencem.platform.Scope;
import org.opencem.platform.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in batches of signals from every way in (files, the API, the topic). Each signal is
 * checked and mapped to a store in the caller's scope, a touchpoint and a time; the good ones are
 * written in one transaction: the original, and its feedback record through {@link FeedbackRecords#upsertAll}.
 * A signal sent again (same source and external id) updates both and never counts twice.
 */
@Service
public class SignalIntake {

    public static final int MAX_BATCH = 1000;
    static final int EXTERNAL_ID_MAX = 200;
    static final int TEXT_MAX = 20_000;
    static final int TITLE_MAX = 500;
    static final int NAME_MAX = 200;
    static final int CUSTOMER_MAX = 100;
    static final int CHANNEL_MAX = 16;

    private static final String INSERT = """
            insert into signal_record (tenant_id, id, source, external_id, org_unit_id, touchpoint_id, customer_id,
                                       occurred_at, rating, title, author, body, original, received_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            update signal_record set org_unit_id = ?, touchpoint_id = ?, customer_id = ?, occurred_at = ?, rating = ?,
                   title = ?, author = ?, body = ?, original = ?, received_at = ?
            where tenant_id = ? and id = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final FeedbackRecords feedback;
    private final OrgUnits orgUnits;
    private final List<TouchpointClassifier> classifiers;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    SignalIntake(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, FeedbackRecords feedback,
                 OrgUnits orgUnits, List<TouchpointClassifier> classifiers, JsonMapper json, Clock clock,
                 @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.feedback = feedback;
        this.orgUnits = orgUnits;
        this.classifiers = classifiers;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Takes a batch of at most {@value #MAX_BATCH} signals; stores lie in {@code scope}. Answers one
     * result per signal, in order: the bad ones with their reasons, while the good ones are stored.
     */
    public List<SignalResult> take(Scope scope, List<SignalInput> inputs) {
        if (inputs.size() > MAX_BATCH) {
            throw new IllegalArgumentException("At most " + MAX_BATCH + " signals per batch");
        }
        Map<String, OrgUnit> stores = orgUnits.visible(scope).stream()
                .collect(Collectors.toMap(u -> u.code().toLowerCase(Locale.ROOT), Function.identity()));
        SignalResult[] results = new SignalResult[inputs.size()];
        List<Checked> good = new ArrayList<>();
        Map<String, Integer> lastIndexOfKey = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            SignalInput input = inputs.get(i);
            if (input.source() != null && input.externalId() != null) {
                lastIndexOfKey.put(input.source() + "\u0000" + input.externalId().strip(), i);
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            SignalInput input = inputs.get(i);
            List<Violation> errors = new ArrayList<>();
            OrgUnit store = input.storeCode() == null ? null : stores.get(input.storeCode().strip().toLowerCase(Locale.ROOT));
            OffsetDateTime at = SignalTimes.parse(input.occurredAt(), zone).orElse(null);
            check(input, store, at, errors);
            if (errors.isEmpty()) {
                Integer later = lastIndexOfKey.get(input.source() + "\u0000" + input.externalId().strip());
                if (later != i) {
                    errors.add(Violation.of("externalId", "signals.error.repeatedLater", later + 1));
                }
            }
            if (errors.isEmpty()) {
                good.add(new Checked(i, input, store, at));
            } else {
                results[i] = SignalResult.rejected(i, input.externalId(), errors);
            }
        }
        if (!good.isEmpty()) {
            List<UUID> touchpoints = touchpoints(scope.tenantId(), good.stream().map(Checked::input).toList());
            List<SignalResult> stored;
            try {
                stored = store(scope.tenantId(), good, touchpoints);
            } catch (DuplicateKeyException sentAtTheSameTime) {
                // another batch stored one of these signals meanwhile: this time it is an update
                stored = store(scope.tenantId(), good, touchpoints);
            }
            stored.forEach(r -> results[r.index()] = r);
        }
        return List.of(results);
    }

    private static void check(SignalInput input, OrgUnit store, OffsetDateTime at, List<Violation> errors) {
        if (input.source() == null || input.source() == FeedbackSource.SURVEY) {
            errors.add(Violation.of("source", "signals.error.source"));
        }
        required(errors, "externalId", input.externalId(), EXTERNAL_ID_MAX);
        if (input.storeCode() == null || input.storeCode().isBlank()) {
            errors.add(Violation.of("store", "signals.error.required"));
        } else if (store == null) {
            errors.add(Violation.of("store", "signals.error.unknownStore", input.storeCode().strip()));
        }
        if (input.occurredAt() == null || input.occurredAt().isBlank()) {
            errors.add(Violation.of("occurredAt", "signals.error.required"));
        } else if (at == null) {
            errors.add(Violation.of("occurredAt", "signals.error.time", input.occurredAt().strip()));
        }
        if (input.rating() != null && (input.rating() < 1 || input.rating() > 5)) {
            errors.add(Violation.of("rating", "signals.error.rating"));
        }
        if (input.feedbackText() == null && input.rating() == null) {
            errors.add(Violation.of(input.turns().isEmpty() ? "text" : "turns",
                    input.turns().isEmpty() ? "signals.error.noText" : "signals.error.noCustomerTurn"));
        }
        optional(errors, "text", input.feedbackText(), TEXT_MAX);
        optional(errors, "title", input.title(), TITLE_MAX);
        optional(errors, "author", input.author(), NAME_MAX);
        optional(errors, "customerId", input.customerId(), CUSTOMER_MAX);
        optional(errors, "channel", input.channel(), CHANNEL_MAX);
        optional(errors, "language", input.language(), CHANNEL_MAX);
    }

    private static void required(List<Violation> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(Violation.of(field, "signals.error.required"));
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(List<Violation> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(Violation.of(field, "signals.error.tooLong", max));
        }
    }

    private List<UUID> touchpoints(UUID tenantId, List<SignalInput> inputs) {
        List<UUID> found = new ArrayList<>(Collections.nCopies(inputs.size(), null));
        for (TouchpointClassifier classifier : classifiers) {
            List<UUID> answers = classifier.touchpoints(tenantId, inputs);
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i) == null) {
                    found.set(i, answers.get(i));
                }
            }
        }
        return found;
    }

    private List<SignalResult> store(UUID tenantId, List<Checked> good, List<UUID> touchpoints) {
        return transaction.execute(status -> {
            Map<String, UUID> existing = existing(tenantId, good);
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            List<FeedbackRecord> records = new ArrayList<>(good.size());
            for (int i = 0; i < good.size(); i++) {
                Checked c = good.get(i);
                SignalInput in = c.input();
                UUID signalId = existing.get(c.key());
                String original = in.original() != null ? in.original() : json.writeValueAsString(in);
                UUID touchpoint = touchpoints.get(i);
                String customer = strip(in.customerId());
                if (signalId == null) {
                    signalId = Ids.newId();
                    inserts.add(new Object[] {tenantId, signalId, in.source().name(), in.externalId().strip(),
                            c.store().id(), touchpoint, customer, c.at(), in.rating(), strip(in.title()),
                            strip(in.author()), body(in), original, now});
                } else {
                    updates.add(new Object[] {c.store().id(), touchpoint, customer, c.at(), in.rating(), strip(in.title()),
                            strip(in.author()), body(in), original, now, tenantId, signalId});
                }
                records.add(new FeedbackRecord(tenantId, Ids.newId(), in.source(), signalId, c.store().id(), touchpoint,
                        channel(in), customer, c.at(), null, in.rating(), null, in.feedbackText(), strip(in.language()),
                        in.attributes(), null));
            }
            template.batchUpdate(INSERT, inserts);
            template.batchUpdate(UPDATE, updates);
            List<Upserted> upserted = feedback.upsertAll(records);
            List<SignalResult> results = new ArrayList<>(good.size());
            for (int i = 0; i < good.size(); i++) {
                Upserted u = upserted.get(i);
                results.add(new SignalResult(good.get(i).index(), good.get(i).input().externalId().strip(),
                        SignalResult.Status.valueOf(u.outcome().name()), u.record().sourceId(), u.record().id(), List.of()));
            }
            return results;
        });
    }

    /** The signals of the batch stored before, by source and external id: one query per source. */
    private Map<String, UUID> existing(UUID tenantId, List<Checked> good) {
        Map<String, UUID> ids = new HashMap<>();
        Map<FeedbackSource, List<String>> bySource = new LinkedHashMap<>();
        good.forEach(c -> bySource.computeIfAbsent(c.input().source(), s -> new ArrayList<>()).add(c.input().externalId().strip()));
        bySource.forEach((source, externalIds) -> {
            List<Object> params = new ArrayList<>(List.of(tenantId, source.name()));
            params.addAll(externalIds);
            jdbc.sql("select id, external_id from signal_record where tenant_id = ? and source = ? and external_id in ("
                            + String.join(", ", Collections.nCopies(externalIds.size(), "?")) + ")")
                    .params(params)
                    .query((rs, n) -> Map.entry(source.name() + "\u0000" + rs.getString("external_id"), rs.getObject("id", UUID.class)))
                    .list().forEach(e -> ids.put(e.getKey(), e.getValue()));
        });
        return ids;
    }

    /** The text as the list shows it, beside the title: a call's customer turns, else the text. */
    private static String body(SignalInput input) {
        return input.turns().isEmpty() ? strip(input.text()) : input.feedbackText();
    }

    /** The feedback channel: the site or platform it came from, else the kind of source. */
    private static String channel(SignalInput input) {
        String given = strip(input.channel());
        return given != null ? given : input.source().name().toLowerCase(Locale.ROOT);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Checked(int index, SignalInput input, OrgUnit store, OffsetDateTime at) {

        String key() {
            return input.source().name() + "\u0000" + input.externalId().strip();
        }
    }
}
