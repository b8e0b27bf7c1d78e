package org.opencem.actions;

import java.util.List;

/**
 * Cases grouped by one dimension: per group how many, how many are still open, how long until a
 * person first acted and until resolution (median and 90th percentile, in hours; null without
 * data) and how many breached their deadline.
 */
public record CaseReport(CaseReportDimension dimension, CaseFilter filter, List<Row> rows, Row total) {

    public record Row(String key, String label, int cases, int open, Double firstResponseMedianHours,
                      Double firstResponseP90Hours, Double resolutionMedianHours, Double resolutionP90Hours,
                      int breaches) {
    }
}
