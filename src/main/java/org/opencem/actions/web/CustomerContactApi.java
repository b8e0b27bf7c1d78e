package org.opencem.actions.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.actions.ContactChannel;
import org.opencem.actions.CustomerContactRequest;
import org.opencem.actions.CustomerContacts;
import org.opencem.actions.CustomerMessage;
import org.opencem.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Closing the loop through the API: writing to a case's customer, and posting what they replied. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Closing the loop")
class CustomerContactApi {

    private final CustomerContacts contacts;

    CustomerContactApi(CustomerContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/customer-messages")
    List<CustomerMessage> messages(CurrentUser me, @PathVariable UUID id) {
        return contacts.messages(me, id);
    }

    @PostMapping("/customer-messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the case's customer by email or SMS, optionally with a personal follow-up survey link",
            description = "Queued through the notify module; {link} in the body becomes the follow-up link.")
    CustomerMessage write(CurrentUser me, @PathVariable UUID id, @RequestBody CustomerContactRequest body,
                          HttpServletRequest request) {
        return contacts.write(me, id, body, CustomerContactController.publicBaseUrl(request));
    }

    @PostMapping("/customer-replies")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Attach the customer's reply (from the SMS gateway, the mailbox or a person) to the case's history")
    void reply(CurrentUser me, @PathVariable UUID id, @RequestBody Reply body) {
        contacts.attachReply(me, id, body.channel(), body.text());
    }

    record Reply(ContactChannel channel, String text) {
    }
}
