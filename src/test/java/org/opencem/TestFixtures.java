package org.opencem;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencem.identity.NewUser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.organization.Department;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.Tenant;
import org.opencem.organization.Tenants;
import org.opencem.organization.UnitType;
import org.opencem.platform.Role;
import org.springframework.boot.test.context.TestComponent;

/** Builds a fresh tenant per test: head office → two regions → two stores each, and a user per role. */
@TestComponent
public class TestFixtures {

    public static final String PASSWORD = "test-password-1";

    private final Tenants tenants;
    private final OrgUnits orgUnits;
    private final Departments departments;
    private final UserAccounts users;

    TestFixtures(Tenants tenants, OrgUnits orgUnits, Departments departments, UserAccounts users) {
        this.tenants = tenants;
        this.orgUnits = orgUnits;
        this.departments = departments;
        this.users = users;
    }

    public Chain chain() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.create("t-" + suffix, "Test chain " + suffix, Locale.SIMPLIFIED_CHINESE);
        UUID t = tenant.id();
        OrgUnit hq = orgUnits.create(t, "HQ", "总部", UnitType.HEAD_OFFICE, null);
        OrgUnit east = orgUnits.create(t, "EAST", "华东大区", UnitType.REGION, hq.id());
        OrgUnit west = orgUnits.create(t, "WEST", "西南大区", UnitType.REGION, hq.id());
        OrgUnit storeA = orgUnits.create(t, "S001", "上海南京西路店", UnitType.STORE, east.id());
        OrgUnit storeB = orgUnits.create(t, "S002", "杭州西湖店", UnitType.STORE, east.id());
        OrgUnit storeC = orgUnits.create(t, "S003", "成都春熙路店", UnitType.STORE, west.id());
        OrgUnit storeD = orgUnits.create(t, "S004", "重庆解放碑店", UnitType.STORE, west.id());
        Department kitchen = departments.create(t, "KITCHEN", "厨房");
        Department operations = departments.create(t, "OPS", "门店运营");
        UserAccount admin = user(t, "admin", Role.TENANT_ADMIN, hq, suffix);
        UserAccount cx = user(t, "cx", Role.CX_MANAGER, hq, suffix);
        UserAccount eastManager = user(t, "east", Role.UNIT_MANAGER, east, suffix);
        UserAccount storeAManager = user(t, "s001", Role.UNIT_MANAGER, storeA, suffix);
        return new Chain(tenant, hq, east, west, storeA, storeB, storeC, storeD, kitchen, operations,
                admin, cx, eastManager, storeAManager);
    }

    private UserAccount user(UUID tenantId, String name, Role role, OrgUnit scope, String suffix) {
        return users.create(tenantId, new NewUser(name + "@" + suffix, PASSWORD, name + " " + suffix,
                name + "@" + suffix + ".test", role, null, List.of(scope.id())));
    }

    public record Chain(Tenant tenant, OrgUnit hq, OrgUnit east, OrgUnit west, OrgUnit storeA, OrgUnit storeB,
                        OrgUnit storeC, OrgUnit storeD, Department kitchen, Department operations,
                        UserAccount admin, UserAccount cx, UserAccount eastManager, UserAccount storeAManager) {
    }
}
