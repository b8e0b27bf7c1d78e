package org.opencem.notify.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.opencem.notify.Delivery;
import org.opencem.notify.DeliveryChannel;
import org.opencem.notify.DeliveryStatus;
import org.opencem.notify.internal.DeliveryLog;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log over JSON, for tenant admins: what was sent where, and what went wrong. */
@RestController
@RequestMapping("/api/v1/deliveries")
@PreAuthorize("hasRole('TENANT_ADMIN')")
@Tag(name = "Deliveries", description = "Every email, SMS, webhook call and IM message of the tenant, newest first, "
        + "with its status (PENDING, SENDING, SENT, FAILED), attempts, last error and HTTP status.")
class DeliveryApi {

    private final DeliveryLog log;

    DeliveryApi(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "List deliveries, newest first")
    List<Delivery> list(CurrentUser me, @RequestParam(required = false) DeliveryStatus status,
                        @RequestParam(required = false) DeliveryChannel channel,
                        @Parameter(description = "1 to 500") @RequestParam(defaultValue = "100") int limit) {
        return log.list(me.tenantId(), status, channel, Math.min(Math.max(limit, 1), 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One delivery, with its payload and last error")
    Delivery get(CurrentUser me, @PathVariable UUID id) {
        return log.find(me.tenantId(), id).orElseThrow(() -> new NotFoundException("Delivery"));
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a pending or failed delivery again now, with a fresh set of attempts")
    Delivery retry(CurrentUser me, @PathVariable UUID id) {
        log.retryNow(me.tenantId(), id);
        return get(me, id);
    }
}
