package org.opencem.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.opencem.identity.NewUser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.organization.Department;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tenant admins manage who signs in, what they may do (role) and what they may see (scope). */
@Controller
@RequestMapping("/settings/users")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UsersController {

    private static final String FORM_PAGE = "identity/user-form";
    private static final String FORM_FRAGMENT = "identity/partials/user-form :: form";

    private final UserAccounts accounts;
    private final OrgUnits orgUnits;
    private final Departments departments;
    private final UserFormCheck check;

    UsersController(UserAccounts accounts, OrgUnits orgUnits, Departments departments, UserFormCheck check) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.departments = departments;
        this.check = check;
    }

    @GetMapping
    String list(CurrentUser me, Model model) {
        model.addAttribute("users", accounts.all(me.tenantId()));
        model.addAttribute("units", orgUnits.visible(me.scope()).stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity())));
        model.addAttribute("departments", departments.all(me.tenantId()).stream()
                .collect(Collectors.toMap(Department::id, Function.identity())));
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(CurrentUser me, Model model) {
        return form(me, model, null, UserForm.blank(), Map.of());
    }

    @PostMapping
    ModelAndView create(CurrentUser me, UserForm form, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        List<Violation> violations = check.forCreate(me, form);
        if (!violations.isEmpty()) {
            form(me, model, null, form, Violation.byField(violations));
            return new ModelAndView(Htmx.wantsFragment(htmx) ? FORM_FRAGMENT : FORM_PAGE);
        }
        UserAccount user = accounts.create(me.tenantId(), new NewUser(form.username(), form.password(),
                form.displayName(), form.emailOrNull(), form.parsedRole(), form.departmentId(), form.scopeUnitIds()));
        return saved(htmx, redirect, "user.created", user.username());
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser me, @PathVariable UUID id, Model model) {
        UserAccount user = get(me, id);
        return form(me, model, user, UserForm.of(user), Map.of());
    }

    @PostMapping("/{id}")
    ModelAndView update(CurrentUser me, @PathVariable UUID id, UserForm form, HtmxRequest htmx, Model model,
                  RedirectAttributes redirect) {
        UserAccount user = get(me, id);
        List<Violation> violations = check.forUpdate(me, id, form);
        if (!violations.isEmpty()) {
            form(me, model, user, form, Violation.byField(violations));
            return new ModelAndView(Htmx.wantsFragment(htmx) ? FORM_FRAGMENT : FORM_PAGE);
        }
        accounts.update(me.tenantId(), id, form.displayName(), form.emailOrNull(), form.parsedRole(),
                form.departmentId(), form.isActive(), form.scopeUnitIds());
        if (!form.password().isEmpty()) {
            accounts.changePassword(me.tenantId(), id, form.password());
        }
        return saved(htmx, redirect, "user.saved", user.username());
    }

    private UserAccount get(CurrentUser me, UUID id) {
        return accounts.find(me.tenantId(), id).orElseThrow(() -> new NotFoundException("User"));
    }

    private String form(CurrentUser me, Model model, UserAccount user, UserForm form, Map<String, Violation> violations) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("violations", violations);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departmentList", departments.all(me.tenantId()));
        model.addAttribute("unitRows", UnitOption.of(orgUnits.visible(me.scope())));
        return FORM_PAGE;
    }

    private static ModelAndView saved(HtmxRequest htmx, RedirectAttributes redirect, String noticeKey, String username) {
        redirect.addFlashAttribute("notice", noticeKey);
        redirect.addFlashAttribute("noticeArg", username);
        return htmx.isHtmxRequest() ? new ModelAndView(new HtmxRedirectView("/settings/users")) : new ModelAndView("redirect:/settings/users");
    }
}
