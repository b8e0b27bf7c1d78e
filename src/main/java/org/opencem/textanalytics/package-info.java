/**
 * Text analytics: language, segmentation, sentiment, topics, key phrases and flags for any
 * comment, in Chinese and English. The root package is the API ({@link org.opencem.textanalytics.TextAnalytics}
 * and its records); models and rules are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.opencem.textanalytics;
