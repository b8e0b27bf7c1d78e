package org.opencem.actions.internal.loop;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.ContactChannel;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenant's wording of "we heard you; this is what we did", per channel, with placeholders
 * {customer}, {store}, {case}, {done} and {link}; the product's own wording in the customer's
 * language until the tenant writes theirs.
 */
@Component
public class MessageTemplates {

    public static final String LINK = "{link}";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    MessageTemplates(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    public record Template(ContactChannel channel, String subject, String body) {

        /** The template with everything but the follow-up link filled in. */
        public Template fill(Map<String, String> values) {
            return new Template(channel, replace(subject, values), replace(body, values));
        }

        private static String replace(String text, Map<String, String> values) {
            if (text == null) {
                return null;
            }
            String filled = text;
            for (Map.Entry<String, String> value : values.entrySet()) {
                filled = filled.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
            }
            return filled;
        }
    }

    public Template template(UUID tenantId, ContactChannel channel, Locale customerLocale) {
        return jdbc.sql("select subject, body from customer_message_template where tenant_id = ? and channel = ?")
                .params(tenantId, channel.name())
                .query((rs, i) -> new Template(channel, rs.getString("subject"), rs.getString("body"))).optional()
                .orElseGet(() -> new Template(channel,
                        channel == ContactChannel.EMAIL ? messages.getMessage("loop.template.EMAIL.subject", null, customerLocale) : null,
                        messages.getMessage("loop.template." + channel + ".body", null, customerLocale)));
    }

    public void save(UUID tenantId, Template template) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("update customer_message_template set subject = ?, body = ?, updated_at = ? where tenant_id = ? and channel = ?")
                .params(template.subject(), template.body(), now, tenantId, template.channel().name()).update();
        if (updated == 0) {
            jdbc.sql("insert into customer_message_template (tenant_id, channel, subject, body, updated_at) values (?, ?, ?, ?, ?)")
                    .params(tenantId, template.channel().name(), template.subject(), template.body(), now).update();
        }
    }
}
