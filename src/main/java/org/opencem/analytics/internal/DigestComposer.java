package org.opencem.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencem.actions.CaseQuery;
import org.opencem.actions.CaseSummary;
import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.DigestFrequency;
import org.opencem.analytics.MetricRow;
import org.opencem.analytics.MetricValue;
import org.opencem.analytics.ViewMetric;
import org.opencem.identity.UserAccount;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes one recipient's digest, in their language and about their scope only: for each unit at the
 * top of their scope, the headline metrics against the previous period and the goal with n, the
 * weakest touchpoint, then their open and overdue cases. An HTML email with the same text as plain text.
 */
@Component
public class DigestComposer {

    /** A recipient with more top units than this (an odd scope) gets the first ones; the console has the rest. */
    private static final int MAX_UNITS = 5;
    private static final int MAX_CASES = 5;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UnitReports reports;
    private final OrgUnits orgUnits;
    private final Cases cases;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final ZoneId zone;
    private final String consoleUrl;

    DigestComposer(UnitReports reports, OrgUnits orgUnits, Cases cases, MessageSource messages, ITemplateEngine templates,
                   Clock clock, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone,
                   @Value("${opencem.notify.console-url:http://localhost:8080}") String consoleUrl) {
        this.reports = reports;
        this.orgUnits = orgUnits;
        this.cases = cases;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.zone = zone;
        this.consoleUrl = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
    }

    public record Email(String subject, String text, String html) {
    }

    /**
     * One headline metric as the email shows it, already formatted, with the colours of its value, its
     * change and its goal (green, amber, red as on screen; grey for small samples and insignificant changes).
     */
    public record KpiLine(String label, String value, String colour, long n, boolean smallSample, String change,
                          boolean significant, String changeColour, String previous, String goal, Boolean goalMet,
                          String goalColour) {
    }

    private static final String GREEN = "#198754";
    private static final String AMBER = "#b7791f";
    private static final String RED = "#dc3545";
    private static final String GREY = "#868e96";

    public record UnitSection(String name, long responses, List<KpiLine> kpis, String worstTouchpoint, String worstValue,
                              long worstN) {
    }

    public record CaseLine(long number, String title, String unit, String due, boolean overdue, String link) {
    }

    /** The digest of {@code recipient} (whose scope is {@code scope}) over [from, to]. */
    public Email compose(UserAccount recipient, Scope scope, Locale locale, DigestFrequency frequency, LocalDate from,
                         LocalDate to) {
        DateRange period = DateRange.of(from, to);
        List<UnitSection> sections = new ArrayList<>();
        List<OrgUnit> roots = orgUnits.scopeRoots(scope);
        for (OrgUnit unit : roots.stream().limit(MAX_UNITS).toList()) {
            sections.add(section(reports.build(scope, unit, period, ViewMetric.CX_INDEX, false, locale), unit, locale));
        }
        CurrentUser reader = new CurrentUser(recipient.tenantId(), recipient.id(), recipient.username(),
                recipient.displayName(), recipient.role(), scope, locale);
        Map<InboxFilter, Integer> counts = cases.counts(reader);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<CaseLine> caseLines = cases.list(reader, CaseQuery.of(InboxFilter.OPEN), MAX_CASES).stream()
                .map(c -> caseLine(c, now)).toList();
        String unitNames = String.join("、", sections.stream().map(UnitSection::name).toList());
        String subject = msg(locale, "analytics.digest.subject." + frequency.name(), unitNames, from, to);
        Context context = new Context(locale);
        context.setVariable("subject", subject);
        context.setVariable("recipient", recipient.displayName());
        context.setVariable("frequency", frequency);
        context.setVariable("from", from);
        context.setVariable("to", to);
        context.setVariable("sections", sections);
        context.setVariable("openCases", counts.getOrDefault(InboxFilter.OPEN, 0));
        context.setVariable("overdueCases", counts.getOrDefault(InboxFilter.OVERDUE, 0));
        context.setVariable("cases", caseLines);
        context.setVariable("consoleUrl", consoleUrl);
        String html = templates.process("analytics/digest-email", context);
        return new Email(subject, text(locale, recipient, frequency, from, to, sections, counts, caseLines), html);
    }

