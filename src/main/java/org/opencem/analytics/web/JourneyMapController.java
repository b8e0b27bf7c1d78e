package org.opencem.analytics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.web.Htmx;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The journey heatmap: stages and touchpoints against the current unit's children. A click on a
 * cell opens its comments and cases beside the map (and in the URL); a row header drills down.
 */
@Controller
class JourneyMapController {

    private final ViewContexts contexts;
    private final JourneyHeatmaps heatmaps;
    private final CellPanels panels;

    JourneyMapController(ViewContexts contexts, JourneyHeatmaps heatmaps, CellPanels panels) {
        this.contexts = contexts;
        this.heatmaps = heatmaps;
        this.panels = panels;
    }

    @GetMapping("/analytics/journey")
    String page(CurrentUser me, @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                @RequestParam(required = false) String metric, @RequestParam(required = false) String journey,
                @RequestParam(required = false) String cell, @RequestParam(required = false) String tp,
                HtmxRequest htmx, Model model) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, journeyParams(journey));
        JourneyHeatmap heatmap = heatmaps.build(me.scope(), ctx, journey);
        model.addAttribute("ctx", ctx);
        model.addAttribute("heatmap", heatmap);
        model.addAttribute("extraParams", journeyParams(heatmap.hasJourney() ? heatmap.map().journey().id().toString() : null));
        model.addAttribute("panel", cell == null || cell.isBlank() ? null : panels.open(me.scope(), ctx, cellUnit(cell), tp));
        model.addAttribute("pageCss", List.of("/css/analytics.css"));
        return Htmx.wantsFragment(htmx) ? "analytics/journey :: view" : "analytics/journey";
    }

    /** Just the panel of one cell, for the click; the page URL with the cell is pushed by the link. */
    @GetMapping("/analytics/journey/cell")
    String cell(CurrentUser me, @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String weeks,
                @RequestParam(required = false) String metric, @RequestParam(required = false) String journey,
                @RequestParam(required = false) String cell, @RequestParam(required = false) String tp, Model model) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, journeyParams(journey));
        model.addAttribute("ctx", ctx);
        model.addAttribute("panel", panels.open(me.scope(), ctx, cellUnit(cell), tp));
        return "analytics/partials/cell :: panel";
    }

    @GetMapping(value = "/analytics/journey.csv", produces = "text/csv")
    ResponseEntity<String> csv(CurrentUser me, @RequestParam(required = false) String unit,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String weeks, @RequestParam(required = false) String metric,
                               @RequestParam(required = false) String journey) {
        ViewContext ctx = contexts.of(me, unit, from, to, weeks, metric, Map.of());
        return CsvFiles.download("journey-heatmap.csv", AnalyticsCsv.heatmap(heatmaps.build(me.scope(), ctx, journey)));
    }

    static UUID cellUnit(String cell) {
        try {
            return UUID.fromString(cell == null ? "" : cell.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cell", "analytics.error.unit");
        }
    }

    static Map<String, Object> journeyParams(String journey) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (journey != null && !journey.isBlank()) {
            params.put("journey", journey);
        }
        return params;
    }
}
