package org.opencem.actions.internal;

import org.opencem.actions.RoutingRule;
import org.opencem.actions.CaseConfiguration;
import org.opencem.actions.CaseSettings;
import org.opencem.actions.AssignMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.actions.CaseStatus;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds who should handle a case. The department is the touchpoint's owner unless a routing rule
 * for the unit's subtree and/or the touchpoint says otherwise; the person is a member of that
 * department whose scope covers the unit, nearest first (the unit itself, then up the tree),
 * shared in turn or by load; without one, the unit's manager, then the head-office user.
 * <p>
 * A {@link Routing} loads what it needs once and answers many cases from memory, so a dispatcher
 * batch costs a handful of statements whatever its size.
 */
@Component
public class CaseRouter {

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Journeys journeys;
    private final CaseConfiguration settings;

    CaseRouter(JdbcClient jdbc, UserAccounts users, Journeys journeys, CaseConfiguration settings) {
        this.jdbc = jdbc;
        this.users = users;
        this.journeys = journeys;
        this.settings = settings;
    }

    /** Routing for cases of the given units; call {@link Routing#finish()} in the same transaction. */
    public Routing begin(UUID tenantId, Collection<UUID> unitIds) {
        return new Routing(tenantId, unitIds);
    }

    /** Where a case goes: its department (null when none applies) and its owner (null when nobody fits). */
    public record Route(UUID departmentId, UUID assigneeId) {
    }

    public final class Routing {

        private final UUID tenantId;
        private final CaseSettings tenantSettings;
        private final List<RoutingRule> rules;
        private final List<UserAccount> people;
        private final Map<UUID, String> paths = new HashMap<>();
        private Map<UUID, UUID> touchpointOwners;
        private Map<UUID, Integer> loads;
        private Map<UUID, Long> turns;
        private final Set<UUID> turned = new HashSet<>();
        private long lastTurn;

        private Routing(UUID tenantId, Collection<UUID> unitIds) {
            this.tenantId = tenantId;
            this.tenantSettings = settings.settings(tenantId);
            this.rules = settings.rules(tenantId);
            this.people = users.all(tenantId).stream().filter(u -> u.active() && u.role() != Role.ANALYST).toList();
            Set<UUID> wanted = new LinkedHashSet<>(unitIds);
            people.forEach(u -> wanted.addAll(u.scopeUnitIds()));
            rules.stream().map(RoutingRule::orgUnitId).filter(java.util.Objects::nonNull).forEach(wanted::add);
            loadPaths(wanted);
        }

        public Route route(UUID unitId, UUID touchpointId) {
            String unitPath = pathOf(unitId);
            Optional<RoutingRule> rule = ruleFor(unitPath, touchpointId);
            UUID department = rule.map(RoutingRule::departmentId).orElseGet(() -> ownerOf(touchpointId));
            AssignMode mode = rule.map(RoutingRule::assignMode).orElse(null);
            UUID assignee = department == null ? null : teamMember(department, unitPath,
                    mode == null ? tenantSettings.assignMode() : mode);
            if (assignee == null) {
                assignee = escalationChain(unitId).stream().findFirst().map(Step::userId).orElse(null);
            }
            return new Route(department, assignee);
        }

        /**
         * Who a case of {@code unitId} goes to when it is escalated from {@code current}: the manager
         * of the nearest unit above the current owner's place in the tree (a unit's own manager for
         * a member of its staff), ending with the head-office user. Empty at the top of the chain.
         */
        public Optional<UUID> nextUp(UUID unitId, UUID current) {
            List<Step> chain = escalationChain(unitId);
            if (current == null) {
                return chain.stream().findFirst().map(Step::userId);
            }
            String unitPath = pathOf(unitId);
            UserAccount owner = people.stream().filter(u -> u.id().equals(current)).findFirst().orElse(null);
            int ownerDepth = owner == null ? Integer.MAX_VALUE : coveringDepth(owner, unitPath);
            boolean ownerManages = owner != null && owner.role() == Role.UNIT_MANAGER;
            return chain.stream()
                    .filter(step -> !step.userId().equals(current))
                    .filter(step -> step.depth() < ownerDepth || (step.depth() == ownerDepth && !ownerManages))
                    .findFirst().map(Step::userId);
        }

