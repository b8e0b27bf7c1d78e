package org.opencem.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencem.platform.Violation;
import org.springframework.stereotype.Component;

/** What a valid org unit is, shared by the console form, the API and the CSV import. */
@Component
public class OrgUnitRules {

    public static final int CODE_MAX = 64;
    public static final int NAME_MAX = 200;

    private final OrgUnits orgUnits;

    OrgUnitRules(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    /** Problems with the fields alone, without looking at the database. */
    public static List<Violation> checkFields(String code, String name, String type) {
        List<Violation> violations = new ArrayList<>();
        if (code == null || code.isBlank()) {
            violations.add(Violation.of("code", "common.required"));
        } else if (code.trim().length() > CODE_MAX) {
            violations.add(Violation.of("code", "common.tooLong", CODE_MAX));
        }
        checkName(name, violations);
        if (type == null || type.isBlank()) {
            violations.add(Violation.of("type", "common.required"));
        } else if (UnitType.parse(type).isEmpty()) {
            violations.add(Violation.of("type", "org.type.unknown", type.trim()));
        }
        return violations;
    }

    static void checkName(String name, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(Violation.of("name", "common.required"));
        } else if (name.trim().length() > NAME_MAX) {
            violations.add(Violation.of("name", "common.tooLong", NAME_MAX));
        }
    }

    /** Everything wrong with a new unit, including a code the tenant already uses. */
    public List<Violation> checkNew(UUID tenantId, String code, String name, String type) {
        List<Violation> violations = checkFields(code, name, type);
        if (violations.stream().noneMatch(v -> v.field().equals("code"))
                && orgUnits.findByCode(tenantId, code).isPresent()) {
            violations.add(Violation.of("code", "org.code.taken", code.trim()));
        }
        return violations;
    }

    public static List<Violation> checkUpdate(String name, String type) {
        List<Violation> violations = new ArrayList<>();
        checkName(name, violations);
        if (type == null || UnitType.parse(type).isEmpty()) {
            violations.add(Violation.of("type", "org.type.unknown", type == null ? "" : type.trim()));
        }
        return violations;
    }
}
