package org.opencem.organization;

import java.util.Locale;
import java.util.UUID;

public record Tenant(UUID id, String code, String name, Locale defaultLocale, int minSample) {
}
