package org.opencem.organization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.opencem.organization.Department;
import org.opencem.organization.Departments;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's departments: everyone reads them, tenant admins create and rename them. */
@Controller
@RequestMapping("/org/departments")
class DepartmentsController {

    static final int CODE_MAX = 64;
    static final int NAME_MAX = 200;
    private static final String PAGE = "organization/departments";

    private final Departments departments;

    DepartmentsController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    String list(CurrentUser me, Model model) {
        model.addAttribute("departments", departments.all(me.tenantId()));
        if (me.isAdmin()) {
            newPanel(model, "", "", Map.of());
        }
        return PAGE;
    }

    @PostMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    ModelAndView create(CurrentUser me, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                  HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        if (code.isBlank()) {
            violations.add(Violation.of("code", "common.required"));
        } else if (code.trim().length() > CODE_MAX) {
            violations.add(Violation.of("code", "common.tooLong", CODE_MAX));
        } else if (departments.findByCode(me.tenantId(), code).isPresent()) {
            violations.add(Violation.of("code", "dept.code.taken", code.trim()));
        }
        checkName(name, violations);
        if (!violations.isEmpty()) {
            newPanel(model, code, name, Violation.byField(violations));
            return new ModelAndView(render(me, htmx, model, "newDepartment"));
        }
        Department created = departments.create(me.tenantId(), code, name);
        return saved(htmx, redirect, "dept.created", created.code());
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String edit(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        Department department = get(me, id);
        editPanel(model, department, department.name(), Map.of());
        return render(me, htmx, model, "renameDepartment");
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    ModelAndView rename(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                  HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        Department department = get(me, id);
        List<Violation> violations = new ArrayList<>();
        checkName(name, violations);
        if (!violations.isEmpty()) {
            editPanel(model, department, name, Violation.byField(violations));
            return new ModelAndView(render(me, htmx, model, "renameDepartment"));
        }
        departments.rename(me.tenantId(), id, name);
        return saved(htmx, redirect, "dept.renamed", department.code());
    }

    private Department get(CurrentUser me, UUID id) {
        return departments.find(me.tenantId(), id).orElseThrow(() -> new NotFoundException("Department"));
    }

    private static void checkName(String name, List<Violation> violations) {
        if (name.isBlank()) {
            violations.add(Violation.of("name", "common.required"));
        } else if (name.trim().length() > NAME_MAX) {
            violations.add(Violation.of("name", "common.tooLong", NAME_MAX));
        }
    }

    private static void newPanel(Model model, String code, String name, Map<String, Violation> violations) {
        model.addAttribute("code", code);
        model.addAttribute("name", name);
        model.addAttribute("violations", violations);
        model.addAttribute("panel", "newDepartment");
    }

    private static void editPanel(Model model, Department department, String name, Map<String, Violation> violations) {
        model.addAttribute("department", department);
        model.addAttribute("name", name);
        model.addAttribute("violations", violations);
        model.addAttribute("panel", "renameDepartment");
    }

    private String render(CurrentUser me, HtmxRequest htmx, Model model, String panel) {
        if (Htmx.wantsFragment(htmx)) {
            return "organization/partials/department-panel :: " + panel;
        }
        model.addAttribute("departments", departments.all(me.tenantId()));
        return PAGE;
    }

    /** Saving reloads the page, for htmx too: the list is short and a refresh after it is harmless. */
    private static ModelAndView saved(HtmxRequest htmx, RedirectAttributes redirect, String noticeKey, String code) {
        redirect.addFlashAttribute("notice", noticeKey);
        redirect.addFlashAttribute("noticeArg", code);
        return htmx.isHtmxRequest() ? new ModelAndView(new HtmxRedirectView("/org/departments")) : new ModelAndView("redirect:/org/departments");
    }
}