        /** The unit managers of the unit and each unit above it, nearest first, then the head-office user. */
        List<Step> escalationChain(UUID unitId) {
            List<Step> chain = new ArrayList<>();
            List<UUID> ancestors = idsOf(pathOf(unitId));
            for (int depth = ancestors.size() - 1; depth >= 0; depth--) {
                UUID ancestor = ancestors.get(depth);
                int at = depth;
                people.stream().filter(u -> u.role() == Role.UNIT_MANAGER && u.scopeUnitIds().contains(ancestor))
                        .findFirst().ifPresent(u -> chain.add(new Step(u.id(), at)));
            }
            headOffice().ifPresent(id -> chain.add(new Step(id, -1)));
            return chain;
        }

        /** The configured head-office user, else a CX manager whose scope is a whole tree. */
        private Optional<UUID> headOffice() {
            if (tenantSettings.headOfficeUserId() != null
                    && people.stream().anyMatch(u -> u.id().equals(tenantSettings.headOfficeUserId()))) {
                return Optional.of(tenantSettings.headOfficeUserId());
            }
            return people.stream().filter(u -> u.role() == Role.CX_MANAGER)
                    .filter(u -> u.scopeUnitIds().stream().anyMatch(s -> idsOf(pathOf(s)).size() == 1))
                    .findFirst().map(UserAccount::id);
        }

        /** Writes the round-robin turns this routing handed out. */
        public void finish() {
            for (UUID user : turned) {
                long turn = turns.get(user);
                if (jdbc.sql("update case_assignee_turn set turn = ? where tenant_id = ? and user_id = ?")
                        .params(turn, tenantId, user).update() == 0) {
                    jdbc.sql("insert into case_assignee_turn (tenant_id, user_id, turn) values (?, ?, ?)")
                            .params(tenantId, user, turn).update();
                }
            }
            turned.clear();
        }

        private UUID teamMember(UUID department, String unitPath, AssignMode mode) {
            int nearest = Integer.MIN_VALUE;
            List<UserAccount> team = new ArrayList<>();
            for (UserAccount user : people) {
                if (!department.equals(user.departmentId())) {
                    continue;
                }
                int depth = coveringDepth(user, unitPath);
                if (depth == Integer.MAX_VALUE) {
                    continue;
                }
                if (depth > nearest) {
                    nearest = depth;
                    team.clear();
                }
                if (depth == nearest) {
                    team.add(user);
                }
            }
            if (team.isEmpty()) {
                return null;
            }
            UUID chosen = mode == AssignMode.LEAST_LOADED ? leastLoaded(team) : nextInTurn(team);
            if (loads != null) {
                loads.merge(chosen, 1, Integer::sum);
            }
            return chosen;
        }

        private UUID leastLoaded(List<UserAccount> team) {
            Map<UUID, Integer> open = loads();
            return team.stream().min(Comparator.comparing((UserAccount u) -> open.getOrDefault(u.id(), 0))
                    .thenComparing(UserAccount::username)).orElseThrow().id();
        }

        private UUID nextInTurn(List<UserAccount> team) {
            Map<UUID, Long> taken = turns();
            UUID chosen = team.stream().min(Comparator.comparing((UserAccount u) -> taken.getOrDefault(u.id(), 0L))
                    .thenComparing(UserAccount::username)).orElseThrow().id();
            taken.put(chosen, ++lastTurn);
            turned.add(chosen);
            return chosen;
        }

