package org.opencem.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import org.opencem.notify.internal.Channel;
import org.opencem.notify.internal.ChannelRequests;
import org.opencem.notify.internal.Channels;
import org.opencem.notify.internal.HttpSender;
import org.opencem.notify.internal.EmailSender;
import org.opencem.notify.internal.Outcome;
import org.opencem.notify.internal.SmsGateway;
import org.opencem.notify.internal.SmsGateways;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what {@link Notifications} queued. Each round claims a batch of due deliveries in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, so instances share the work and never take the same
 * row), marks them SENDING with a lease, and sends them in parallel outside any transaction: a
 * hanging peer holds one thread until its read timeout, not the batch nor a database lock. A
 * failed attempt is retried after an exponentially growing pause, until the last attempt marks it
 * FAILED. A worker that dies mid-send leaves its rows to be taken again when the lease ends.
 */
@Service
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Channels channels;
    private final SmsGateways smsGateways;
    private final HttpSender http;
    private final EmailSender mail;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration lease;
    private final ExecutorService senders;

    DeliveryWorker(JdbcClient jdbc, TransactionTemplate transaction, Channels channels, SmsGateways smsGateways,
                   HttpSender http, EmailSender mail, Clock clock,
                   @Value("${opencem.notify.batch-size:100}") int batchSize,
                   @Value("${opencem.notify.max-attempts:8}") int maxAttempts,
                   @Value("${opencem.notify.initial-backoff:30s}") Duration initialBackoff,
                   @Value("${opencem.notify.max-backoff:2h}") Duration maxBackoff,
                   @Value("${opencem.notify.lease:5m}") Duration lease,
                   @Value("${opencem.notify.send-threads:8}") int sendThreads) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.channels = channels;
        this.smsGateways = smsGateways;
        this.http = http;
        this.mail = mail;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
        this.senders = Executors.newFixedThreadPool(sendThreads, runnable -> {
            Thread thread = new Thread(runnable, "notify-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(initialDelayString = "${opencem.notify.poll-interval:250ms}", fixedDelayString = "${opencem.notify.poll-interval:250ms}")
    void deliverScheduled() {
        try {
            while (deliverDue() == batchSize) {
                // a full batch means more is due
            }
        } catch (RuntimeException e) {
            log.error("Delivery round failed; its deliveries are taken again when their lease ends", e);
        }
    }

    /**
     * One round: claims up to a batch of due deliveries, sends them and records the outcomes.
     * Returns how many it claimed. Tests call it instead of waiting for the schedule.
     */
    public int deliverDue() {
        List<Claimed> batch = claim();
        List<Future<?>> sent = new ArrayList<>(batch.size());
        for (Claimed delivery : batch) {
            sent.add(senders.submit(() -> attempt(delivery)));
        }
        for (Future<?> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                log.error("Sending a delivery failed unexpectedly; it is taken again when its lease ends", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return batch.size();
    }

    /**
     * Rounds until nothing is due: everything queued so far, whoever queued it, has had its attempt.
     * A failed attempt is due again only after its backoff, so this ends.
     */
    public int deliverAllDue() {
        int total = 0;
        for (int claimed = deliverDue(); claimed > 0; claimed = deliverDue()) {
            total += claimed;
        }
        return total;
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    private List<Claimed> claim() {
        boolean mailConfigured = mail.configured();
        return transaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Claimed> due = jdbc.sql("""
                    select tenant_id, id, channel, channel_id, event_type, payload, attempts from notify_delivery d
                    where d.status in ('PENDING', 'SENDING') and d.next_attempt_at <= ?
                      and (d.channel <> 'EMAIL' or ? = true)
                      and (d.channel <> 'SMS' or exists (select 1 from notify_sms_gateway g
                                                          where g.tenant_id = d.tenant_id and g.enabled = true))
                    order by d.next_attempt_at
                    fetch first ? rows only for update skip locked""")
                    .params(now, mailConfigured, batchSize)
                    .query((rs, i) -> new Claimed(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                            DeliveryChannel.valueOf(rs.getString("channel")), rs.getObject("channel_id", UUID.class),
                            rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts")))
                    .list();
            for (Claimed delivery : due) {
                jdbc.sql("update notify_delivery set status = 'SENDING', next_attempt_at = ? where tenant_id = ? and id = ?")
                        .params(now.plus(lease), delivery.tenantId(), delivery.id()).update();
            }
            return due;
        });
    }

    private void attempt(Claimed delivery) {
        Instant started = clock.instant();
        Outcome outcome = send(delivery, started);
        Instant finished = clock.instant();
        record(delivery, outcome, started, Duration.between(started, finished));
    }

    private Outcome send(Claimed delivery, Instant now) {
        return switch (delivery.channel()) {
            case EMAIL -> mail.send(delivery.payload());
            case SMS -> sendSms(delivery);
            case WEBHOOK, WECOM, DINGTALK, FEISHU, SLACK -> {
                Channel channel = delivery.channelId() == null ? null
                        : channels.find(delivery.tenantId(), delivery.channelId()).orElse(null);
                if (channel == null) {
                    yield Outcome.permanentlyFailed("The channel was deleted");
                }
                if (!channel.enabled() && !EventTypes.TEST.equals(delivery.eventType())) {
                    yield Outcome.permanentlyFailed("The channel is disabled");
                }
                yield http.post(channel.kind(), ChannelRequests.prepare(channel.kind(), channel.url(), channel.secret(),
                        delivery.payload(), now, delivery.id(), delivery.eventType()));
            }
        };
    }

    private Outcome sendSms(Claimed delivery) {
        SmsGateway gateway = smsGateways.find(delivery.tenantId()).filter(SmsGateway::enabled).orElse(null);
        if (gateway == null) {
            return Outcome.failed(null, "No SMS gateway is enabled");
        }
        JsonNode payload = JsonMapper.shared().readTree(delivery.payload());
        ChannelRequests.HttpCall call = new ChannelRequests.HttpCall(java.net.URI.create(gateway.url()),
                gateway.hasAuth() ? java.util.Map.of(gateway.authHeader(), gateway.authValue() == null ? "" : gateway.authValue())
                        : java.util.Map.of(HttpHeaders.ACCEPT, "application/json"),
                gateway.body(payload.get("phone").asText(), payload.get("text").asText()));
        return http.post(DeliveryChannel.SMS, call);
    }

    private void record(Claimed delivery, Outcome outcome, Instant attemptedAt, Duration took) {
        int attempts = delivery.attempts() + 1;
        OffsetDateTime at = OffsetDateTime.ofInstant(attemptedAt, clock.getZone());
        String status;
        OffsetDateTime next;
        if (outcome.delivered()) {
            status = DeliveryStatus.SENT.name();
            next = at;
        } else if (outcome.permanent() || attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED.name();
            next = at;
        } else {
            status = DeliveryStatus.PENDING.name();
            next = at.plus(backoff(attempts));
        }
        String error = outcome.error() == null ? null
                : outcome.error().length() <= MAX_ERROR ? outcome.error() : outcome.error().substring(0, MAX_ERROR);
        jdbc.sql("""
                update notify_delivery set status = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?,
                       sent_at = ?, last_error = ?, http_status = ?, duration_ms = ?
                where tenant_id = ? and id = ?""")
                .params(status, attempts, next, at, outcome.delivered() ? at : null, error, outcome.httpStatus(),
                        (int) Math.min(Integer.MAX_VALUE, took.toMillis()), delivery.tenantId(), delivery.id())
                .update();
    }

    /** The pause after the n-th failed attempt: initial × 2^(n−1), at most the maximum. */
    Duration backoff(int failedAttempts) {
        Duration pause = initialBackoff;
        for (int i = 1; i < failedAttempts && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }

    private record Claimed(UUID tenantId, UUID id, DeliveryChannel channel, UUID channelId, String eventType,
                           String payload, int attempts) {
    }
}
