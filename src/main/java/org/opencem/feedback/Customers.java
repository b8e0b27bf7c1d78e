package org.opencem.feedback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.opencem.platform.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's customer registry: respondents who left contact details, customers a CRM
 * imported, and the signed references that personal survey links carry. Customers belong to the
 * tenant, not to an org unit; people in the console reach them through the cases they may see.
 */
@Service
public class Customers {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 12;
    private static final RowMapper<Customer> MAPPER = (rs, i) -> new Customer(rs.getObject("tenant_id", UUID.class),
            rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("name"), rs.getString("email"),
            rs.getString("phone"), FeedbackJson.attributes(rs.getString("attributes")), rs.getBoolean("contact_consent"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Map<UUID, byte[]> keys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    Customers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Customer> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from customer where tenant_id = ? and id = ?").params(tenantId, id).query(MAPPER).optional();
    }

    public Optional<Customer> byExternalId(UUID tenantId, String externalId) {
        return jdbc.sql("select * from customer where tenant_id = ? and external_id = ?").params(tenantId, externalId)
                .query(MAPPER).optional();
    }

    /**
     * The customer a respondent is, found by email or phone, or made now; they agreed to be
     * contacted, so consent is recorded. Runs in the caller's transaction (the response's).
     */
    @Transactional
    public Customer linkContact(UUID tenantId, ContactDetails contact) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Customer> known = contact.email() != null
                ? jdbc.sql("select * from customer where tenant_id = ? and email = ? order by created_at fetch first 1 rows only")
                        .params(tenantId, contact.email()).query(MAPPER).optional()
                : Optional.empty();
        if (known.isEmpty() && contact.phone() != null) {
            known = jdbc.sql("select * from customer where tenant_id = ? and phone = ? order by created_at fetch first 1 rows only")
                    .params(tenantId, contact.phone()).query(MAPPER).optional();
        }
        if (known.isPresent()) {
            Customer found = known.get();
            jdbc.sql("""
                    update customer set name = coalesce(?, name), email = coalesce(?, email), phone = coalesce(?, phone),
                    contact_consent = true, consent_at = ?, updated_at = ? where tenant_id = ? and id = ?""")
                    .params(contact.name(), contact.email(), contact.phone(), now, now, tenantId, found.id()).update();
            return find(tenantId, found.id()).orElseThrow();
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into customer (tenant_id, id, external_id, name, email, phone, attributes, contact_consent,
                                      consent_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, null, true, ?, ?, ?)""")
                .params(tenantId, id, id.toString(), contact.name(), contact.email(), contact.phone(), now, now, now)
                .update();
        return find(tenantId, id).orElseThrow();
    }

    /** Creates or updates a customer by the tenant's own id: what a CRM import sends. */
    @Transactional
    public Customer save(UUID tenantId, String externalId, ContactDetails contact, Map<String, String> attributes,
                         boolean contactConsent) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String json = FeedbackJson.write(attributes == null ? Map.of() : new HashMap<>(attributes));
        int updated = jdbc.sql("""
                update customer set name = ?, email = ?, phone = ?, attributes = ?, contact_consent = ?,
                consent_at = case when ? then coalesce(consent_at, ?) end, updated_at = ?
                where tenant_id = ? and external_id = ?""")
                .params(contact.name(), contact.email(), contact.phone(), json, contactConsent, contactConsent, now, now,
                        tenantId, externalId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into customer (tenant_id, id, external_id, name, email, phone, attributes, contact_consent,
                                          consent_at, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, Ids.newId(), externalId, contact.name(), contact.email(), contact.phone(), json,
                            contactConsent, contactConsent ? now : null, now, now).update();
        }
        return byExternalId(tenantId, externalId).orElseThrow();
    }

    /** The {@code c} parameter of a personal link: the customer and case, signed with the tenant's key. */
    public String sign(UUID tenantId, PersonalRef ref) {
        String body = B64.encodeToString(bytes(ref.customerId()))
                + (ref.caseId() == null ? "" : "." + B64.encodeToString(bytes(ref.caseId())));
        return body + "." + B64.encodeToString(mac(tenantId, body));
    }

    /** The reference a link carries, if the signature holds for this tenant; anything else is ignored. */
    public Optional<PersonalRef> verify(UUID tenantId, String signed) {
        if (signed == null || signed.length() > 100) {
            return Optional.empty();
        }
        int lastDot = signed.lastIndexOf('.');
        if (lastDot <= 0) {
            return Optional.empty();
        }
        String body = signed.substring(0, lastDot);
        try {
            if (!MessageDigest.isEqual(mac(tenantId, body), B64_IN.decode(signed.substring(lastDot + 1)))) {
                return Optional.empty();
            }
            String[] parts = body.split("\\.");
            return Optional.of(new PersonalRef(uuid(parts[0]), parts.length > 1 ? uuid(parts[1]) : null));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(UUID tenantId, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(tenantId), "HmacSHA256"));
            byte[] full = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The tenant's signing key, made on first use in its own transaction; keys never change, so they are cached. */
    private byte[] key(UUID tenantId) {
        return keys.computeIfAbsent(tenantId, t -> {
            String secret = storedKey(t).orElseGet(() -> {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                try {
                    ownTransaction.executeWithoutResult(s -> jdbc.sql(
                            "insert into customer_link_key (tenant_id, secret, created_at) values (?, ?, ?)")
                            .params(t, B64.encodeToString(fresh), OffsetDateTime.now(clock)).update());
                } catch (DuplicateKeyException madeByAnotherInstance) {
                    // the other instance's key is the tenant's key; read it below
                }
                return storedKey(t).orElseThrow();
            });
            return B64_IN.decode(secret);
        });
    }

    private Optional<String> storedKey(UUID tenantId) {
        return jdbc.sql("select secret from customer_link_key where tenant_id = ?").param(tenantId).query(String.class).optional();
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static UUID uuid(String encoded) {
        byte[] raw = B64_IN.decode(encoded);
        if (raw.length != 16) {
            throw new IllegalArgumentException("Not an id");
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
