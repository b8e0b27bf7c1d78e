package org.opencem.analytics;

import java.util.List;

import org.opencem.platform.Scope;

/**
 * The metrics engine's query API, what views, dashboards and goals read. Every answer stays within
 * the caller's scope: a unit outside it is not found, and a subtree is cut to what the scope covers.
 * Input that cannot be answered (a reversed period, an unknown metric or source) is refused with
 * {@link org.opencem.platform.InvalidInputException}.
 */
public interface MetricQueries {

    MetricReport report(Scope scope, MetricQuery query);

    /** What can be asked for: the built-in metrics, then a rating metric per score field and per rating question seen. */
    List<Metric> catalog(Scope scope);
}
