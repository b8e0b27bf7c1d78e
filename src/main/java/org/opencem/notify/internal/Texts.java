package org.opencem.notify.internal;

import java.util.List;
import java.util.Locale;

import org.opencem.notify.NotificationText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notification texts as stored (JSON of key and arguments) and as read (in one locale). */
@Component("notifyTexts")
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String resolve(NotificationText text, Locale locale) {
        if (text.isPlain()) {
            return String.valueOf(text.args().get(0));
        }
        return messages.getMessage(text.key(), text.args().toArray(), text.key(), locale);
    }

    public String resolveStored(String json, Locale locale) {
        return resolve(read(json), locale);
    }

    public static String write(NotificationText text) {
        return JsonMapper.shared().writeValueAsString(new Stored(text.key(), text.args()));
    }

    public static NotificationText read(String json) {
        Stored stored = JsonMapper.shared().readValue(json, new TypeReference<Stored>() { });
        return new NotificationText(stored.key(), stored.args());
    }

    private record Stored(String key, List<Object> args) {
    }
}
