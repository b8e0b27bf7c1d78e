package org.opencem.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.analytics.internal.DashboardStore;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Violation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Custom dashboards: anyone builds their own, keeps it private or shares it with everyone in the
 * tenant. Only the owner changes a dashboard (a tenant administrator may also remove a shared one).
 * Each input field is checked and refused by name, in the writer's language, before anything is stored.
 */
@Service
public class DashboardDefinitions {

    public static final int NAME_MAX = 120;
    public static final int TITLE_MAX = 120;
    public static final int MAX_WIDGETS = 24;
    public static final int MAX_METRICS = 6;
    public static final int MAX_CHANNELS = 10;
    public static final int CHANNEL_MAX = 40;
    public static final int SEGMENT_MAX = 200;

    private final DashboardStore store;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final Clock clock;

    DashboardDefinitions(DashboardStore store, OrgUnits orgUnits, Journeys journeys, Clock clock) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** The caller's own dashboards and those shared in their tenant. */
    public List<DashboardDefinition> list(CurrentUser me) {
        return store.visibleTo(me.tenantId(), me.userId());
    }

    /** A dashboard the caller may open: their own, or a shared one of their tenant. */
    public Optional<DashboardDefinition> find(CurrentUser me, UUID id) {
        return store.find(me.tenantId(), id).filter(d -> d.shared() || d.ownedBy(me.userId()));
    }

    public DashboardDefinition get(CurrentUser me, UUID id) {
        return find(me, id).orElseThrow(() -> new NotFoundException("Dashboard"));
    }

    public DashboardDefinition create(CurrentUser me, DashboardInput input) {
        DashboardDefinition checked = check(me, null, input);
        store.insert(me.tenantId(), checked, OffsetDateTime.now(clock));
        return get(me, checked.id());
    }

    public DashboardDefinition update(CurrentUser me, UUID id, DashboardInput input) {
        DashboardDefinition existing = get(me, id);
        if (!existing.ownedBy(me.userId())) {
            throw new AccessDeniedException("Only its owner changes a dashboard");
        }
        store.update(me.tenantId(), check(me, existing, input), OffsetDateTime.now(clock));
        return get(me, id);
    }

    public void delete(CurrentUser me, UUID id) {
        DashboardDefinition existing = get(me, id);
        if (!existing.ownedBy(me.userId()) && !(existing.shared() && me.isAdmin())) {
            throw new AccessDeniedException("Only its owner removes a dashboard");
        }
        store.delete(me.tenantId(), id);
    }

