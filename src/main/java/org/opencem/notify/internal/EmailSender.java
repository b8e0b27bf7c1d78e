package org.opencem.notify.internal;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends queued emails through Spring Mail. Without {@code spring.mail.host} there is no mail
 * sender: emails then wait in the log until SMTP is configured.
 */
@Component
public class EmailSender {

    public static final String REFERENCE_HEADER = "X-OpenCEM-Reference";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    EmailSender(ObjectProvider<JavaMailSender> mailSender,
               @Value("${opencem.notify.mail-from:OpenCEM <noreply@opencem.local>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    public Outcome send(String payloadJson) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return Outcome.failed(null, "SMTP is not configured");
        }
        JsonNode payload = JsonMapper.shared().readTree(payloadJson);
        try {
            MimeMessage message = sender.createMimeMessage();
            boolean html = !payload.path("html").isNull() && !payload.path("html").isMissingNode();
            // an HTML email goes as multipart/alternative with its plain-text part first
            MimeMessageHelper helper = new MimeMessageHelper(message, html, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(payload.get("to").asText());
            helper.setSubject(payload.get("subject").asText());
            if (html) {
                helper.setText(payload.get("body").asText(), payload.get("html").asText());
            } else {
                helper.setText(payload.get("body").asText(), false);
            }
            if (!payload.path("replyTo").isNull() && !payload.path("replyTo").isMissingNode()) {
                helper.setReplyTo(payload.get("replyTo").asText());
            }
            if (!payload.path("reference").isNull() && !payload.path("reference").isMissingNode()) {
                message.setHeader(REFERENCE_HEADER, payload.get("reference").asText());
            }
            sender.send(message);
            return Outcome.delivered(null);
        } catch (MessagingException | MailException e) {
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
