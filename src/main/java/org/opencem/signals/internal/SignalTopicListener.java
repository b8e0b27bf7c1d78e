package org.opencem.signals.internal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the signals topic when {@code opencem.signals.kafka.enabled} is true; off by default,
 * so the quick start needs no broker. Messages are keyed as the sender likes (by tenant or
 * customer keeps one customer's signals in order).
 */
@Component
@ConditionalOnProperty(name = "opencem.signals.kafka.enabled", havingValue = "true")
class SignalTopicListener {

    private final TopicMessages messages;

    SignalTopicListener(TopicMessages messages) {
        this.messages = messages;
    }

    @KafkaListener(topics = "${opencem.signals.kafka.topic:opencem.signals}",
            groupId = "${opencem.signals.kafka.group:opencem-signals}")
    void on(ConsumerRecord<String, String> message) {
        messages.take(new TopicMessages.Origin(message.topic(), message.partition(), message.offset()), message.value());
    }
}
