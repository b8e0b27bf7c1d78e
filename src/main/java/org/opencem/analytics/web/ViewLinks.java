package org.opencem.analytics.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Links between analytics views that carry the current filter along, so drilling, switching tabs
 * and downloading keep the unit, period and metric; templates call it as {@code links.to(...)}.
 */
public final class ViewLinks {

    private final Map<String, Object> filterOnly;
    private final Map<String, Object> base;

    ViewLinks(AnalyticsFilter filter, Map<String, Object> extra) {
        this.filterOnly = filter.params();
        this.base = new LinkedHashMap<>(filterOnly);
        this.base.putAll(extra);
    }

    ViewLinks(AnalyticsFilter filter) {
        this(filter, Map.of());
    }

    /** Another view with the same filter, leaving this view's own parameters (sorting, selection) behind. */
    public String view(String path) {
        return build(path, filterOnly);
    }

    /** Another view with the same filter and one parameter of its own. */
    public String view(String path, String key, Object value) {
        Map<String, Object> params = new LinkedHashMap<>(filterOnly);
        params.put(key, value);
        return build(path, params);
    }

    /** Another view with the same filter and two parameters of its own. */
    public String view(String path, String key, Object value, String key2, Object value2) {
        Map<String, Object> params = new LinkedHashMap<>(filterOnly);
        params.put(key, value);
        params.put(key2, value2);
        return build(path, params);
    }

    /** The path with the current filter and this view's own parameters. */
    public String to(String path) {
        return build(path, base);
    }

    /** The path with the current filter, one parameter changed (a null value drops it). */
    public String to(String path, String key, Object value) {
        Map<String, Object> params = new LinkedHashMap<>(base);
        params.put(key, value);
        return build(path, params);
    }

    /** The path with the current filter, two parameters changed. */
    public String to(String path, String key, Object value, String key2, Object value2) {
        Map<String, Object> params = new LinkedHashMap<>(base);
        params.put(key, value);
        params.put(key2, value2);
        return build(path, params);
    }

    /** The path with the current filter but another period preset. */
    public String weeks(String path, int weeks) {
        Map<String, Object> params = new LinkedHashMap<>(base);
        params.remove("from");
        params.remove("to");
        params.put("weeks", weeks);
        return build(path, params);
    }

    private static String build(String path, Map<String, Object> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((key, value) -> {
            if (value != null && !value.toString().isEmpty()) {
                query.add(key + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path : path + "?" + query;
    }
}
