package org.opencem.analytics;

/**
 * A goal beside the actual value over the period looked at. {@code percent} is how far the actual
 * has come from the bottom of the metric's scale towards the target (0–100), so a negative NPS
 * target still has a meaningful bar; {@code actual} is null without data.
 */
public record GoalProgress(Goal goal, Double actual) {

    public boolean hasActual() {
        return actual != null;
    }

    public boolean met() {
        return actual != null && actual >= goal.target();
    }

    public Double gap() {
        return actual == null ? null : actual - goal.target();
    }

    public double percent() {
        if (actual == null) {
            return 0;
        }
        double floor = goal.metric().min();
        double span = goal.target() - floor;
        if (span <= 0) {
            return 100;
        }
        return Math.max(0, Math.min(100, 100 * (actual - floor) / span));
    }
}
