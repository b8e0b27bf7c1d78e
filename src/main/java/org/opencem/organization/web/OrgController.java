package org.opencem.organization.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnitRules;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.UnitType;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The org tree. Everyone sees the units of their scope; tenant admins add, rename and move units in a
 * side panel that htmx swaps in place. Without JavaScript each panel is a whole page.
 */
@Controller
@RequestMapping("/org")
class OrgController {

    private static final String PAGE = "organization/tree";
    private static final String PANEL = "organization/partials/panel :: ";

    private final OrgUnits orgUnits;
    private final OrgUnitRules rules;

    OrgController(OrgUnits orgUnits, OrgUnitRules rules) {
        this.orgUnits = orgUnits;
        this.rules = rules;
    }

    @GetMapping
    String tree(CurrentUser me, HtmxRequest htmx, Model model) {
        List<TreeRow> rows = addTree(me, model);
        if (Htmx.wantsFragment(htmx)) {
            return "organization/partials/tree :: tree";
        }
        if (me.isAdmin()) {
            newPanel(model, UnitForm.blank(rows.isEmpty() ? null : rows.get(0).unit().id()), Map.of());
        }
        return PAGE;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String newUnit(CurrentUser me, @RequestParam(required = false) UUID parent, HtmxRequest htmx, Model model) {
        if (parent != null) {
            orgUnits.get(me.scope(), parent);
        }
        return panel(me, htmx, model, newPanel(model, UnitForm.blank(parent), Map.of()));
    }

    @PostMapping
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String create(CurrentUser me, UnitForm form, HtmxRequest htmx, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        List<Violation> violations = new java.util.ArrayList<>(
                rules.checkNew(me.tenantId(), form.code(), form.name(), form.type()));
        if (form.parentId() == null) {
            violations.add(Violation.of("parentId", "common.required"));
        } else {
            orgUnits.get(me.scope(), form.parentId());
        }
        if (!violations.isEmpty()) {
            return panel(me, htmx, model, newPanel(model, form, Violation.byField(violations)));
        }
        OrgUnit unit = orgUnits.create(me.tenantId(), form.code(), form.name(),
                UnitType.parse(form.type()).orElseThrow(), form.parentId());
        return changed(me, htmx, model, redirect, response, "org.created", unit);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String edit(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        OrgUnit unit = orgUnits.get(me.scope(), id);
        return panel(me, htmx, model, editPanel(model, unit, unit.name(), unit.type().name(), Map.of()));
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String update(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String type, HtmxRequest htmx, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        OrgUnit unit = orgUnits.get(me.scope(), id);
        List<Violation> violations = OrgUnitRules.checkUpdate(name, type);
        if (!violations.isEmpty()) {
            return panel(me, htmx, model, editPanel(model, unit, name, type, Violation.byField(violations)));
        }
        OrgUnit updated = orgUnits.update(me.scope(), id, name, UnitType.parse(type).orElseThrow());
        return changed(me, htmx, model, redirect, response, "org.updated", updated);
    }

    @GetMapping("/{id}/move")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String moveForm(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        OrgUnit unit = orgUnits.get(me.scope(), id);
        return panel(me, htmx, model, movePanel(model, unit, unit.parentId(), Map.of()));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String move(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) UUID parentId,
                HtmxRequest htmx, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        OrgUnit unit = orgUnits.get(me.scope(), id);
        if (parentId == null) {
            return panel(me, htmx, model, movePanel(model, unit, null,
                    Violation.byField(List.of(Violation.of("parentId", "common.required")))));
        }
        OrgUnit parent = orgUnits.get(me.scope(), parentId);
        if (unit.isAncestorOrSelfOf(parent)) {
            return panel(me, htmx, model, movePanel(model, unit, parentId, Violation.byField(List.of(
                    Violation.of("parentId", "org.move.cycle", unit.code(), parent.code())))));
        }
        orgUnits.move(me.scope(), id, parentId);
        return changed(me, htmx, model, redirect, response, "org.moved", unit);
    }

    private List<TreeRow> addTree(CurrentUser me, Model model) {
        List<TreeRow> rows = TreeRow.of(orgUnits.visible(me.scope()));
        Map<UnitType, Integer> byType = new TreeMap<>();
        rows.forEach(r -> byType.merge(r.unit().type(), 1, Integer::sum));
        model.addAttribute("rows", rows);
        model.addAttribute("countsByType", byType);
        return rows;
    }

    private String newPanel(Model model, UnitForm form, Map<String, Violation> violations) {
        model.addAttribute("form", form);
        model.addAttribute("violations", violations);
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("panel", "newUnit");
        return "newUnit";
    }

    private String editPanel(Model model, OrgUnit unit, String name, String type, Map<String, Violation> violations) {
        model.addAttribute("unit", unit);
        model.addAttribute("name", name);
        model.addAttribute("type", type);
        model.addAttribute("violations", violations);
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("panel", "editUnit");
        return "editUnit";
    }

    private String movePanel(Model model, OrgUnit unit, UUID parentId, Map<String, Violation> violations) {
        model.addAttribute("unit", unit);
        model.addAttribute("parentId", parentId);
        model.addAttribute("violations", violations);
        model.addAttribute("panel", "moveUnit");
        return "moveUnit";
    }

    /** The panel alone for htmx; the whole page around it otherwise, so every state has a URL. */
    private String panel(CurrentUser me, HtmxRequest htmx, Model model, String panel) {
        if (!model.containsAttribute("rows")) {
            addTree(me, model);
        }
        return Htmx.wantsFragment(htmx) ? PANEL + panel : PAGE;
    }

    /** After a change htmx gets a fresh panel and, out of band, the redrawn tree. */
    private String changed(CurrentUser me, HtmxRequest htmx, Model model, RedirectAttributes redirect,
                           HttpServletResponse response, String noticeKey, OrgUnit unit) {
        if (!Htmx.wantsFragment(htmx)) {
            redirect.addFlashAttribute("notice", noticeKey);
            redirect.addFlashAttribute("noticeArg", unit.code());
            return "redirect:/org";
        }
        response.setHeader("HX-Push-Url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/org").build().getPath());
        addTree(me, model);
        model.addAttribute("notice", noticeKey);
        model.addAttribute("noticeArg", unit.code());
        model.addAttribute("oob", true);
        newPanel(model, UnitForm.blank(unit.parentId() != null ? unit.parentId() : unit.id()), Map.of());
        return "organization/partials/changed :: content";
    }
}
