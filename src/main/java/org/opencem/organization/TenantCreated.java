package org.opencem.organization;

import java.util.Locale;
import java.util.UUID;

/** A tenant was just created: modules give it their defaults (the actions module its alert rules). */
public record TenantCreated(UUID tenantId, Locale defaultLocale) {
}
