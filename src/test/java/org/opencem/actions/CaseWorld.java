package org.opencem.actions;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opencem.TestFixtures;
import org.opencem.identity.NewUser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.journey.Journey;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.opencem.journey.Touchpoint;
import org.opencem.organization.Department;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Role;
import org.springframework.boot.test.context.TestComponent;

/**
 * A test chain with a dining journey whose "serving" touchpoint the kitchen owns and whose
 * "table" touchpoint store operations own, and people to route cases to.
 */
@TestComponent
class CaseWorld {

    private final TestFixtures fixtures;
    private final UserAccounts users;
    private final Journeys journeys;

    CaseWorld(TestFixtures fixtures, UserAccounts users, Journeys journeys) {
        this.fixtures = fixtures;
        this.users = users;
        this.journeys = journeys;
    }

    World build() {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey journey = journeys.createJourney(t, "就餐", null);
        Stage stage = journeys.addStage(t, journey.id(), "用餐");
        Touchpoint serving = journeys.addTouchpoint(t, stage.id(), "上菜", chain.kitchen().id());
        Touchpoint table = journeys.addTouchpoint(t, stage.id(), "餐桌服务", chain.operations().id());
        return new World(chain, serving, table);
    }

    UserAccount person(World world, String name, Role role, Department department, OrgUnit scope) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return users.create(world.tenantId(), new NewUser(name + "-" + suffix, TestFixtures.PASSWORD, name, null, role,
                department == null ? null : department.id(), List.of(scope.id())));
    }

    CurrentUser signedIn(UserAccount user) {
        return new CurrentUser(user.tenantId(), user.id(), user.username(), user.displayName(), user.role(),
                users.scopeOf(user), Locale.SIMPLIFIED_CHINESE);
    }

    record World(TestFixtures.Chain chain, Touchpoint serving, Touchpoint table) {

        UUID tenantId() {
            return chain.tenant().id();
        }
    }
}
