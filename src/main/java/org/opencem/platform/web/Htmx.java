package org.opencem.platform.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/** When a handler should answer with a fragment rather than the whole page. */
public final class Htmx {

    private Htmx() {
    }

    /** htmx asked, and not to restore a page missing from its history cache: that needs the whole page. */
    public static boolean wantsFragment(HtmxRequest request) {
        return request.isHtmxRequest() && !request.isHistoryRestoreRequest();
    }
}
