package org.opencem.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.ScriptJson;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.analytics.DashboardDefinition;
import org.opencem.analytics.DashboardDefinitions;
import org.opencem.analytics.DashboardFilter;
import org.opencem.analytics.DashboardInput;
import org.opencem.analytics.DashboardPeriod;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.RoleDashboard;
import org.opencem.analytics.RoleDashboards;
import org.opencem.analytics.WidgetDefinition;
import org.opencem.analytics.WidgetKind;
import org.opencem.analytics.WidgetSort;
import org.opencem.journey.Journeys;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dashboards: the default one of the signed-in person's role, and the saved ones (their own and
 * those shared in the tenant), each with a unit and period bar that applies to every widget. The
 * page draws only the frame; each widget loads its own fragment, so a slow one holds nothing up.
 * The editor is one form whose buttons add, remove and move widgets before saving.
 */
@Controller
@RequestMapping("/analytics/dashboards")
class DashboardsController {

    private static final String DEFAULT = "default";

    private final RoleDashboards roles;
    private final DashboardDefinitions definitions;
    private final WidgetViews widgets;
    private final WidgetTitles titles;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final MetricQueries engine;
    private final Cases cases;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    DashboardsController(RoleDashboards roles, DashboardDefinitions definitions, WidgetViews widgets,
                         WidgetTitles titles, OrgUnits orgUnits, Journeys journeys, MetricQueries engine, Cases cases,
                         JsonMapper json, Clock clock, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.roles = roles;
        this.definitions = definitions;
        this.widgets = widgets;
        this.titles = titles;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.engine = engine;
        this.cases = cases;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String mine(CurrentUser me, DashboardParams params, HtmxRequest htmx, Model model, Locale locale) {
        RoleDashboard role = roles.defaultFor(me);
        model.addAttribute("role", role);
        return page(me, role.dashboard(), DEFAULT, params, htmx, model, locale);
    }

    @GetMapping("/{id:[0-9a-fA-F-]{36}}")
    String saved(CurrentUser me, @PathVariable UUID id, DashboardParams params, HtmxRequest htmx, Model model,
                 Locale locale) {
        return page(me, definitions.get(me, id), id.toString(), params, htmx, model, locale);
    }

    /** One widget's figures for the viewer; {@code id} is a saved dashboard's or "default". */
    @GetMapping("/{id}/widgets/{widgetId}")
    String widget(CurrentUser me, @PathVariable String id, @PathVariable UUID widgetId, DashboardParams params,
                  Model model, Locale locale) {
        DashboardDefinition dashboard = dashboard(me, id);
        WidgetDefinition widget = dashboard.widget(widgetId).orElseThrow(() -> new NotFoundException("Widget"));
        DashboardFilter chosen = params.toFilter(today());
        WidgetData data = widgets.data(me, widget, WidgetViews.effective(chosen, widget, dashboard.filter()));
        model.addAttribute("data", data);
        model.addAttribute("widget", widget);
        model.addAttribute("metricNames", metricNames(data.metrics(), locale));
        Object chart = WidgetCharts.of(data, code -> titles.metric(code, locale));
        model.addAttribute("chartJson", chart == null ? null : ScriptJson.of(json, chart));
        return "analytics/partials/widget :: figures";
    }

    @GetMapping("/new")
    String create(CurrentUser me, Model model) {
        return editor(me, null, DashboardForm.starter(""), Map.of(), model);
    }

    @PostMapping("/new")
    ModelAndView createPosted(CurrentUser me, @RequestParam MultiValueMap<String, String> form,
                              @RequestParam(defaultValue = "save") String op, HtmxRequest htmx, Model model) {
        return posted(me, null, form, op, htmx, model);
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser me, @PathVariable UUID id, Model model) {
        DashboardDefinition dashboard = owned(me, id);
        return editor(me, dashboard, DashboardInput.of(dashboard), Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    ModelAndView editPosted(CurrentUser me, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
                            @RequestParam(defaultValue = "save") String op, HtmxRequest htmx, Model model) {
        return posted(me, owned(me, id), form, op, htmx, model);
    }

    @PostMapping("/{id}/delete")
    ModelAndView delete(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx) {
        definitions.delete(me, id);
        return redirect(htmx, "/analytics/dashboards");
    }

    private ModelAndView posted(CurrentUser me, DashboardDefinition existing, MultiValueMap<String, String> form,
                                String op, HtmxRequest htmx, Model model) {
        DashboardInput input = DashboardForm.read(form);
        if (!"save".equals(op)) {
            return new ModelAndView(editor(me, existing, DashboardForm.apply(input, op, form.getFirst("newKind")),
                    Map.of(), model));
        }
        try {
            DashboardDefinition saved = existing == null ? definitions.create(me, input)
                    : definitions.update(me, existing.id(), input);
            return redirect(htmx, "/analytics/dashboards/" + saved.id());
        } catch (InvalidInputException e) {
            ModelAndView view = new ModelAndView(editor(me, existing, input, Violation.byField(e.violations()), model));
            view.setStatus(htmx.isHtmxRequest() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
            return view;
        }
    }

    private String page(CurrentUser me, DashboardDefinition dashboard, String id, DashboardParams params,
                        HtmxRequest htmx, Model model, Locale locale) {
        DashboardFilter chosen = params.toFilter(today());
        Map<UUID, String> widgetTitles = new LinkedHashMap<>();
        dashboard.widgets().forEach(w -> widgetTitles.put(w.id(), titles.title(w, locale)));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("dashboardId", id);
        model.addAttribute("titles", widgetTitles);
        model.addAttribute("params", params);
        model.addAttribute("chosen", chosen);
        model.addAttribute("saved", definitions.list(me));
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("periods", Arrays.stream(DashboardPeriod.values()).filter(p -> p != DashboardPeriod.CUSTOM).toList());
        model.addAttribute("openCases", cases.counts(me).get(InboxFilter.OPEN));
        model.addAttribute("pageCss", List.of("/css/analytics.css", "/css/dashboards.css"));
        return Htmx.wantsFragment(htmx) ? "analytics/dashboards :: board" : "analytics/dashboards";
    }

    private String editor(CurrentUser me, DashboardDefinition existing, DashboardInput input,
                          Map<String, Violation> violations, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("form", input);
        model.addAttribute("violations", violations);
        model.addAttribute("kinds", WidgetKind.values());
        model.addAttribute("periods", DashboardPeriod.values());
        model.addAttribute("breakdowns", WidgetDefinition.BREAKDOWNS.stream()
                .map(g -> g.name().toLowerCase(Locale.ROOT)).toList());
        model.addAttribute("sorts", WidgetSort.values());
        model.addAttribute("metricCodes", engine.catalog(me.scope()).stream().map(Metric::code).toList());
        model.addAttribute("units", orgUnits.visible(me.scope()));
        model.addAttribute("touchpoints", journeys.touchpoints(me.tenantId()));
        model.addAttribute("pageCss", List.of("/css/analytics.css", "/css/dashboards.css"));
        return "analytics/dashboard-edit";
    }

    private DashboardDefinition dashboard(CurrentUser me, String id) {
        if (DEFAULT.equals(id)) {
            return roles.defaultFor(me).dashboard();
        }
        try {
            return definitions.get(me, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Dashboard");
        }
    }

    private DashboardDefinition owned(CurrentUser me, UUID id) {
        DashboardDefinition dashboard = definitions.get(me, id);
        if (!dashboard.ownedBy(me.userId())) {
            throw new org.springframework.security.access.AccessDeniedException("Only its owner changes a dashboard");
        }
        return dashboard;
    }

    private Map<String, String> metricNames(List<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, titles.metric(code, locale)));
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static ModelAndView redirect(HtmxRequest htmx, String path) {
        return new ModelAndView(htmx.isHtmxRequest() ? new HtmxRedirectView(path) : new RedirectView(path, true));
    }
}
