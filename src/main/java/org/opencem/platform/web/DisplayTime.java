package org.opencem.platform.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Shows stored instants in the reporting time zone; templates call it as {@code @when}. */
@Component("when")
public class DisplayTime {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ZoneId zone;

    DisplayTime(@Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    public String full(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(FULL);
    }

    public String brief(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(SHORT);
    }
}
