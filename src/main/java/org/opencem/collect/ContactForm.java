package org.opencem.collect;

import java.util.Map;
import java.util.regex.Pattern;

import org.opencem.feedback.ContactDetails;

/**
 * The optional block at the end of the respondent's form, "may we contact you about this?":
 * contact details count only with the box ticked, and a ticked box needs an email or a phone.
 */
final class ContactForm {

    static final String CONSENT = "contact_consent";
    static final String NAME = "contact_name";
    static final String EMAIL = "contact_email";
    static final String PHONE = "contact_phone";

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9]{6,20}");

    private ContactForm() {
    }

    /** The details to link to the response, or null when the respondent left none; problems go to {@code errors}. */
    static ContactDetails read(Map<String, String> form, Map<String, String> errors) {
        ContactDetails details = new ContactDetails(form.get(NAME), form.get(EMAIL), form.get(PHONE));
        boolean consent = form.get(CONSENT) != null;
        if (details.email() != null && (details.email().length() > 200 || !EMAIL_SHAPE.matcher(details.email()).matches())) {
            errors.put(EMAIL, "collect.contact.error.email");
        }
        if (details.phone() != null && !PHONE_SHAPE.matcher(details.phone()).matches()) {
            errors.put(PHONE, "collect.contact.error.phone");
        }
        if (details.name() != null && details.name().length() > 200) {
            errors.put(NAME, "collect.error.tooLong");
        }
        if (consent && details.isEmpty() && !errors.containsKey(EMAIL) && !errors.containsKey(PHONE)) {
            errors.put(EMAIL, "collect.contact.error.missing");
        }
        if (!consent && !details.isEmpty()) {
            errors.put(CONSENT, "collect.contact.error.consent");
        }
        return consent && !details.isEmpty() ? details : null;
    }
}
