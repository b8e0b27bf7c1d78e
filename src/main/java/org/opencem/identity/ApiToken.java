package org.opencem.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal API token as its owner sees it later: never the token itself, only its first characters. */
public record ApiToken(UUID id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                       OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
