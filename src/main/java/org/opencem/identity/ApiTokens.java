package org.opencem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens, so integrations call {@code /api} as a user without that user's password.
 * A token acts with its owner's role and scope. Tokens are long and random, so a SHA-256 hash is
 * enough to store them and finds them in one indexed lookup.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ocm_";
    private static final int RANDOM_LENGTH = 40;
    /** How far behind "last used" may lag: a token is written once a minute at most, not on every call. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes a token for the signed-in user and returns it: the only time it can be read. */
    public String create(CurrentUser me, String name) {
        String token = PREFIX + Ids.newToken(RANDOM_LENGTH);
        jdbc.sql("""
                insert into api_token (tenant_id, id, user_id, name, token_hash, token_prefix, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(me.tenantId(), Ids.newId(), me.userId(), name.strip(), hash(token), token.substring(0, 10),
                        OffsetDateTime.now(clock))
                .update();
        return token;
    }

    public List<ApiToken> mine(CurrentUser me) {
        return jdbc.sql("select * from api_token where tenant_id = ? and user_id = ? order by created_at desc")
                .params(me.tenantId(), me.userId())
                .query((rs, i) -> new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("token_prefix"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    public void revoke(CurrentUser me, UUID id) {
        int updated = jdbc.sql("update api_token set revoked_at = ? where tenant_id = ? and user_id = ? and id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), me.tenantId(), me.userId(), id).update();
        if (updated == 0) {
            throw new NotFoundException("API token");
        }
    }

    /** The owner of an active token, noting when it was last used (to the minute). */
    Optional<Owner> owner(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Owner> owner = jdbc.sql("""
                select t.tenant_id, t.user_id from api_token t
                join app_user u on u.tenant_id = t.tenant_id and u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and u.active = true""")
                .param(hash)
                .query((rs, i) -> new Owner(rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class)))
                .optional();
        OffsetDateTime now = OffsetDateTime.now(clock);
        owner.ifPresent(o -> jdbc.sql("""
                        update api_token set last_used_at = ?
                        where token_hash = ? and (last_used_at is null or last_used_at < ?)""")
                .params(now, hash, now.minus(LAST_USED_PRECISION)).update());
        return owner;
    }

    record Owner(UUID tenantId, UUID userId) {
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
