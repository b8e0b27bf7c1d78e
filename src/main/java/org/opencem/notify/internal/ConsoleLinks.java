package org.opencem.notify.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns a console path into the absolute address an email or a chat message needs. */
@Component
public class ConsoleLinks {

    private final String consoleUrl;

    ConsoleLinks(@Value("${opencem.notify.console-url:http://localhost:8080}") String consoleUrl) {
        this.consoleUrl = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
    }

    public String absolute(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return consoleUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
