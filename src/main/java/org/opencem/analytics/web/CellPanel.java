package org.opencem.analytics.web;

import java.util.List;

import org.opencem.actions.CaseSummary;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.analytics.internal.FeedbackVoices;
import org.opencem.journey.Touchpoint;
import org.opencem.organization.OrgUnit;

/** One heatmap cell opened: its figures, the latest comments with their sentiment, and the linked cases. */
public record CellPanel(OrgUnit unit, Touchpoint touchpoint, ViewMetric metric, MetricValue value,
                        MetricValue sentiment, List<FeedbackVoices.Comment> comments, List<CaseSummary> cases) {
}