        /** The depth of the deepest of the user's scope units that covers the path; MAX_VALUE when none does. */
        private int coveringDepth(UserAccount user, String unitPath) {
            int best = Integer.MAX_VALUE;
            for (UUID scopeUnit : user.scopeUnitIds()) {
                String scopePath = paths.get(scopeUnit);
                if (scopePath != null && unitPath.startsWith(scopePath)) {
                    int depth = idsOf(scopePath).size() - 1;
                    best = best == Integer.MAX_VALUE ? depth : Math.max(best, depth);
                }
            }
            return best;
        }

        /** The matching rule with the deepest unit, a touchpoint rule before a unit-only one at the same depth. */
        private Optional<RoutingRule> ruleFor(String unitPath, UUID touchpointId) {
            RoutingRule best = null;
            int bestScore = Integer.MIN_VALUE;
            for (RoutingRule rule : rules) {
                if (rule.touchpointId() != null && !rule.touchpointId().equals(touchpointId)) {
                    continue;
                }
                int depth = -1;
                if (rule.orgUnitId() != null) {
                    String rulePath = paths.get(rule.orgUnitId());
                    if (rulePath == null || !unitPath.startsWith(rulePath)) {
                        continue;
                    }
                    depth = idsOf(rulePath).size() - 1;
                }
                int score = depth * 2 + (rule.touchpointId() != null ? 1 : 0);
                if (score > bestScore) {
                    best = rule;
                    bestScore = score;
                }
            }
            return Optional.ofNullable(best);
        }

        private UUID ownerOf(UUID touchpointId) {
            if (touchpointId == null) {
                return null;
            }
            if (touchpointOwners == null) {
                touchpointOwners = new HashMap<>();
                for (TouchpointRef touchpoint : journeys.touchpoints(tenantId)) {
                    touchpointOwners.put(touchpoint.id(), touchpoint.ownerDepartmentId());
                }
            }
            return touchpointOwners.get(touchpointId);
        }

        private Map<UUID, Integer> loads() {
            if (loads == null) {
                loads = new HashMap<>();
                List<Object> params = new ArrayList<>(List.of(tenantId));
                CaseStatus.open().forEach(s -> params.add(s.name()));
                jdbc.sql("select assignee_id, count(*) n from feedback_case where tenant_id = ? and assignee_id is not null "
                                + "and status in (" + marks(CaseStatus.open().size()) + ") group by assignee_id")
                        .params(params)
                        .query((rs, i) -> loads.put(rs.getObject("assignee_id", UUID.class), rs.getInt("n"))).list();
            }
            return loads;
        }

        private Map<UUID, Long> turns() {
            if (turns == null) {
                turns = new HashMap<>();
                jdbc.sql("select user_id, turn from case_assignee_turn where tenant_id = ?").param(tenantId)
                        .query((rs, i) -> turns.put(rs.getObject("user_id", UUID.class), rs.getLong("turn"))).list();
                lastTurn = turns.values().stream().mapToLong(Long::longValue).max().orElse(0);
            }
            return turns;
        }

        private String pathOf(UUID unitId) {
            String path = paths.get(unitId);
            if (path == null) {
                loadPaths(Set.of(unitId));
                path = paths.get(unitId);
            }
            if (path == null) {
                throw new org.opencem.platform.NotFoundException("Org unit");
            }
            return path;
        }

        private void loadPaths(Set<UUID> unitIds) {
            if (unitIds.isEmpty()) {
                return;
            }
            List<Object> params = new ArrayList<>(List.of(tenantId));
            params.addAll(unitIds);
            jdbc.sql("select id, path from org_unit where tenant_id = ? and id in (" + marks(unitIds.size()) + ")")
                    .params(params)
                    .query((rs, i) -> paths.put(rs.getObject("id", UUID.class), rs.getString("path"))).list();
        }
    }

    /** One rung of the escalation chain: a user, and the depth of the unit they manage (-1 for head office). */
    record Step(UUID userId, int depth) {
    }

    static List<UUID> idsOf(String path) {
        List<UUID> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(UUID.fromString(part));
            }
        }
        return Collections.unmodifiableList(ids);
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
