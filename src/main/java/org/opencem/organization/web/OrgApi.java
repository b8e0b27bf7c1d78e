package org.opencem.organization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.opencem.organization.Department;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnitImport;
import org.opencem.organization.OrgUnitRules;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.UnitType;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The org tree and departments over JSON, limited to the caller's scope like the console. */
@RestController
@RequestMapping("/api/v1")
class OrgApi {

    record OrgUnitView(UUID id, String code, String name, UnitType type, UUID parentId, int depth) {
        static OrgUnitView of(OrgUnit unit) {
            return new OrgUnitView(unit.id(), unit.code(), unit.name(), unit.type(), unit.parentId(), unit.depth());
        }
    }

    /** A parent is named by id or by code; type by its English or Chinese name. */
    record NewOrgUnit(String code, String name, String type, UUID parentId, String parentCode) {
    }

    record ImportError(int line, String code, String column, String messageKey, String message) {
    }

    record ImportReport(int created, int updated, int unchanged, int failed, List<ImportError> errors) {
    }

    record DepartmentView(UUID id, String code, String name) {
        static DepartmentView of(Department department) {
            return new DepartmentView(department.id(), department.code(), department.name());
        }
    }

    private final OrgUnits orgUnits;
    private final OrgUnitRules rules;
    private final OrgUnitImport orgUnitImport;
    private final Departments departments;
    private final MessageSource messages;

    OrgApi(OrgUnits orgUnits, OrgUnitRules rules, OrgUnitImport orgUnitImport, Departments departments,
           MessageSource messages) {
        this.orgUnits = orgUnits;
        this.rules = rules;
        this.orgUnitImport = orgUnitImport;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/org-units")
    List<OrgUnitView> units(CurrentUser me) {
        return orgUnits.visible(me.scope()).stream().map(OrgUnitView::of).toList();
    }

    @PostMapping("/org-units")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    ResponseEntity<?> create(CurrentUser me, @RequestBody NewOrgUnit request, Locale locale) {
        List<Violation> violations = new ArrayList<>(rules.checkNew(me.tenantId(), request.code(), request.name(),
                request.type()));
        Optional<OrgUnit> parent = parent(me, request);
        if (parent.isEmpty()) {
            boolean named = request.parentId() != null || (request.parentCode() != null && !request.parentCode().isBlank());
            violations.add(named ? Violation.of("parentCode", "org.parent.unknown")
                    : Violation.of("parentCode", "common.required"));
        }
        if (!violations.isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.invalid(violations, messages, locale));
        }
        OrgUnit unit = orgUnits.create(me.tenantId(), request.code(), request.name(),
                UnitType.parse(request.type()).orElseThrow(), parent.get().id());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(unit.id()).toUri()).body(OrgUnitView.of(unit));
    }

    /** Outside the caller's scope a parent is as unknown as a missing one, so codes cannot be probed. */
    private Optional<OrgUnit> parent(CurrentUser me, NewOrgUnit request) {
        if (request.parentId() != null) {
            return orgUnits.find(me.scope(), request.parentId());
        }
        if (request.parentCode() == null || request.parentCode().isBlank()) {
            return Optional.empty();
        }
        return orgUnits.findByCode(me.tenantId(), request.parentCode())
                .filter(unit -> me.scope().covers(unit.path()));
    }

    @PostMapping(path = "/org-units/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    ImportReport importCsv(CurrentUser me, @RequestBody byte[] csv, Locale locale) {
        OrgUnitImport.Result result = orgUnitImport.importCsv(me.scope(), csv);
        List<ImportError> errors = result.errors().stream().map(e -> new ImportError(e.line(), e.code(), e.column(),
                e.messageKey(), messages.getMessage(e.messageKey(), e.argsArray(), e.messageKey(), locale))).toList();
        return new ImportReport(result.created(), result.updated(), result.unchanged(), result.failed(), errors);
    }

    @GetMapping("/departments")
    List<DepartmentView> departments(CurrentUser me) {
        return departments.all(me.tenantId()).stream().map(DepartmentView::of).toList();
    }

    @GetMapping("/org-units/{id}")
    OrgUnitView unit(CurrentUser me, @PathVariable UUID id) {
        return OrgUnitView.of(orgUnits.get(me.scope(), id));
    }

}
