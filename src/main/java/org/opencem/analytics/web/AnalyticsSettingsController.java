package org.opencem.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.analytics.AnalyticsSettings;
import org.opencem.analytics.HealthWeights;
import org.opencem.analytics.MetricSettings;
import org.opencem.analytics.RebuildReport;
import org.opencem.analytics.Rollups;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Metric settings for administrators: the small-sample threshold, the CX index weights, and the rollups. */
@Controller
@RequestMapping("/settings/analytics")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class AnalyticsSettingsController {

    /** What the administrator typed, kept as typed so a refused form comes back unchanged. */
    record SettingsForm(String minSample, String nps, String csat, String ces, String netSentiment) {
        static SettingsForm of(AnalyticsSettings s) {
            HealthWeights w = s.weights();
            return new SettingsForm(String.valueOf(s.minSample()), plain(w.nps()), plain(w.csat()), plain(w.ces()),
                    plain(w.netSentiment()));
        }

        private static String plain(double weight) {
            return java.math.BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
        }
    }

    private final MetricSettings settings;
    private final Rollups rollups;

    AnalyticsSettingsController(MetricSettings settings, Rollups rollups) {
        this.settings = settings;
        this.rollups = rollups;
    }

    @GetMapping
    String page(CurrentUser me, Model model) {
        return show(model, SettingsForm.of(settings.settings(me.tenantId())), Map.of(), false, null);
    }

    @PostMapping
    String save(CurrentUser me, SettingsForm form, HtmxRequest htmx, Model model) {
        List<Violation> wrong = new ArrayList<>();
        Integer minSample = whole("minSample", form.minSample(), wrong);
        double[] weights = {number("nps", form.nps(), wrong), number("csat", form.csat(), wrong),
                number("ces", form.ces(), wrong), number("netSentiment", form.netSentiment(), wrong)};
        try {
            if (wrong.isEmpty()) {
                settings.update(me, minSample, HealthWeights.of(weights[0], weights[1], weights[2], weights[3]));
                String view = show(model, form, Map.of(), true, null);
                return Htmx.wantsFragment(htmx) ? "analytics/partials/settings-form :: form" : view;
            }
        } catch (InvalidInputException e) {
            wrong.addAll(e.violations());
        }
        String view = show(model, form, Violation.byField(wrong), false, null);
        return Htmx.wantsFragment(htmx) ? "analytics/partials/settings-form :: form" : view;
    }

    @PostMapping("/rollups/check")
    String check(CurrentUser me, HtmxRequest htmx, Model model) {
        return rollupResult(me, htmx, model, rollups.verify(me.tenantId()));
    }

    @PostMapping("/rollups/rebuild")
    String rebuild(CurrentUser me, HtmxRequest htmx, Model model) {
        return rollupResult(me, htmx, model, rollups.rebuild(me.tenantId()));
    }

    private String rollupResult(CurrentUser me, HtmxRequest htmx, Model model, RebuildReport report) {
        String view = show(model, SettingsForm.of(settings.settings(me.tenantId())), Map.of(), false, report);
        return Htmx.wantsFragment(htmx) ? "analytics/partials/rollups :: rollups" : view;
    }

    private static String show(Model model, SettingsForm form, Map<String, Violation> violations, boolean saved,
                               RebuildReport report) {
        model.addAttribute("form", form);
        model.addAttribute("violations", violations);
        model.addAttribute("saved", saved);
        model.addAttribute("report", report);
        return "analytics/settings";
    }

    private static Integer whole(String field, String text, List<Violation> wrong) {
        try {
            return Integer.valueOf(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, "metrics.error.minSampleRange", MetricSettings.MAX_MIN_SAMPLE));
            return null;
        }
    }

    private static double number(String field, String text, List<Violation> wrong) {
        try {
            return Double.parseDouble(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, "metrics.error.weightRange"));
            return 0;
        }
    }
}
