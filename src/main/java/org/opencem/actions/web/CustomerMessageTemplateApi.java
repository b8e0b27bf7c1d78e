package org.opencem.actions.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.actions.ContactChannel;
import org.opencem.actions.CustomerContacts;
import org.opencem.actions.CustomerMessageTemplate;
import org.opencem.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's wording of messages to customers, per channel. */
@RestController
@RequestMapping("/api/v1/customer-message-templates")
@Tag(name = "Closing the loop")
class CustomerMessageTemplateApi {

    private final CustomerContacts contacts;

    CustomerMessageTemplateApi(CustomerContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/{channel}")
    CustomerMessageTemplate get(CurrentUser me, @PathVariable ContactChannel channel, Locale locale) {
        return contacts.template(me, channel, locale);
    }

    @PutMapping("/{channel}")
    @Operation(summary = "Replace the tenant's template for EMAIL or SMS",
            description = "Placeholders: {customer}, {store}, {case}, {done}, {link}. Only for those who manage configuration.")
    CustomerMessageTemplate save(CurrentUser me, @PathVariable ContactChannel channel, @RequestBody Wording body) {
        return contacts.saveTemplate(me, new CustomerMessageTemplate(channel, body.subject(), body.body()));
    }

    record Wording(String subject, String body) {
    }
}
