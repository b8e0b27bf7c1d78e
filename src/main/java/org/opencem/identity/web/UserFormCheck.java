package org.opencem.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.opencem.identity.UserAccounts;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Role;
import org.opencem.platform.Violation;
import org.springframework.stereotype.Component;

/** The rules of the user form, for creating and for editing. */
@Component
class UserFormCheck {

    static final int PASSWORD_MIN = 8;
    static final int PASSWORD_MAX = 100;
    static final int USERNAME_MAX = 100;
    static final int TEXT_MAX = 200;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@+-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccounts accounts;
    private final Departments departments;
    private final OrgUnits orgUnits;

    UserFormCheck(UserAccounts accounts, Departments departments, OrgUnits orgUnits) {
        this.accounts = accounts;
        this.departments = departments;
        this.orgUnits = orgUnits;
    }

    List<Violation> forCreate(CurrentUser me, UserForm form) {
        List<Violation> violations = new ArrayList<>();
        if (form.username().isEmpty()) {
            violations.add(Violation.of("username", "common.required"));
        } else if (form.username().length() > USERNAME_MAX) {
            violations.add(Violation.of("username", "common.tooLong", USERNAME_MAX));
        } else if (!USERNAME.matcher(form.username()).matches()) {
            violations.add(Violation.of("username", "user.username.invalid"));
        } else if (accounts.usernameTaken(form.username())) {
            violations.add(Violation.of("username", "user.username.taken", form.username()));
        }
        if (form.password().isEmpty()) {
            violations.add(Violation.of("password", "common.required"));
        } else {
            checkPassword(form.password(), violations);
        }
        checkCommon(me, form, violations);
        return violations;
    }

    List<Violation> forUpdate(CurrentUser me, UUID userId, UserForm form) {
        List<Violation> violations = new ArrayList<>();
        if (!form.password().isEmpty()) {
            checkPassword(form.password(), violations);
        }
        checkCommon(me, form, violations);
        if (me.userId().equals(userId)) {
            if (!form.isActive()) {
                violations.add(Violation.of("active", "user.self.deactivate"));
            }
            if (!Role.TENANT_ADMIN.name().equals(form.role())) {
                violations.add(Violation.of("role", "user.self.demote"));
            }
        }
        return violations;
    }

    private static void checkPassword(String password, List<Violation> violations) {
        if (password.length() < PASSWORD_MIN) {
            violations.add(Violation.of("password", "user.password.tooShort", PASSWORD_MIN));
        } else if (password.length() > PASSWORD_MAX) {
            violations.add(Violation.of("password", "common.tooLong", PASSWORD_MAX));
        }
    }

    private void checkCommon(CurrentUser me, UserForm form, List<Violation> violations) {
        if (form.displayName().isBlank()) {
            violations.add(Violation.of("displayName", "common.required"));
        } else if (form.displayName().trim().length() > TEXT_MAX) {
            violations.add(Violation.of("displayName", "common.tooLong", TEXT_MAX));
        }
        if (form.email().length() > TEXT_MAX) {
            violations.add(Violation.of("email", "common.tooLong", TEXT_MAX));
        } else if (!form.email().isEmpty() && !EMAIL.matcher(form.email()).matches()) {
            violations.add(Violation.of("email", "user.email.invalid"));
        }
        if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(form.role()))) {
            violations.add(Violation.of("role", "user.role.invalid"));
        }
        if (form.departmentId() != null && departments.find(me.tenantId(), form.departmentId()).isEmpty()) {
            throw new NotFoundException("Department");
        }
        if (form.scopeUnitIds().isEmpty()) {
            violations.add(Violation.of("scopeUnitIds", "user.scope.required"));
        }
        // An admin hands out only what they can see themselves; anything else looks absent.
        form.scopeUnitIds().forEach(id -> orgUnits.get(me.scope(), id));
    }
}
