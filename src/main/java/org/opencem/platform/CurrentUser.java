package org.opencem.platform;

import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;

/** The signed-in person, as every module sees them. Controllers take it as a parameter. */
public record CurrentUser(UUID tenantId, UUID userId, String username, String displayName,
                          Role role, Scope scope, Locale locale) implements Serializable {

    public boolean managesConfiguration() {
        return role.managesConfiguration();
    }

    public boolean isAdmin() {
        return role == Role.TENANT_ADMIN;
    }
}
