package org.opencem.analytics.web;

import java.util.UUID;

import org.opencem.analytics.DashboardView;
import org.opencem.analytics.Dashboards;
import org.opencem.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overview as JSON: the same numbers as the page, for the caller's scope. */
@RestController
@RequestMapping("/api/v1/overview")
class OverviewApi {

    private final Dashboards dashboards;

    OverviewApi(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping
    OverviewJson overview(CurrentUser me, @RequestParam(required = false) UUID unit,
                          @RequestParam(defaultValue = "12") int weeks) {
        return OverviewJson.of(dashboards.overview(me.scope(), unit, weeks));
    }
}