    /**
     * Checks a dashboard as typed and turns it into a definition, or refuses it naming every field at
     * fault. Widgets keep their ids when {@code existing} had them at the same place.
     */
    private DashboardDefinition check(CurrentUser me, DashboardDefinition existing, DashboardInput input) {
        List<Violation> violations = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty()) {
            violations.add(Violation.of("name", "common.required"));
        } else if (name.length() > NAME_MAX) {
            violations.add(Violation.of("name", "common.tooLong", NAME_MAX));
        }
        Set<UUID> touchpoints = journeys.touchpoints(me.tenantId()).stream().map(TouchpointRef::id)
                .collect(Collectors.toSet());
        DashboardFilter filter = filter(me, "filter.", input.filter(), touchpoints, violations);
        if (input.widgets().size() > MAX_WIDGETS) {
            violations.add(Violation.of("widgets", "dashboards.error.tooManyWidgets", MAX_WIDGETS));
        }
        List<WidgetDefinition> widgets = new ArrayList<>();
        for (int i = 0; i < input.widgets().size() && i < MAX_WIDGETS; i++) {
            UUID keep = existing != null && i < existing.widgets().size() ? existing.widgets().get(i).id() : Ids.newId();
            widget(me, "widgets[" + i + "].", keep, input.widgets().get(i), touchpoints, violations)
                    .ifPresent(widgets::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new DashboardDefinition(existing == null ? Ids.newId() : existing.id(), name,
                existing == null ? me.userId() : existing.ownerId(), null, Boolean.TRUE.equals(input.shared()), filter,
                widgets, null);
    }

    private Optional<WidgetDefinition> widget(CurrentUser me, String prefix, UUID id, DashboardInput.WidgetInput input,
                                              Set<UUID> touchpoints, List<Violation> violations) {
        int before = violations.size();
        Optional<WidgetKind> kind = WidgetKind.parse(input.kind());
        if (input.kind() == null || input.kind().isBlank()) {
            violations.add(Violation.of(prefix + "kind", "common.required"));
        } else if (kind.isEmpty()) {
            violations.add(Violation.of(prefix + "kind", "dashboards.error.kind", input.kind(), WidgetKind.codes()));
        }
        String title = input.title() == null ? null : input.title().trim();
        if (title != null && title.length() > TITLE_MAX) {
            violations.add(Violation.of(prefix + "title", "common.tooLong", TITLE_MAX));
        }
        List<String> metrics = metrics(prefix + "metrics", input.metrics(), violations);
        GroupBy breakdown = null;
        if (kind.isPresent() && kind.get().brokenDown() && input.breakdown() != null && !input.breakdown().isBlank()) {
            breakdown = WidgetDefinition.BREAKDOWNS.stream()
                    .filter(g -> g.name().equalsIgnoreCase(input.breakdown().trim())).findFirst().orElse(null);
            if (breakdown == null) {
                violations.add(Violation.of(prefix + "breakdown", "metrics.error.unknownChoice", input.breakdown(),
                        "child_unit, touchpoint, channel, source"));
            }
        }
        WidgetSort sort = null;
        if (input.sort() != null && !input.sort().isBlank()) {
            sort = WidgetSort.parse(input.sort()).orElse(null);
            if (sort == null) {
                violations.add(Violation.of(prefix + "sort", "metrics.error.unknownChoice", input.sort(),
                        "value, change, name"));
            }
        }
        DashboardFilter filter = filter(me, prefix + "filter.", input.filter(), touchpoints, violations);
        if (violations.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WidgetDefinition(id, kind.orElseThrow(), title, metrics, breakdown, sort, filter));
    }

    /** Metric codes the engine knows, at least one; an unknown one is named. */
    private static List<String> metrics(String field, List<String> given, List<Violation> violations) {
        Set<String> codes = new LinkedHashSet<>();
        for (String text : given) {
            for (String part : text == null ? new String[0] : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    codes.add(Metric.parse(part).code());
                } catch (InvalidInputException e) {
                    violations.add(Violation.of(field, "metrics.error.unknownMetric", part.trim()));
                    return List.of();
                }
            }
        }
        if (codes.isEmpty()) {
            violations.add(Violation.of(field, "common.required"));
        } else if (codes.size() > MAX_METRICS) {
            violations.add(Violation.of(field, "dashboards.error.tooManyMetrics", MAX_METRICS));
        }
        return List.copyOf(codes);
    }

    private DashboardFilter filter(CurrentUser me, String prefix, DashboardInput.FilterInput input, Set<UUID> touchpoints,
                                   List<Violation> violations) {
        DashboardInput.FilterInput given = input == null ? DashboardInput.FilterInput.NONE : input;
        DashboardFilter period = DashboardPeriod.read(prefix, given.period(), given.from(), given.to(),
                LocalDate.now(clock), violations);
        UUID unit = null;
        if (given.unit() != null && !given.unit().isBlank()) {
            unit = id(given.unit());
            if (unit == null || orgUnits.find(me.scope(), unit).isEmpty()) {
                violations.add(Violation.of(prefix + "unit", "analytics.error.unit"));
            }
        }
        List<UUID> touchpointIds = new ArrayList<>();
        for (String text : given.touchpoints()) {
            if (text == null || text.isBlank()) {
                continue;
            }
            UUID touchpoint = id(text);
            if (touchpoint == null || !touchpoints.contains(touchpoint)) {
                violations.add(Violation.of(prefix + "touchpoints", "analytics.error.touchpoint"));
                break;
            }
            touchpointIds.add(touchpoint);
        }
        List<String> channels = given.channels().stream().filter(c -> c != null && !c.isBlank())
                .flatMap(c -> java.util.Arrays.stream(c.split(","))).map(String::trim).filter(c -> !c.isEmpty())
                .distinct().toList();
        if (channels.size() > MAX_CHANNELS || channels.stream().anyMatch(c -> c.length() > CHANNEL_MAX)) {
            violations.add(Violation.of(prefix + "channels", "dashboards.error.channels", MAX_CHANNELS, CHANNEL_MAX));
        }
        String segment = given.segment() == null || given.segment().isBlank() ? null : given.segment().trim();
        if (segment != null && (segment.indexOf(':') <= 0 || segment.length() > SEGMENT_MAX)) {
            violations.add(Violation.of(prefix + "segment", "metrics.error.segmentFormat", segment));
        }
        return new DashboardFilter(period.period(), period.from(), period.to(), unit, touchpointIds, channels, segment);
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
