package org.opencem.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.AssignMode;
import org.opencem.actions.CaseConfiguration;
import org.opencem.actions.CasePriority;
import org.opencem.actions.CaseSettings;
import org.opencem.actions.SlaTarget;
import org.opencem.demo.DemoPhrases.Theme;
import org.springframework.stereotype.Component;

/**
 * The demo chain's case settings: restaurants open 10:00–22:00 every day, SLA targets a store can
 * keep, head-office CX at the top of the escalation chain, root causes that match what customers
 * complain about, and booking complaints handled by customer service before IT.
 */
@Component
class DemoCaseSetup {

    /** Root causes by complaint theme; {@code null} is the cause of complaints that fit no theme. */
    record RootCauses(Map<Theme, UUID> byTheme, UUID other) {

        UUID of(Theme theme) {
            return theme == null ? other : byTheme.get(theme);
        }
    }

    private final CaseConfiguration configuration;

    DemoCaseSetup(CaseConfiguration configuration) {
        this.configuration = configuration;
    }

    RootCauses configure(UUID tenantId, UUID headOfficeCx, UUID bookingTouchpoint, UUID customerService, ZoneId zone) {
        configuration.save(tenantId, new CaseSettings(zone, LocalTime.of(10, 0), LocalTime.of(22, 0),
                EnumSet.allOf(DayOfWeek.class), AssignMode.LEAST_LOADED, headOfficeCx, true, 80));
        configuration.saveSla(tenantId, List.of(new SlaTarget(CasePriority.URGENT, 60, 4 * 60),
                new SlaTarget(CasePriority.HIGH, 2 * 60, 12 * 60), new SlaTarget(CasePriority.NORMAL, 4 * 60, 24 * 60),
                new SlaTarget(CasePriority.LOW, 8 * 60, 48 * 60)));
        configuration.addRule(tenantId, null, bookingTouchpoint, customerService, null);
        Map<Theme, UUID> byTheme = new EnumMap<>(Theme.class);
        byTheme.put(Theme.SPEED, cause(tenantId, "SLOW_SERVING", "出餐慢", "Slow serving"));
        byTheme.put(Theme.TASTE, cause(tenantId, "FOOD_QUALITY", "菜品质量", "Food quality"));
        byTheme.put(Theme.PORTION, cause(tenantId, "PORTION", "分量不足", "Small portions"));
        byTheme.put(Theme.QUEUE, cause(tenantId, "QUEUE", "排队等候", "Waiting for a table"));
        byTheme.put(Theme.STAFF, cause(tenantId, "STAFF", "服务态度", "Staff attitude"));
        byTheme.put(Theme.CLEAN, cause(tenantId, "HYGIENE", "环境卫生", "Hygiene"));
        byTheme.put(Theme.PRICE, cause(tenantId, "PRICE", "价格与优惠", "Prices and offers"));
        byTheme.put(Theme.APP, cause(tenantId, "APP", "小程序与预约", "App and booking"));
        return new RootCauses(byTheme, cause(tenantId, "OTHER", "其他", "Other"));
    }

    private UUID cause(UUID tenantId, String code, String zh, String en) {
        return configuration.addRootCause(tenantId, code, zh, en).id();
    }
}
