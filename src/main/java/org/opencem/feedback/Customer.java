package org.opencem.feedback;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A person who gave feedback and may be contacted. {@code externalId} is what feedback records
 * carry as their customer id; {@code attributes} are what the tenant knows ("vip" → "true",
 * "memberSince" → "2021-04"); {@code contactConsent} says whether they agreed to be contacted.
 */
public record Customer(UUID tenantId, UUID id, String externalId, String name, String email, String phone,
                       Map<String, String> attributes, boolean contactConsent, OffsetDateTime createdAt) {

    public Customer {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean reachableByEmail() {
        return contactConsent && email != null;
    }

    public boolean reachableBySms() {
        return contactConsent && phone != null;
    }

    /** The attributes as a feedback record carries them: "customer.vip" → "true". */
    public Map<String, String> recordAttributes() {
        Map<String, String> prefixed = new java.util.HashMap<>();
        attributes.forEach((name, value) -> prefixed.put(ATTRIBUTE_PREFIX + name, value));
        return prefixed;
    }

    public static final String ATTRIBUTE_PREFIX = "customer.";
}
