package org.opencem.identity.web;

import java.util.List;
import java.util.UUID;

import org.opencem.identity.UserAccount;
import org.opencem.platform.Role;

/** What the user form posts, kept as typed so a form with errors shows it again. Password is never echoed. */
record UserForm(String username, String password, String displayName, String email, String role,
                UUID departmentId, List<UUID> scopeUnitIds, Boolean active) {

    UserForm {
        username = username == null ? "" : username.trim();
        password = password == null ? "" : password;
        displayName = displayName == null ? "" : displayName;
        email = email == null ? "" : email.trim();
        role = role == null ? "" : role;
        scopeUnitIds = scopeUnitIds == null ? List.of() : List.copyOf(scopeUnitIds);
    }

    static UserForm blank() {
        return new UserForm("", "", "", "", Role.UNIT_MANAGER.name(), null, List.of(), true);
    }

    static UserForm of(UserAccount user) {
        return new UserForm(user.username(), "", user.displayName(), user.email(), user.role().name(),
                user.departmentId(), user.scopeUnitIds(), user.active());
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    Role parsedRole() {
        return Role.valueOf(role);
    }

    /** Empty email is stored as no email. */
    String emailOrNull() {
        return email.isBlank() ? null : email;
    }

    public boolean inScope(UUID unitId) {
        return scopeUnitIds.contains(unitId);
    }
}
