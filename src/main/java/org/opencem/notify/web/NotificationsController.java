package org.opencem.notify.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.opencem.notify.EventTypes;
import org.opencem.notify.internal.Inbox;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's in-app notifications: the bell in the top bar, the list, and which ones also come by email. */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

    private static final int PAGE_SIZE = 100;
    private static final int BELL_SIZE = 5;

    private final Inbox inbox;

    NotificationsController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String list(CurrentUser me, @RequestParam(defaultValue = "false") boolean unread, HtmxRequest htmx, Model model) {
        model.addAttribute("items", inbox.latest(me.tenantId(), me.userId(), unread, PAGE_SIZE));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unread(me.tenantId(), me.userId()));
        model.addAttribute("eventTypes", EventTypes.FOR_USERS);
        model.addAttribute("emailOff", inbox.emailOptOuts(me.tenantId(), me.userId()));
        model.addAttribute("pageCss", List.of("/css/notify.css"));
        return Htmx.wantsFragment(htmx) ? "notify/partials/inbox :: list" : "notify/inbox";
    }

    /** The bell, loaded by the layout after the page, so pages themselves pay no query for it. */
    @GetMapping("/bell")
    String bell(CurrentUser me, Model model) {
        model.addAttribute("unreadCount", inbox.unread(me.tenantId(), me.userId()));
        model.addAttribute("latest", inbox.latest(me.tenantId(), me.userId(), true, BELL_SIZE));
        return "notify/partials/bell :: bell";
    }

    /** Opening a notification marks it read and goes where it points. */
    @PostMapping("/{id}/read")
    String read(CurrentUser me, @PathVariable UUID id) {
        String link = inbox.markRead(me.tenantId(), me.userId(), id);
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/read-all")
    String readAll(CurrentUser me) {
        inbox.markAllRead(me.tenantId(), me.userId());
        return "redirect:/notifications";
    }

    @PostMapping("/email")
    String emailChoices(CurrentUser me, @RequestParam(name = "email", required = false) List<String> wanted,
                        RedirectAttributes redirect) {
        Set<String> off = new HashSet<>(EventTypes.FOR_USERS);
        if (wanted != null) {
            off.removeAll(wanted);
        }
        inbox.setEmailOptOuts(me.tenantId(), me.userId(), off);
        redirect.addFlashAttribute("notice", "notify.email.saved");
        return "redirect:/notifications";
    }
}
