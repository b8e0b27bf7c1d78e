package org.opencem.feedback.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Links to the explorer with the current filters and one thing changed, for paging and drilling in. */
record ExplorerLinks(ExplorerParams params) {

    public String page(int page) {
        return build(params.topic(), params.touchpoint() == null ? null : params.touchpoint().toString(), page);
    }

    /** The comments of one topic (and touchpoint, when given), from the first page. */
    public String topic(String topic, Object touchpoint) {
        return build(topic, touchpoint == null ? null : touchpoint.toString(), 0);
    }

    private String build(String topic, String touchpoint, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/feedback/comments");
        add(url, "q", params.q());
        add(url, "topic", topic);
        add(url, "sentiment", params.sentiment());
        add(url, "unit", params.unit() == null ? null : params.unit().toString());
        add(url, "touchpoint", touchpoint);
        add(url, "source", params.source() == null ? null : params.source().name());
        add(url, "period", params.period());
        if (page > 0) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value);
        }
    }
}