    private UnitSection section(UnitReport report, OrgUnit unit, Locale locale) {
        List<KpiLine> lines = new ArrayList<>();
        for (UnitReport.Kpi kpi : report.kpis()) {
            ViewMetric metric = kpi.metric();
            MetricValue value = kpi.value();
            MetricValue.Change change = value == null ? null : value.change();
            String band = kpi.hasValue() && !value.smallSample() ? metric.band(value.value()) : "none";
            boolean significant = change != null && change.significant();
            boolean up = change != null && change.delta() != null && change.delta() >= 0;
            lines.add(new KpiLine(msg(locale, metric.messageKey()), kpi.hasValue() ? number(value.value(), metric) : "—",
                    switch (band) {
                        case "good" -> GREEN;
                        case "mid" -> AMBER;
                        case "bad" -> RED;
                        default -> GREY;
                    },
                    value == null ? 0 : value.n(), value != null && value.smallSample(),
                    change == null || change.delta() == null ? null : (up ? "▲ +" : "▼ ") + number(change.delta(), metric),
                    significant, significant ? (up ? GREEN : RED) : GREY,
                    change == null || change.previous() == null ? "—" : number(change.previous(), metric),
                    kpi.goal() == null ? null : number(kpi.goal().goal().target(), metric),
                    kpi.goal() == null ? null : kpi.goal().met(),
                    kpi.goal() == null ? GREY : kpi.goal().met() ? GREEN : RED));
        }
        MetricRow worst = report.worstTouchpoints().isEmpty() ? null : report.worstTouchpoints().get(0);
        MetricValue worstValue = worst == null ? null : worst.values().get(ViewMetric.CX_INDEX.code());
        return new UnitSection(unit.name(), report.responses(), lines, worst == null ? null : worst.label(),
                worstValue == null ? null : number(worstValue.value(), ViewMetric.CX_INDEX),
                worstValue == null ? 0 : worstValue.n());
    }

    private CaseLine caseLine(CaseSummary summary, OffsetDateTime now) {
        return new CaseLine(summary.number(), summary.title(), summary.orgUnitName(),
                summary.dueAt() == null ? "—" : DUE.format(summary.dueAt().atZoneSameInstant(zone)), summary.overdueAt(now),
                consoleUrl + "/cases/" + summary.id());
    }

    private String text(Locale locale, UserAccount recipient, DigestFrequency frequency, LocalDate from, LocalDate to,
                        List<UnitSection> sections, Map<InboxFilter, Integer> counts, List<CaseLine> caseLines) {
        StringBuilder text = new StringBuilder();
        text.append(msg(locale, "analytics.digest.greeting", recipient.displayName())).append("\n");
        text.append(msg(locale, "analytics.digest.intro." + frequency.name(), from, to)).append("\n\n");
        for (UnitSection section : sections) {
            text.append("== ").append(section.name()).append(" (").append(msg(locale, "analytics.digest.responses",
                    section.responses())).append(")\n");
            for (KpiLine kpi : section.kpis()) {
                text.append("  ").append(kpi.label()).append(": ").append(kpi.value()).append("  n=").append(kpi.n());
                if (kpi.change() != null) {
                    text.append("  ").append(kpi.change()).append(kpi.significant() ? " ●" : "")
                            .append(" (").append(msg(locale, "analytics.digest.previous")).append(" ")
                            .append(kpi.previous()).append(")");
                }
                if (kpi.goal() != null) {
                    text.append("  ").append(msg(locale, "analytics.digest.goal")).append(" ").append(kpi.goal())
                            .append(Boolean.TRUE.equals(kpi.goalMet()) ? " ✓" : " ✗");
                }
                text.append("\n");
            }
            if (section.worstTouchpoint() != null) {
                text.append("  ").append(msg(locale, "analytics.digest.worstTouchpoint")).append(": ")
                        .append(section.worstTouchpoint()).append(" ").append(section.worstValue()).append("  n=")
                        .append(section.worstN()).append("\n");
            }
            text.append("\n");
        }
        text.append(msg(locale, "analytics.digest.cases", counts.getOrDefault(InboxFilter.OPEN, 0),
                counts.getOrDefault(InboxFilter.OVERDUE, 0))).append("\n");
        for (CaseLine line : caseLines) {
            text.append("  #").append(line.number()).append(" ").append(line.title()).append(" · ").append(line.unit())
                    .append(" · ").append(line.due()).append(line.overdue() ? " ⚠" : "").append("\n    ")
                    .append(line.link()).append("\n");
        }
        text.append("\n").append(consoleUrl).append("\n").append(msg(locale, "analytics.digest.manage", consoleUrl
                + "/settings/digests")).append("\n");
        return text.toString();
    }

    private static String number(Double value, ViewMetric metric) {
        return value == null ? "—" : String.format(Locale.ROOT, "%." + metric.decimals() + "f", value);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
