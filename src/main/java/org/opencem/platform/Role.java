package org.opencem.platform;

/** What a user may do; what they may see is their {@link Scope}. */
public enum Role {
    TENANT_ADMIN,
    CX_MANAGER,
    ANALYST,
    UNIT_MANAGER,
    CASE_HANDLER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean managesConfiguration() {
        return this == TENANT_ADMIN || this == CX_MANAGER;
    }

    public String messageKey() {
        return "role." + name();
    }
}
