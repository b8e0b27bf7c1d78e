package org.opencem.organization;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.Ids;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org-unit tree of each tenant. Reads take the caller's scope; system lookups take a tenant. */
@Service
public class OrgUnits {

    private static final String COLUMNS = "tenant_id, id, code, name, unit_type, parent_id, path, depth";
    private static final RowMapper<OrgUnit> MAPPER = (rs, i) -> new OrgUnit(
            rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("code"),
            rs.getString("name"), UnitType.valueOf(rs.getString("unit_type")), rs.getObject("parent_id", UUID.class),
            rs.getString("path"), rs.getInt("depth"));
    private static final Comparator<OrgUnit> BY_CODE = Comparator.comparing(OrgUnit::code);

    private final JdbcClient jdbc;
    private final Clock clock;

    OrgUnits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a unit under {@code parentId}, or a root when it is null. */
    @Transactional
    public OrgUnit create(UUID tenantId, String code, String name, UnitType type, UUID parentId) {
        UUID id = Ids.newId();
        String parentPath = parentId == null ? "/" : inTenant(tenantId, parentId)
                .orElseThrow(() -> new NotFoundException("Parent unit")).path();
        String path = parentPath + id + "/";
        int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
        jdbc.sql("insert into org_unit (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenantId, id, code.trim(), name.trim(), type.name(), parentId, path, depth,
                        OffsetDateTime.now(clock))
                .update();
        return new OrgUnit(tenantId, id, code.trim(), name.trim(), type, parentId, path, depth);
    }

    /** A unit the caller may see. */
    public Optional<OrgUnit> find(Scope scope, UUID id) {
        return inTenant(scope.tenantId(), id).filter(unit -> scope.covers(unit.path()));
    }

    public OrgUnit get(Scope scope, UUID id) {
        return find(scope, id).orElseThrow(() -> new NotFoundException("Org unit"));
    }

    /** A unit of the tenant, whatever the caller's scope: for routing and public links. */
    public Optional<OrgUnit> inTenant(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where tenant_id = ? and id = ?")
                .params(tenantId, id).query(MAPPER).optional();
    }

    public Optional<OrgUnit> findByCode(UUID tenantId, String code) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where tenant_id = ? and code = ?")
                .params(tenantId, code.trim()).query(MAPPER).optional();
    }

    /** Every unit the caller may see, parents before children, siblings by code. */
    public List<OrgUnit> visible(Scope scope) {
        List<Object> params = new ArrayList<>();
        params.add(scope.tenantId());
        String condition = scope.pathCondition("path", params);
        List<OrgUnit> units = jdbc.sql("select " + COLUMNS + " from org_unit where tenant_id = ? and " + condition)
                .params(params).query(MAPPER).list();
        return depthFirst(units);
    }

    /** The top units of the caller's scope: where their view of the tree starts. */
    public List<OrgUnit> scopeRoots(Scope scope) {
        List<OrgUnit> units = new ArrayList<>();
        for (String path : scope.unitPaths()) {
            inTenant(scope.tenantId(), lastId(path)).ifPresent(units::add);
        }
        units.sort(BY_CODE);
        return units;
    }

    public List<OrgUnit> children(Scope scope, UUID parentId) {
        return jdbc.sql("select " + COLUMNS + " from org_unit where tenant_id = ? and parent_id = ? order by code")
                .params(scope.tenantId(), parentId).query(MAPPER).list().stream()
                .filter(unit -> scope.covers(unit.path())).toList();
    }

    /** Which of the given units have children: one query for a whole table of units. */
    public java.util.Set<UUID> withChildren(UUID tenantId, java.util.Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return java.util.Set.of();
        }
        List<Object> params = new ArrayList<>(List.of(tenantId));
        params.addAll(unitIds);
        return new java.util.HashSet<>(jdbc.sql("select distinct parent_id from org_unit where tenant_id = ? and parent_id in ("
                        + String.join(", ", java.util.Collections.nCopies(unitIds.size(), "?")) + ")")
                .params(params).query(UUID.class).list());
    }

    /** The unit and its ancestors, nearest first: the chain a case climbs when nobody owns it. */
    public List<OrgUnit> selfAndAncestors(UUID tenantId, UUID unitId) {
        OrgUnit unit = inTenant(tenantId, unitId).orElseThrow(() -> new NotFoundException("Org unit"));
        List<UUID> ids = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(UUID::fromString).toList();
        List<OrgUnit> chain = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            inTenant(tenantId, ids.get(i)).ifPresent(chain::add);
        }
        return chain;
    }

    /** The ancestors the caller may see, root first, for breadcrumbs. */
    public List<OrgUnit> breadcrumbs(Scope scope, OrgUnit unit) {
        List<OrgUnit> chain = new ArrayList<>(selfAndAncestors(scope.tenantId(), unit.id()));
        chain.removeIf(u -> !scope.covers(u.path()));
        java.util.Collections.reverse(chain);
        return chain;
    }

    @Transactional
    public OrgUnit update(Scope scope, UUID id, String name, UnitType type) {
        OrgUnit unit = get(scope, id);
        jdbc.sql("update org_unit set name = ?, unit_type = ? where tenant_id = ? and id = ?")
                .params(name.trim(), type.name(), scope.tenantId(), id).update();
        return new OrgUnit(unit.tenantId(), id, unit.code(), name.trim(), type, unit.parentId(), unit.path(), unit.depth());
    }

    /** Moves a unit and its whole subtree under a new parent inside the caller's scope. */
    @Transactional
    public void move(Scope scope, UUID id, UUID newParentId) {
        OrgUnit unit = get(scope, id);
        OrgUnit parent = get(scope, newParentId);
        if (unit.isAncestorOrSelfOf(parent)) {
            throw new IllegalArgumentException("org.move.cycle");
        }
        String newPath = parent.path() + id + "/";
        int depthShift = parent.depth() + 1 - unit.depth();
        jdbc.sql("""
                update org_unit set path = ? || substring(path, ?), depth = depth + ?
                where tenant_id = ? and path like ?""")
                .params(newPath, unit.path().length() + 1, depthShift, scope.tenantId(), unit.path() + "%").update();
        jdbc.sql("update org_unit set parent_id = ? where tenant_id = ? and id = ?")
                .params(newParentId, scope.tenantId(), id).update();
    }

    static UUID lastId(String path) {
        String[] parts = path.split("/");
        return UUID.fromString(parts[parts.length - 1]);
    }

    private static List<OrgUnit> depthFirst(List<OrgUnit> units) {
        java.util.Map<UUID, List<OrgUnit>> byParent = new java.util.HashMap<>();
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        List<OrgUnit> tops = new ArrayList<>();
        for (OrgUnit unit : units) {
            if (unit.parentId() != null && ids.contains(unit.parentId())) {
                byParent.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            } else {
                tops.add(unit);
            }
        }
        List<OrgUnit> ordered = new ArrayList<>(units.size());
        java.util.Deque<OrgUnit> stack = new java.util.ArrayDeque<>();
        tops.sort(BY_CODE.reversed());
        tops.forEach(stack::push);
        while (!stack.isEmpty()) {
            OrgUnit unit = stack.pop();
            ordered.add(unit);
            List<OrgUnit> children = new ArrayList<>(byParent.getOrDefault(unit.id(), List.of()));
            children.sort(BY_CODE.reversed());
            children.forEach(stack::push);
        }
        return ordered;
    }
}
