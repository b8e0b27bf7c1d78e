package org.opencem.actions;

/** How a condition compares; which ones a type accepts is listed on {@link ConditionType}. */
public enum ConditionOperator {
    LE, GE, EQ, NE, BETWEEN, BEFORE, AFTER, ANY, ALL
}
