/**
 * Voice of the customer from sources other than surveys: reviews, social posts, contact-centre
 * transcripts, support tickets and forum posts. Each signal is mapped to a store, a touchpoint, a
 * customer and a time, kept as it came in, and becomes a feedback record in the same transaction.
 * Ways in: file upload (CSV, XLSX), the REST API and, when enabled, a Kafka topic. The root package
 * is the API ({@link org.opencem.signals.SignalIntake} and its records); {@code internal} and
 * {@code web} are private.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "organization", "journey", "feedback"})
package org.opencem.signals;
