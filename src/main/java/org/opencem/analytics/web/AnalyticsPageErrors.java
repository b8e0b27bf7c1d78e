package org.opencem.analytics.web;

import jakarta.servlet.http.HttpServletRequest;
import org.opencem.platform.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A view asked for with a filter it cannot answer (a reversed period, an unknown metric) says
 * which parameter was wrong, in the reader's language, and offers to reset; htmx gets the same
 * message in place of the view (with 200, since htmx does not swap error responses).
 */
@ControllerAdvice(assignableTypes = {HierarchyController.class, JourneyMapController.class, TouchpointController.class,
        DriversController.class, CompareController.class, DashboardsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalyticsPageErrors {

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
        boolean fragment = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        ModelAndView view = new ModelAndView(fragment ? "analytics/partials/chrome :: invalid" : "analytics/invalid");
        view.addObject("violations", e.violations());
        view.addObject("resetPath", "/analytics/" + viewName(request.getRequestURI()));
        view.setStatus(fragment ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        return view;
    }

    /** "hierarchy" for /analytics/hierarchy.csv, "journey" for /analytics/journey/cell: the page to reset to. */
    static String viewName(String uri) {
        String rest = uri.substring(uri.indexOf("/analytics/") + "/analytics/".length());
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '.' || c == '-' || c == '/') {
                return rest.substring(0, i);
            }
        }
        return rest;
    }
}
