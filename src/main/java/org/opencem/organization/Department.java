package org.opencem.organization;

import java.util.UUID;

/** A function that owns touchpoints and cases: store operations, kitchen, customer service… */
public record Department(UUID tenantId, UUID id, String code, String name) {
}
