package org.opencem.notify;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.notify.internal.Channel;
import org.opencem.notify.internal.ChannelDeliveries;
import org.opencem.notify.internal.Channels;
import org.opencem.notify.internal.ConsoleLinks;
import org.opencem.notify.internal.DeliveryLog;
import org.opencem.notify.internal.DeliveryRow;
import org.opencem.notify.internal.Inbox;
import org.opencem.notify.internal.Texts;
import org.opencem.organization.Tenant;
import org.opencem.organization.Tenants;
import org.opencem.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other modules call to notify someone. Every method only writes rows, in the caller's
 * transaction: nothing waits for SMTP or HTTP, and if the caller rolls back nothing is sent. The
 * {@link DeliveryWorker} sends them afterwards, with retries. Each method takes the caller's
 * idempotency key: calling again with the same key adds nothing (one delivery per notification
 * and channel, one in-app notification per user).
 */
@Service
public class Notifications {

    private final UserAccounts users;
    private final Tenants tenants;
    private final Channels channels;
    private final Inbox inbox;
    private final ChannelDeliveries channelDeliveries;
    private final DeliveryLog log;
    private final Texts texts;
    private final ConsoleLinks links;

    Notifications(UserAccounts users, Tenants tenants, Channels channels, Inbox inbox,
                  ChannelDeliveries channelDeliveries, DeliveryLog log, Texts texts, ConsoleLinks links) {
        this.users = users;
        this.tenants = tenants;
        this.channels = channels;
        this.inbox = inbox;
        this.channelDeliveries = channelDeliveries;
        this.log = log;
        this.texts = texts;
        this.links = links;
    }

    /**
     * Notifies console users: an in-app notification each, and an email to each user who has an
     * address and has not turned email off for the event type, in the user's language (their own,
     * else the tenant's). Inactive users and users of other tenants are skipped.
     */
    @Transactional
    public void notifyUsers(UserNotice notice) {
        Tenant tenant = tenant(notice.tenantId());
        for (UUID userId : notice.userIds().stream().distinct().toList()) {
            Optional<UserAccount> found = users.find(notice.tenantId(), userId).filter(UserAccount::active);
            if (found.isEmpty()) {
                continue;
            }
            UserAccount user = found.get();
            inbox.add(notice.tenantId(), userId, notice.idempotencyKey(), notice.eventType(),
                    Texts.write(notice.subject()), Texts.write(notice.body()), notice.link());
            if (user.email() != null && !user.email().isBlank() && inbox.wantsEmail(notice.tenantId(), userId, notice.eventType())) {
                Locale locale = user.locale() == null ? tenant.defaultLocale() : Locale.forLanguageTag(user.locale());
                String subject = texts.resolve(notice.subject(), locale);
                String body = texts.resolve(notice.body(), locale);
                String link = links.absolute(notice.link());
                log.insert(new DeliveryRow(notice.tenantId(), notice.idempotencyKey(), "user:" + userId + ":email",
                        DeliveryChannel.EMAIL, null, userId, notice.eventType(), user.email(), subject,
                        json(emailPayload(user.email(), subject, link == null ? body : body + "\n\n" + link, null, null)),
                        null));
            }
        }
    }

    /**
     * Sends an event to each enabled channel of the tenant subscribed to its type, in the
     * channel's own format, in the tenant's default language.
     */
    @Transactional
    public void publish(ChannelEvent event) {
        queue(event, channels.subscribedTo(event.tenantId(), event.eventType()));
    }

    /**
     * Sends an event to the tenant's enabled channels of these names, whatever event types they
     * take (the sender's own choice of channels, e.g. an alert rule's), in the tenant's default
     * language. Names that match no channel are skipped.
     */
    @Transactional
    public void publishTo(ChannelEvent event, Collection<String> channelNames) {
        queue(event, channelNames.isEmpty() ? List.of() : channels.named(event.tenantId(), channelNames));
    }

    private void queue(ChannelEvent event, List<Channel> to) {
        Tenant tenant = tenant(event.tenantId());
        if (!to.isEmpty()) {
            channelDeliveries.queue(tenant, to, event.idempotencyKey(), event.eventType(), event.title(), event.text(),
                    event.link(), event.data());
        }
    }

    /** Whether the user still takes emails of this type: they did not turn it off on their notifications page. */
    public boolean wantsEmail(UUID tenantId, UUID userId, String eventType) {
        return inbox.wantsEmail(tenantId, userId, eventType);
    }

    /** The users of the tenant who turned off emails of this type. */
    public Set<UUID> emailTurnedOff(UUID tenantId, String eventType) {
        return inbox.optedOut(tenantId, eventType);
    }

    /** Queues an email to a customer; returns the delivery's id (the first one's, for a repeated key). */
    @Transactional
    public UUID emailCustomer(CustomerEmail email) {
        tenant(email.tenantId());
        String subject = texts.resolve(email.subject(), email.locale());
        String body = texts.resolve(email.body(), email.locale());
        return log.insert(new DeliveryRow(email.tenantId(), email.idempotencyKey(), "customer:email", DeliveryChannel.EMAIL,
                null, null, EventTypes.CUSTOMER_MESSAGE, email.to(), subject,
                json(emailPayload(email.to(), subject, body, email.replyTo(), email.reference())), email.reference()));
    }

    /**
     * Queues an email to an active user of the tenant at their address; returns the delivery's id
     * (the first one's, for a repeated key), or empty when the user is gone, inactive, has no address
     * or has turned off emails of its type.
     */
    @Transactional
    public Optional<UUID> emailUser(UserEmail email) {
        tenant(email.tenantId());
        Optional<UserAccount> user = users.find(email.tenantId(), email.userId())
                .filter(UserAccount::active).filter(u -> u.email() != null && !u.email().isBlank())
                .filter(u -> wantsEmail(email.tenantId(), u.id(), email.eventType()));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> payload = emailPayload(user.get().email(), email.subject(), email.text(), null, null);
        payload.put("html", email.html());
        return Optional.of(log.insert(new DeliveryRow(email.tenantId(), email.idempotencyKey(),
                "user:" + email.userId() + ":email", DeliveryChannel.EMAIL, null, email.userId(), email.eventType(),
                user.get().email(), email.subject(), json(payload), null)));
    }

    /** Queues a text message to a customer; returns the delivery's id (the first one's, for a repeated key). */
    @Transactional
    public UUID smsCustomer(CustomerSms sms) {
        tenant(sms.tenantId());
        String text = texts.resolve(sms.text(), sms.locale());
        return log.insert(new DeliveryRow(sms.tenantId(), sms.idempotencyKey(), "customer:sms", DeliveryChannel.SMS,
                null, null, EventTypes.CUSTOMER_MESSAGE, sms.phone(), null,
                json(Map.of("phone", sms.phone(), "text", text)), sms.reference()));
    }

    /** A delivery of the tenant, to follow what became of a customer message. */
    public Optional<Delivery> delivery(UUID tenantId, UUID deliveryId) {
        return log.find(tenantId, deliveryId);
    }

    private Tenant tenant(UUID tenantId) {
        return tenants.find(tenantId).orElseThrow(() -> new NotFoundException("Tenant"));
    }

    private static Map<String, Object> emailPayload(String to, String subject, String body, String replyTo, String reference) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("to", to);
        payload.put("subject", subject);
        payload.put("body", body);
        payload.put("replyTo", replyTo);
        payload.put("reference", reference);
        return payload;
    }

    private static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }
}
