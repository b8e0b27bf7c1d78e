package org.opencem.feedback;

/**
 * What a respondent left when they agreed to be contacted, or what a CRM import says about a
 * customer; blank parts are null.
 */
public record ContactDetails(String name, String email, String phone) {

    public ContactDetails {
        name = blankToNull(name);
        email = blankToNull(email) == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        phone = blankToNull(phone) == null ? null : phone.replaceAll("[\\s-]", "");
    }

    public boolean isEmpty() {
        return email == null && phone == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
