package org.opencem.notify.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.opencem.notify.DeliveryChannel;
import org.opencem.notify.internal.Channel;
import org.opencem.notify.internal.ChannelRules;
import org.opencem.notify.internal.Channels;
import org.opencem.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's webhooks and IM bots over JSON, for tenant admins. Secrets are written, never read back. */
@RestController
@RequestMapping("/api/v1/notification-channels")
@PreAuthorize("hasRole('TENANT_ADMIN')")
@Tag(name = "Notification channels", description = "Signed webhooks and WeCom, DingTalk, Feishu and Slack group bots "
        + "that receive the tenant's events. Webhook requests carry X-OpenCEM-Signature: t=<unix seconds>,v1=<hex "
        + "HMAC-SHA256 of \"<t>.<body>\" keyed with the channel's secret>.")
class ChannelApi {

    @Schema(description = "A channel. The secret is never returned, except once when the server made it for a new webhook.")
    record ChannelView(UUID id, String name, DeliveryChannel kind, String url, boolean hasSecret,
                       @Schema(description = "Event types it receives; [\"*\"] for all") List<String> eventTypes,
                       boolean enabled, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                       @Schema(description = "Only in the answer to creating a webhook without a secret") String generatedSecret) {

        static ChannelView of(Channel channel, String generatedSecret) {
            return new ChannelView(channel.id(), channel.name(), channel.kind(), channel.url(), channel.hasSecret(),
                    channel.eventTypes(), channel.enabled(), channel.createdAt(), channel.updatedAt(), generatedSecret);
        }
    }

    @Schema(description = "A channel to create or replace. On update a missing or blank secret keeps the stored one.")
    record ChannelRequest(@Schema(example = "店长群") String name,
                          @Schema(example = "WECOM", allowableValues = {"WEBHOOK", "WECOM", "DINGTALK", "FEISHU", "SLACK"}) String kind,
                          @Schema(example = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…") String url,
                          @Schema(description = "Webhook: the HMAC key (made for you when blank); DingTalk and Feishu: the "
                                  + "bot's signing secret; WeCom and Slack: unused") String secret,
                          @Schema(example = "[\"case.opened\", \"case.escalated\"]") List<String> eventTypes,
                          Boolean enabled) {
    }

    private final Channels channels;

    ChannelApi(Channels channels) {
        this.channels = channels;
    }

    @GetMapping
    @Operation(summary = "List the tenant's channels")
    List<ChannelView> list(CurrentUser me) {
        return channels.all(me.tenantId()).stream().map(c -> ChannelView.of(c, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One channel")
    ChannelView get(CurrentUser me, @PathVariable UUID id) {
        return ChannelView.of(channels.get(me.tenantId(), id), null);
    }

    @PostMapping
    @Operation(summary = "Create a channel")
    ResponseEntity<ChannelView> create(CurrentUser me, @RequestBody ChannelRequest request) {
        var form = ChannelRules.checked(request.name(), request.kind(), request.url(), request.secret(),
                request.eventTypes(), request.enabled() == null || request.enabled(), true);
        Channel channel = channels.create(me.tenantId(), form);
        boolean generated = request.secret() == null || request.secret().isBlank();
        return ResponseEntity.created(URI.create("/api/v1/notification-channels/" + channel.id()))
                .body(ChannelView.of(channel, generated ? channel.secret() : null));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a channel's settings")
    ChannelView update(CurrentUser me, @PathVariable UUID id, @RequestBody ChannelRequest request) {
        channels.get(me.tenantId(), id);
        var form = ChannelRules.checked(request.name(), request.kind(), request.url(), request.secret(),
                request.eventTypes(), request.enabled() == null || request.enabled(), false);
        return ChannelView.of(channels.update(me.tenantId(), id, form), null);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a channel; its queued deliveries fail")
    ResponseEntity<Void> delete(CurrentUser me, @PathVariable UUID id) {
        channels.delete(me.tenantId(), id);
        return ResponseEntity.noContent().build();
    }
}
