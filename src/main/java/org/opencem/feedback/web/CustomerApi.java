package org.opencem.feedback.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.feedback.ContactDetails;
import org.opencem.feedback.Customer;
import org.opencem.feedback.Customers;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer registry through the API, for a CRM to keep it current: customers are the
 * tenant's, so only those who manage configuration read and write them.
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerApi {

    private final Customers customers;

    CustomerApi(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/{externalId}")
    Customer get(CurrentUser me, @PathVariable String externalId) {
        allowed(me);
        return customers.byExternalId(me.tenantId(), externalId).orElseThrow(() -> new NotFoundException("Customer"));
    }

    @PutMapping("/{externalId}")
    @Operation(summary = "Create or update a customer by the tenant's own id",
            description = "attributes (e.g. vip, memberSince) travel with the customer's feedback as customer.<name>.")
    Customer save(CurrentUser me, @PathVariable String externalId, @RequestBody CustomerBody body) {
        allowed(me);
        if (externalId.isBlank() || externalId.length() > 100) {
            throw InvalidInputException.of("externalId", "loop.error.tooLong", 100);
        }
        return customers.save(me.tenantId(), externalId, new ContactDetails(body.name(), body.email(), body.phone()),
                body.attributes(), body.contactConsent());
    }

    private static void allowed(CurrentUser me) {
        if (!me.managesConfiguration()) {
            throw new AccessDeniedException("Customers are managed by those who manage configuration");
        }
    }

    record CustomerBody(String name, String email, String phone, Map<String, String> attributes, boolean contactConsent) {
    }
}
