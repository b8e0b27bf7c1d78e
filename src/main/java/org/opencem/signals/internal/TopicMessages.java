package org.opencem.signals.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.organization.Tenant;
import org.opencem.organization.Tenants;
import org.opencem.platform.Ids;
import org.opencem.platform.Scope;
import org.opencem.platform.Violation;
import org.opencem.signals.SignalIntake;
import org.opencem.signals.SignalResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes one message of the signals topic: a signal as JSON (as over the API) with the tenant's
 * code in {@code "tenant"}. A message that cannot be taken in (not JSON, unknown tenant, a bad
 * field) becomes a dead letter under its tenant, shown in the console with its reason, where it
 * can be retried or dismissed. Failures of the database are not the message's fault: they are
 * thrown, and the listener's container tries the message again.
 */
@Service
public class TopicMessages {

    private static final Logger log = LoggerFactory.getLogger(TopicMessages.class);
    /** Where a message naming no known tenant is kept: no tenant's console shows it, the log does. */
    static final UUID NO_TENANT = new UUID(0, 0);
    static final int REASON_MAX = 2000;
    private static final Violation NOT_JSON = Violation.of(null, "signals.dead.why.notJson");
    private static final Violation NOT_AN_OBJECT = Violation.of(null, "signals.dead.why.notObject");
    private static final Violation NOT_A_SIGNAL = Violation.of(null, "signals.dead.why.notSignal");
    private static final Violation TENANT_CHANGED = Violation.of("tenant", "signals.dead.why.tenantChanged");

    private final SignalIntake intake;
    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    TopicMessages(SignalIntake intake, Tenants tenants, JdbcClient jdbc, JsonMapper json, MessageSource messages,
                  Clock clock) {
        this.intake = intake;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** A message is known to the log by where it came from: topic, partition and offset. */
    public record Origin(String topic, int partition, long offset) {
    }

    public void take(Origin origin, String payload) {
        Outcome outcome = attempt(payload);
        if (outcome.reason() != null) {
            UUID tenantId = outcome.tenantId().orElse(NO_TENANT);
            if (outcome.tenantId().isEmpty()) {
                log.warn("Signal message at {}-{}@{} names no known tenant: {}", origin.topic(), origin.partition(),
                        origin.offset(), outcome.reason());
            }
            jdbc.sql("""
                            insert into signal_dead_letter (tenant_id, id, topic, partition_no, offset_no, payload, reason,
                                                            reason_keys, received_at, attempts)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(tenantId, Ids.newId(), origin.topic(), origin.partition(), origin.offset(),
                            payload == null ? "" : payload, clip(outcome.reason()), reasonKeys(outcome.reasons()),
                            OffsetDateTime.now(clock))
                    .update();
        }
    }

    public List<DeadLetter> deadLetters(UUID tenantId, int limit) {
        return jdbc.sql("select * from signal_dead_letter where tenant_id = ? order by received_at desc fetch first "
                        + limit + " rows only")
                .param(tenantId).query((rs, i) -> new DeadLetter(rs.getObject("id", UUID.class), rs.getString("topic"),
                        rs.getInt("partition_no"), rs.getLong("offset_no"), rs.getString("payload"), rs.getString("reason"),
                        reasons(rs.getString("reason_keys")), rs.getObject("received_at", OffsetDateTime.class), rs.getInt("attempts")))
                .list();
    }

    public int deadLetterCount(UUID tenantId) {
        return jdbc.sql("select count(*) from signal_dead_letter where tenant_id = ?").param(tenantId)
                .query(Integer.class).single();
    }

    /**
     * Takes a dead letter's message in again (after the store it names was created, say): gone
     * when it works, else kept with the new reason. Only a message of the caller's own tenant.
     */
    public boolean retry(UUID tenantId, UUID id) {
        Optional<String> payload = jdbc.sql("select payload from signal_dead_letter where tenant_id = ? and id = ?")
                .params(tenantId, id).query(String.class).optional();
        if (payload.isEmpty()) {
            return false;
        }
        Outcome outcome = attempt(payload.get());
        if (outcome.reason() == null && outcome.tenantId().filter(tenantId::equals).isPresent()) {
            dismiss(tenantId, id);
            return true;
        }
        Outcome kept = outcome.reason() == null ? Outcome.failed(outcome.tenantId(), "Tenant changed", TENANT_CHANGED) : outcome;
        jdbc.sql("""
                        update signal_dead_letter set reason = ?, reason_keys = ?, attempts = attempts + 1
                        where tenant_id = ? and id = ?""")
                .params(clip(kept.reason()), reasonKeys(kept.reasons()), tenantId, id).update();
        return false;
    }

    public void dismiss(UUID tenantId, UUID id) {
        jdbc.sql("delete from signal_dead_letter where tenant_id = ? and id = ?").params(tenantId, id).update();
    }

    /**
     * The tenant the message names (if known) and, when it was not taken in, why not: the raw
     * detail in English and the reasons as message keys.
     */
    private record Outcome(Optional<UUID> tenantId, String reason, List<Violation> reasons) {

        static Outcome taken(UUID tenantId) {
            return new Outcome(Optional.of(tenantId), null, List.of());
        }

        static Outcome failed(Optional<UUID> tenantId, String reason, Violation why) {
            return new Outcome(tenantId, reason, List.of(why));
        }
    }

    private Outcome attempt(String payload) {
        JsonNode node;
        try {
            node = json.readTree(payload == null ? "" : payload);
        } catch (JacksonException notJson) {
            return Outcome.failed(Optional.empty(), "Not JSON: " + notJson.getOriginalMessage(), NOT_JSON);
        }
        if (node == null || !node.isObject()) {
            return Outcome.failed(Optional.empty(), "Not a JSON object", NOT_AN_OBJECT);
        }
        String code = node.path("tenant").asString("");
        Optional<Tenant> tenant = code.isBlank() ? Optional.empty() : tenants.findByCode(code.strip());
        if (tenant.isEmpty()) {
            return Outcome.failed(Optional.empty(), "Unknown tenant: \"" + code + "\"",
                    Violation.of("tenant", "signals.dead.why.unknownTenant", code));
        }
        UUID tenantId = tenant.get().id();
        SignalPayload signal;
        try {
            signal = json.treeToValue(node, SignalPayload.class);
        } catch (JacksonException badField) {
            return Outcome.failed(Optional.of(tenantId), "Not a signal: " + badField.getOriginalMessage(), NOT_A_SIGNAL);
        }
        Scope wholeTenant = new Scope(tenantId, List.of("/"));
        SignalResult result = intake.take(wholeTenant, List.of(signal.toInput(payload))).get(0);
        if (!result.rejected()) {
            return Outcome.taken(tenantId);
        }
        return new Outcome(Optional.of(tenantId), result.errors().stream()
                .map(v -> v.field() + ": " + messages.getMessage(v.messageKey(), v.argsArray(), v.messageKey(), Locale.ENGLISH))
                .collect(Collectors.joining("; ")), result.errors());
    }

    private String reasonKeys(List<Violation> reasons) {
        String encoded = json.writeValueAsString(reasons);
        // a reason too long to keep as keys is still shown by its raw detail
        return encoded.length() > REASON_MAX * 2 ? null : encoded;
    }

    private List<Violation> reasons(String encoded) {
        if (encoded == null) {
            return List.of();
        }
        return List.of(json.readValue(encoded, Violation[].class));
    }

    private static String clip(String reason) {
        return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
    }
}
