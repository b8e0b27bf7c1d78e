package org.opencem.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Ids;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of each tenant, their roles and data scopes. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final OrgUnits orgUnits;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, OrgUnits orgUnits, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(UUID tenantId, NewUser user) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into app_user (tenant_id, id, username, password_hash, display_name, email, role,
                                      department_id, locale, active, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, null, true, ?)""")
                .params(tenantId, id, user.username().trim(), passwordEncoder.encode(user.password()),
                        user.displayName().trim(), user.email(), user.role().name(), user.departmentId(),
                        OffsetDateTime.now(clock))
                .update();
        replaceScope(tenantId, id, user.scopeUnitIds());
        return find(tenantId, id).orElseThrow();
    }

    @Transactional
    public void update(UUID tenantId, UUID id, String displayName, String email, Role role, UUID departmentId,
                       boolean active, List<UUID> scopeUnitIds) {
        int updated = jdbc.sql("""
                update app_user set display_name = ?, email = ?, role = ?, department_id = ?, active = ?
                where tenant_id = ? and id = ?""")
                .params(displayName.trim(), email, role.name(), departmentId, active, tenantId, id).update();
        if (updated == 0) {
            throw new NotFoundException("User");
        }
        replaceScope(tenantId, id, scopeUnitIds);
    }

    public void changePassword(UUID tenantId, UUID id, String password) {
        jdbc.sql("update app_user set password_hash = ? where tenant_id = ? and id = ?")
                .params(passwordEncoder.encode(password), tenantId, id).update();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username.trim())
                .query(Integer.class).single() > 0;
    }

    public Optional<UserAccount> find(UUID tenantId, UUID id) {
        return list("where u.tenant_id = ? and u.id = ?", tenantId, id).stream().findFirst();
    }

    public List<UserAccount> all(UUID tenantId) {
        return list("where u.tenant_id = ?", tenantId);
    }

    /** The users whose scope includes the given unit: those who can see its feedback and cases. */
    public List<UserAccount> withRoleAt(UUID tenantId, Role role, UUID unitId) {
        return list("where u.tenant_id = ? and u.role = ? and u.active = true and exists (select 1 from user_scope s "
                + "where s.tenant_id = u.tenant_id and s.user_id = u.id and s.org_unit_id = ?)", tenantId, role.name(), unitId);
    }

    /**
     * The manager responsible for a unit: the unit manager whose scope starts at the unit, else
     * at its parent, and so on up to the root. Empty when nobody manages any unit on the way.
     */
    public Optional<UserAccount> managerOf(UUID tenantId, UUID unitId) {
        for (OrgUnit unit : orgUnits.selfAndAncestors(tenantId, unitId)) {
            List<UserAccount> managers = withRoleAt(tenantId, Role.UNIT_MANAGER, unit.id());
            if (!managers.isEmpty()) {
                return Optional.of(managers.get(0));
            }
        }
        return Optional.empty();
    }

    /** The scope the user's data access is limited to. */
    public Scope scopeOf(UserAccount user) {
        List<String> paths = new ArrayList<>();
        for (UUID unitId : user.scopeUnitIds()) {
            orgUnits.inTenant(user.tenantId(), unitId).ifPresent(unit -> paths.add(unit.path()));
        }
        return new Scope(user.tenantId(), paths);
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select tenant_id, id, password_hash from app_user where username = ? and active = true")
                .param(username.trim())
                .query((rs, i) -> new Credentials(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("password_hash")))
                .optional();
    }

    record Credentials(UUID tenantId, UUID userId, String passwordHash) {
    }

    private void replaceScope(UUID tenantId, UUID userId, List<UUID> unitIds) {
        jdbc.sql("delete from user_scope where tenant_id = ? and user_id = ?").params(tenantId, userId).update();
        for (UUID unitId : unitIds.stream().distinct().toList()) {
            orgUnits.inTenant(tenantId, unitId).orElseThrow(() -> new NotFoundException("Org unit"));
            jdbc.sql("insert into user_scope (tenant_id, user_id, org_unit_id) values (?, ?, ?)")
                    .params(tenantId, userId, unitId).update();
        }
    }

    private List<UserAccount> list(String where, Object... params) {
        Map<UUID, UserAccount> users = new LinkedHashMap<>();
        jdbc.sql("select u.* from app_user u " + where + " order by u.username").params(params).query((rs, i) -> {
            UUID id = rs.getObject("id", UUID.class);
            users.put(id, new UserAccount(rs.getObject("tenant_id", UUID.class), id, rs.getString("username"),
                    rs.getString("display_name"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                    rs.getObject("department_id", UUID.class), rs.getString("locale"), rs.getBoolean("active"),
                    new ArrayList<>()));
            return id;
        }).list();
        if (users.isEmpty()) {
            return List.of();
        }
        // the scopes of the users just read, not of the whole tenant: signing in reads one user on every request
        jdbc.sql("select us.user_id, us.org_unit_id from user_scope us join app_user u "
                + "on u.tenant_id = us.tenant_id and u.id = us.user_id " + where).params(params).query((rs, i) -> {
            UserAccount user = users.get(rs.getObject("user_id", UUID.class));
            if (user != null) {
                user.scopeUnitIds().add(rs.getObject("org_unit_id", UUID.class));
            }
            return null;
        }).list();
        return users.values().stream().map(u -> new UserAccount(u.tenantId(), u.id(), u.username(), u.displayName(),
                u.email(), u.role(), u.departmentId(), u.locale(), u.active(), List.copyOf(u.scopeUnitIds()))).toList();
    }
}
