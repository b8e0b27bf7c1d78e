package org.opencem.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.analytics.internal.DigestComposer;
import org.opencem.analytics.internal.DigestSchedule;
import org.opencem.analytics.internal.DigestStore;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.notify.EventTypes;
import org.opencem.notify.Notifications;
import org.opencem.notify.UserEmail;
import org.opencem.organization.Tenants;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Scope;
import org.opencem.platform.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled email digests. Anyone subscribes themselves; tenant admins and CX managers manage the
 * subscriptions of the users within their scope. Each digest is written for its recipient alone:
 * their language, their scope, their cases. One whose recipient has left (deactivated, deleted, no
 * address, no unit left in their scope) or has turned digest emails off is recorded as such and sent
 * to nobody.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    private static final int RUN_LOG = 100;

    private final DigestStore store;
    private final DigestComposer composer;
    private final UserAccounts users;
    private final Tenants tenants;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    Digests(DigestStore store, DigestComposer composer, UserAccounts users, Tenants tenants, Notifications notifications,
            TransactionTemplate transaction, Clock clock, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.store = store;
        this.composer = composer;
        this.users = users;
        this.tenants = tenants;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = zone;
    }

    /** The subscriptions the caller may see: their own, and for managers everyone's within their scope. */
    public List<DigestSubscription> subscriptions(CurrentUser me) {
        return store.subscriptions(me.tenantId(), me.managesConfiguration() ? null : me.userId()).stream()
                .filter(s -> manageable(me, s)).toList();
    }

    public DigestSubscription get(CurrentUser me, UUID id) {
        return store.find(me.tenantId(), id).filter(s -> manageable(me, s))
                .orElseThrow(() -> new NotFoundException("Digest subscription"));
    }

    public DigestSubscription subscribe(CurrentUser me, DigestInput input) {
        DigestInput checked = check(me, input);
        UUID id = store.create(me.tenantId(), checked, me.userId(), OffsetDateTime.now(clock));
        return get(me, id);
    }

    public DigestSubscription update(CurrentUser me, UUID id, DigestInput input) {
        DigestSubscription existing = get(me, id);
        DigestInput checked = check(me, new DigestInput(existing.userId(), input.frequency(), input.weekday(), input.hour(),
                input.enabled()));
        store.update(me.tenantId(), id, checked);
        return get(me, id);
    }

    public void delete(CurrentUser me, UUID id) {
        get(me, id);
        store.delete(me.tenantId(), id);
    }

    /** Of the subscriptions' recipients, those who turned digest emails off on their notifications page. */
    public Set<UUID> recipientsWithEmailOff(CurrentUser me) {
        return notifications.emailTurnedOff(me.tenantId(), EventTypes.DIGEST);
    }

    /** The latest runs the caller may see, newest first. */
    public List<DigestRun> runs(CurrentUser me) {
        List<UUID> visible = subscriptions(me).stream().map(DigestSubscription::id).toList();
        return store.runs(me.tenantId(), me.managesConfiguration() ? null : me.userId(), RUN_LOG).stream()
                .filter(r -> visible.contains(r.subscriptionId()) || me.isAdmin()).toList();
    }

    /** The runs of one subscription, newest first. */
    public List<DigestRun> runs(CurrentUser me, UUID subscriptionId) {
        get(me, subscriptionId);
        return store.runsOf(me.tenantId(), subscriptionId);
    }

    /** Sends a subscription's digest now, about the last complete day or week, whatever the schedule. */
    public DigestRun sendNow(CurrentUser me, UUID id) {
        DigestSubscription subscription = get(me, id);
        DigestSchedule.Slot slot = DigestSchedule.current(subscription.frequency(), now(clock.instant()));
        UUID runId = run(me.tenantId(), subscription, DigestStore.MANUAL + Ids.newId(), slot);
        return store.runsOf(me.tenantId(), id).stream().filter(r -> r.id().equals(runId)).findFirst().orElseThrow();
    }

    /** The email a subscription would send now, as HTML, without sending it; empty when its recipient has left. */
    public Optional<String> preview(CurrentUser me, UUID id) {
        DigestSubscription subscription = get(me, id);
        DigestSchedule.Slot slot = DigestSchedule.current(subscription.frequency(), now(clock.instant()));
        Recipient recipient = recipient(me.tenantId(), subscription);
        if (recipient.leftBecause() != null) {
            return Optional.empty();
        }
        return Optional.of(composer.compose(recipient.user(), recipient.scope(), recipient.locale(),
                subscription.frequency(), slot.from(), slot.to()).html());
    }

    /**
     * Sends every digest that is due at {@code now} and has not gone out for its period yet; what the
     * scheduled job calls. Returns how many runs it recorded (sent or reported as recipient left).
     */
    public int sendDue(Instant now) {
        ZonedDateTime local = now(now);
        int recorded = 0;
        for (DigestStore.Due due : store.enabled()) {
            DigestSubscription subscription = due.subscription();
            DigestSchedule.Slot slot = DigestSchedule.latest(subscription.frequency(), subscription.weekday(),
                    subscription.hour(), local);
            // a subscription made after its latest slot waits for the next one
            if (slot.dueAt().toInstant().isBefore(subscription.createdAt().toInstant())) {
                continue;
            }
            try {
                if (run(due.tenantId(), subscription, slot.key(), slot) != null) {
                    recorded++;
                }
            } catch (RuntimeException e) {
                log.error("Digest {} of tenant {} failed; it is tried again on the next round", subscription.id(),
                        due.tenantId(), e);
            }
        }
        return recorded;
    }

    /** One run in one transaction: the run row first (at most one per key), then the email. Null when done before. */
    private UUID run(UUID tenantId, DigestSubscription subscription, String key, DigestSchedule.Slot slot) {
        UUID runId = Ids.newId();
        OffsetDateTime at = OffsetDateTime.now(clock);
        return transaction.execute(status -> {
            Recipient recipient = recipient(tenantId, subscription);
            if (recipient.leftBecause() != null) {
                return store.claim(tenantId, runId, subscription, key, slot.from(), slot.to(),
                        DigestRun.Status.RECIPIENT_LEFT, recipient.leftBecause(), at) ? runId : null;
            }
            if (!notifications.wantsEmail(tenantId, recipient.user().id(), EventTypes.DIGEST)) {
                return store.claim(tenantId, runId, subscription, key, slot.from(), slot.to(),
                        DigestRun.Status.EMAIL_OFF, "email-off", at) ? runId : null;
            }
            if (!store.claim(tenantId, runId, subscription, key, slot.from(), slot.to(), DigestRun.Status.SENT, null, at)) {
                return null;
            }
            DigestComposer.Email email = composer.compose(recipient.user(), recipient.scope(), recipient.locale(),
                    subscription.frequency(), slot.from(), slot.to());
            notifications.emailUser(new UserEmail(tenantId, "digest-" + subscription.id() + "-" + key, EventTypes.DIGEST,
                            recipient.user().id(), email.subject(), email.text(), email.html()))
                    .ifPresent(delivery -> store.delivered(tenantId, runId, delivery));
            return runId;
        });
    }

    /** The recipient as they are now, or why they can no longer get their digest. */
    private record Recipient(UserAccount user, Scope scope, Locale locale, String leftBecause) {
    }

    private Recipient recipient(UUID tenantId, DigestSubscription subscription) {
        Optional<UserAccount> found = users.find(tenantId, subscription.userId());
        if (found.isEmpty()) {
            return new Recipient(null, null, null, "deleted");
        }
        UserAccount user = found.get();
        if (!user.active()) {
            return new Recipient(user, null, null, "deactivated");
        }
        if (user.email() == null || user.email().isBlank()) {
            return new Recipient(user, null, null, "no-email");
        }
        Scope scope = users.scopeOf(user);
        if (scope.unitPaths().isEmpty()) {
            return new Recipient(user, scope, null, "no-scope");
        }
        Locale locale = user.locale() != null ? Locale.forLanguageTag(user.locale())
                : tenants.find(tenantId).map(t -> t.defaultLocale()).orElse(Locale.SIMPLIFIED_CHINESE);
        return new Recipient(user, scope, locale, null);
    }

    /** Own subscriptions always; a manager's also those whose recipient lies within the manager's scope (or is gone). */
    private boolean manageable(CurrentUser me, DigestSubscription subscription) {
        if (subscription.userId().equals(me.userId())) {
            return true;
        }
        if (!me.managesConfiguration()) {
            return false;
        }
        return users.find(me.tenantId(), subscription.userId())
                .map(user -> users.scopeOf(user).unitPaths().stream().allMatch(me.scope()::covers))
                .orElse(true);
    }

    private DigestInput check(CurrentUser me, DigestInput input) {
        List<Violation> violations = new ArrayList<>();
        UUID userId = input.userId() == null ? me.userId() : input.userId();
        if (!userId.equals(me.userId()) && !me.managesConfiguration()) {
            throw new AccessDeniedException("Only tenant admins and CX managers subscribe other users");
        }
        Optional<UserAccount> user = users.find(me.tenantId(), userId).filter(UserAccount::active);
        if (user.isEmpty() || !users.scopeOf(user.get()).unitPaths().stream().allMatch(me.scope()::covers)) {
            violations.add(Violation.of("userId", "analytics.digest.error.user"));
        } else if (user.get().email() == null || user.get().email().isBlank()) {
            violations.add(Violation.of("userId", "analytics.digest.error.noEmail"));
        }
        if (input.frequency() == null) {
            violations.add(Violation.of("frequency", "common.required"));
        }
        if (input.frequency() == DigestFrequency.WEEKLY && input.weekday() == null) {
            violations.add(Violation.of("weekday", "analytics.digest.error.weekday"));
        }
        if (input.hour() < 0 || input.hour() > 23) {
            violations.add(Violation.of("hour", "analytics.digest.error.hour"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new DigestInput(userId, input.frequency(),
                input.frequency() == DigestFrequency.WEEKLY ? input.weekday() : null, input.hour(), input.enabled());
    }

    private ZonedDateTime now(Instant instant) {
        return instant.atZone(zone);
    }
}
