package org.opencem.analytics.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.analytics.DigestRun;
import org.opencem.analytics.DigestSubscription;
import org.opencem.analytics.Digests;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.Violation;
import org.opencem.platform.web.Htmx;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /settings/digests}: the caller's digests (a manager's: everyone's within their scope), a form
 * to subscribe, "send now", a preview of the email, and the run log with the recipients who have left.
 */
@Controller
@RequestMapping("/settings/digests")
class DigestsController {

    private static final String PAGE = "analytics/digests";

    private final Digests digests;
    private final UserAccounts users;
    private final ZoneId zone;

    DigestsController(Digests digests, UserAccounts users, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.digests = digests;
        this.users = users;
        this.zone = zone;
    }

    @GetMapping
    String list(CurrentUser me, HtmxRequest htmx, Model model) {
        return page(me, model, htmx, DigestForm.empty(me.userId()), Map.of());
    }

    @PostMapping
    ModelAndView create(CurrentUser me, DigestForm form, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
        try {
            digests.subscribe(me, form.toInput());
        } catch (InvalidInputException e) {
            return new ModelAndView(page(me, model, htmx, form, Violation.byField(e.violations())));
        }
        return back(redirect, "analytics.digests.saved");
    }

    @PostMapping("/{id}/delete")
    ModelAndView delete(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        digests.delete(me, id);
        return back(redirect, "analytics.digests.deleted");
    }

    @PostMapping("/{id}/send")
    ModelAndView send(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        DigestRun run = digests.sendNow(me, id);
        // flash attributes live in the database-backed session: plain strings only
        redirect.addFlashAttribute("sentStatus", run.status().name());
        redirect.addFlashAttribute("sentTo", run.userName());
        redirect.addFlashAttribute("sentDetail", run.detail());
        return back(redirect, null);
    }

    /** The email itself, as the recipient would see it now. */
    @GetMapping(value = "/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(CurrentUser me, @PathVariable UUID id) {
        return digests.preview(me, id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String page(CurrentUser me, Model model, HtmxRequest htmx, DigestForm form, Map<String, Violation> violations) {
        List<DigestSubscription> subscriptions = digests.subscriptions(me);
        model.addAttribute("subscriptions", subscriptions);
        model.addAttribute("leftCount", subscriptions.stream().filter(s -> s.userName() == null || !s.userActive()).count());
        model.addAttribute("emailOff", digests.recipientsWithEmailOff(me));
        model.addAttribute("runs", digests.runs(me));
        model.addAttribute("recipients", recipients(me));
        model.addAttribute("form", form);
        model.addAttribute("violations", violations);
        model.addAttribute("zone", zone.getId());
        return Htmx.wantsFragment(htmx) ? PAGE + " :: digests" : PAGE;
    }

    /** Whom the caller may subscribe: themselves, and for managers the active users within their scope. */
    private List<UserAccount> recipients(CurrentUser me) {
        return users.all(me.tenantId()).stream().filter(UserAccount::active)
                .filter(u -> u.id().equals(me.userId()) || (me.managesConfiguration()
                        && users.scopeOf(u).unitPaths().stream().allMatch(me.scope()::covers)))
                .toList();
    }

    private static ModelAndView back(RedirectAttributes redirect, String noticeKey) {
        if (noticeKey != null) {
            redirect.addFlashAttribute("notice", noticeKey);
        }
        return new ModelAndView(new RedirectView("/settings/digests", true));
    }
}
