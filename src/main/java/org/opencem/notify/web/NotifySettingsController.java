package org.opencem.notify.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.opencem.notify.Delivery;
import org.opencem.notify.DeliveryChannel;
import org.opencem.notify.DeliveryStatus;
import org.opencem.notify.EventTypes;
import org.opencem.notify.internal.Channel;
import org.opencem.notify.internal.ChannelDeliveries;
import org.opencem.notify.internal.ChannelForm;
import org.opencem.notify.internal.ChannelRules;
import org.opencem.notify.internal.Channels;
import org.opencem.notify.internal.DeliveryLog;
import org.opencem.notify.internal.EmailSender;
import org.opencem.notify.internal.SmsGateway;
import org.opencem.notify.internal.SmsGateways;
import org.opencem.organization.Tenants;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tenant admins set up where notifications go (channels, SMS gateway) and follow what was delivered. */
@Controller
@RequestMapping("/settings/notifications")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class NotifySettingsController {

    private static final int LOG_SIZE = 200;
    private static final List<String> PAGE_CSS = List.of("/css/notify.css");

    /** What the channel form shows: what was entered (kept on errors), never the stored secret. */
    record ChannelEntry(String name, String kind, String url, List<String> eventTypes, boolean enabled) {

        static ChannelEntry blank() {
            return new ChannelEntry("", DeliveryChannel.WECOM.name(), "", List.of(Channel.ALL_EVENTS), true);
        }

        static ChannelEntry of(Channel channel) {
            return new ChannelEntry(channel.name(), channel.kind().name(), channel.url(), channel.eventTypes(), channel.enabled());
        }
    }

    record GatewayEntry(String url, String authHeader, boolean hasAuthValue, String bodyTemplate, boolean enabled) {
    }

    private final Channels channels;
    private final ChannelDeliveries channelDeliveries;
    private final SmsGateways smsGateways;
    private final DeliveryLog log;
    private final EmailSender email;
    private final Tenants tenants;

    NotifySettingsController(Channels channels, ChannelDeliveries channelDeliveries, SmsGateways smsGateways,
                             DeliveryLog log, EmailSender email, Tenants tenants) {
        this.channels = channels;
        this.channelDeliveries = channelDeliveries;
        this.smsGateways = smsGateways;
        this.log = log;
        this.email = email;
        this.tenants = tenants;
    }

    @GetMapping
    String channels(CurrentUser me, Model model) {
        model.addAttribute("channels", channels.all(me.tenantId()));
        model.addAttribute("smtpConfigured", email.configured());
        return page(model, "notify/channels");
    }

    @GetMapping("/channels/new")
    String newChannel(Model model) {
        return channelForm(model, null, ChannelEntry.blank(), Map.of());
    }

    @GetMapping("/channels/{id}/edit")
    String editChannel(CurrentUser me, @PathVariable UUID id, Model model) {
        Channel channel = channels.get(me.tenantId(), id);
        return channelForm(model, channel, ChannelEntry.of(channel), Map.of());
    }

    @PostMapping("/channels")
    String createChannel(CurrentUser me, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
                         @RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String secret,
                         @RequestParam(required = false) List<String> eventTypes,
                         @RequestParam(defaultValue = "false") boolean enabled,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return saveChannel(me, null, new ChannelEntry(name, kind, url, orEmpty(eventTypes), enabled), secret, model,
                response, redirect);
    }

    @PostMapping("/channels/{id}")
    String updateChannel(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
                         @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String url,
                         @RequestParam(defaultValue = "") String secret, @RequestParam(required = false) List<String> eventTypes,
                         @RequestParam(defaultValue = "false") boolean enabled,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return saveChannel(me, channels.get(me.tenantId(), id), new ChannelEntry(name, kind, url, orEmpty(eventTypes), enabled),
                secret, model, response, redirect);
    }

    /** Creates ({@code existing} null) or updates a channel, or shows the form again with what was wrong. */
    private String saveChannel(CurrentUser me, Channel existing, ChannelEntry entry, String secret, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) {
        ChannelForm form;
        try {
            form = ChannelRules.checked(entry.name(), entry.kind(), entry.url(), secret, entry.eventTypes(), entry.enabled(),
                    existing == null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return channelForm(model, existing, entry, Violation.byField(e.violations()));
        }
        Channel saved = existing == null ? channels.create(me.tenantId(), form) : channels.update(me.tenantId(), existing.id(), form);
        redirect.addFlashAttribute("notice", existing == null ? "notify.channel.created" : "notify.channel.saved");
        redirect.addFlashAttribute("noticeArg", saved.name());
        if (existing == null && saved.kind() == DeliveryChannel.WEBHOOK && secret.isBlank()) {
            redirect.addFlashAttribute("generatedSecret", saved.secret());
        }
        return "redirect:/settings/notifications";
    }

    @PostMapping("/channels/{id}/delete")
    String deleteChannel(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        Channel channel = channels.get(me.tenantId(), id);
        channels.delete(me.tenantId(), id);
        redirect.addFlashAttribute("notice", "notify.channel.deleted");
        redirect.addFlashAttribute("noticeArg", channel.name());
        return "redirect:/settings/notifications";
    }

    /** Queues a test message; htmx shows its outcome in the row as soon as the worker has tried. */
    @PostMapping("/channels/{id}/test")
    String test(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        Channel channel = channels.get(me.tenantId(), id);
        UUID deliveryId = channelDeliveries.queueTest(tenants.find(me.tenantId()).orElseThrow(), channel);
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute("notice", "notify.test.queued");
            redirect.addFlashAttribute("noticeArg", channel.name());
            return "redirect:/settings/notifications/log";
        }
        return deliveryStatus(me, deliveryId, model);
    }

    @GetMapping("/log/{id}/status")
    String deliveryStatus(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("delivery", delivery(me, id));
        return "notify/partials/log :: status";
    }

    @GetMapping("/sms")
    String sms(CurrentUser me, Model model) {
        SmsGateway gateway = smsGateways.find(me.tenantId()).orElse(null);
        model.addAttribute("entry", gateway == null
                ? new GatewayEntry("", "Authorization", false, SmsGateway.DEFAULT_TEMPLATE, true)
                : new GatewayEntry(gateway.url(), gateway.authHeader(), gateway.authValue() != null,
                        gateway.bodyTemplate(), gateway.enabled()));
        model.addAttribute("violations", Map.of());
        return page(model, "notify/sms");
    }

    @PostMapping("/sms")
    String saveSms(CurrentUser me, @RequestParam(defaultValue = "") String url,
                   @RequestParam(defaultValue = "") String authHeader, @RequestParam(defaultValue = "") String authValue,
                   @RequestParam(defaultValue = "") String bodyTemplate, @RequestParam(defaultValue = "false") boolean enabled,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            smsGateways.save(me.tenantId(), ChannelRules.checkedGateway(url, authHeader, authValue, bodyTemplate, enabled));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            boolean hasStored = smsGateways.find(me.tenantId()).map(g -> g.authValue() != null).orElse(false);
            model.addAttribute("entry", new GatewayEntry(url, authHeader, hasStored, bodyTemplate, enabled));
            model.addAttribute("violations", Violation.byField(e.violations()));
            return page(model, "notify/sms");
        }
        redirect.addFlashAttribute("notice", "notify.sms.saved");
        return "redirect:/settings/notifications/sms";
    }

    @GetMapping("/log")
    String log(CurrentUser me, @RequestParam(required = false) DeliveryStatus status,
               @RequestParam(required = false) DeliveryChannel channel, HtmxRequest htmx, Model model) {
        model.addAttribute("deliveries", log.list(me.tenantId(), status, channel, LOG_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("channel", channel);
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("channelKinds", DeliveryChannel.values());
        model.addAttribute("smtpConfigured", email.configured());
        model.addAttribute("smsConfigured", smsGateways.find(me.tenantId()).filter(SmsGateway::enabled).isPresent());
        return Htmx.wantsFragment(htmx) ? "notify/partials/log :: table" : page(model, "notify/log");
    }

    @GetMapping("/log/{id}")
    String deliveryDetail(CurrentUser me, @PathVariable UUID id, Model model) {
        Delivery delivery = delivery(me, id);
        model.addAttribute("delivery", delivery);
        model.addAttribute("prettyPayload", Payloads.pretty(delivery.payload()));
        return "notify/partials/log :: detail";
    }

    @PostMapping("/log/{id}/retry")
    String retry(CurrentUser me, @PathVariable UUID id, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        log.retryNow(me.tenantId(), id);
        if (htmx.isHtmxRequest()) {
            return deliveryStatus(me, id, model);
        }
        redirect.addFlashAttribute("notice", "notify.log.retried");
        return "redirect:/settings/notifications/log";
    }

    private Delivery delivery(CurrentUser me, UUID id) {
        return log.find(me.tenantId(), id).orElseThrow(() -> new NotFoundException("Delivery"));
    }

    private String channelForm(Model model, Channel channel, ChannelEntry entry, Map<String, Violation> violations) {
        model.addAttribute("channel", channel);
        model.addAttribute("entry", entry);
        model.addAttribute("violations", violations);
        model.addAttribute("kinds", List.of(DeliveryChannel.values()).stream().filter(DeliveryChannel::isConfigurable).toList());
        model.addAttribute("eventTypes", EventTypes.FOR_CHANNELS);
        return page(model, "notify/channel-form");
    }

    private static String page(Model model, String view) {
        model.addAttribute("pageCss", PAGE_CSS);
        return view;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
