package org.opencem.actions;

/**
 * A tenant's wording of "we heard you; this is what we did" for one channel. Placeholders:
 * {customer}, {store}, {case}, {done} (the resolution or latest note) and {link} (the follow-up link).
 * SMS has no subject.
 */
public record CustomerMessageTemplate(ContactChannel channel, String subject, String body) {
}
