package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.actions.AssignMode;
import org.opencem.actions.CaseSettings;
import org.opencem.actions.CaseConfiguration;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Cases go to the touchpoint's department (or a rule's), to its nearest member covering the unit, else up the tree. */
@OpenCemTest
@Import(CaseWorld.class)
class CaseRoutingTest {

    @Autowired CaseWorld worlds;
    @Autowired Cases cases;
    @Autowired CaseConfiguration settings;
    @Autowired UserAccounts users;

    CaseWorld.World world;
    CurrentUser cx;

    @BeforeEach
    void world() {
        world = worlds.build();
        cx = worlds.signedIn(world.chain().cx());
    }

    @Test
    void aKitchenCaseGoesToTheKitchenStaffOfItsStoreElseUpTheTreeElseToTheManagers() {
        UserAccount storeCook = worlds.person(world, "cook-s001", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().storeA());
        UserAccount regionChef = worlds.person(world, "chef-east", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().east());
        worlds.person(world, "waiter-s001", Role.CASE_HANDLER, world.chain().operations(), world.chain().storeA());
        worlds.person(world, "kitchen-analyst", Role.ANALYST, world.chain().kitchen(), world.chain().storeA());

        CaseSummary atStoreA = open(world.chain().storeA(), world.serving().id());
        assertThat(atStoreA.departmentId()).isEqualTo(world.chain().kitchen().id());
        assertThat(atStoreA.assigneeId()).as("the kitchen member whose scope is the store itself").isEqualTo(storeCook.id());
        assertThat(open(world.chain().storeB(), world.serving().id()).assigneeId())
                .as("no kitchen staff at S002: the region's kitchen").isEqualTo(regionChef.id());
        assertThat(open(world.chain().storeC(), world.serving().id()).assigneeId())
                .as("no kitchen staff and no manager in the west: head-office CX").isEqualTo(world.chain().cx().id());
        assertThat(open(world.chain().storeB(), null).assigneeId())
                .as("no touchpoint, no department: the unit's manager up the tree").isEqualTo(world.chain().eastManager().id());
    }

    @Test
    void aRuleSendsOneSubtreesCasesToAnotherDepartment() {
        UserAccount storeCook = worlds.person(world, "cook-s001", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().storeA());
        UserAccount waiter = worlds.person(world, "waiter-s001", Role.CASE_HANDLER, world.chain().operations(), world.chain().storeA());
        settings.addRule(world.tenantId(), world.chain().east().id(), null, world.chain().operations().id(), null);
        settings.addRule(world.tenantId(), world.chain().storeA().id(), world.serving().id(), world.chain().kitchen().id(), null);

        assertThat(open(world.chain().storeA(), world.serving().id()).assigneeId())
                .as("the store's own serving rule is more specific than the region's").isEqualTo(storeCook.id());
        CaseSummary table = open(world.chain().storeA(), world.table().id());
        assertThat(table.departmentId()).isEqualTo(world.chain().operations().id());
        assertThat(table.assigneeId()).isEqualTo(waiter.id());
    }

    @Test
    void roundRobinTakesTurnsAndLeastLoadedEvensOut() {
        UserAccount first = worlds.person(world, "a-cook", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().storeA());
        UserAccount second = worlds.person(world, "b-cook", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().storeA());
        useMode(AssignMode.ROUND_ROBIN);
        List<Object> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(open(world.chain().storeA(), world.serving().id()).assigneeId());
        }
        assertThat(owners).containsExactly(first.id(), second.id(), first.id(), second.id());

        // the first cook resolves both of theirs; least-loaded now gives the next two to them
        CurrentUser firstCook = worlds.signedIn(first);
        for (CaseSummary mine : cases.inbox(firstCook, InboxFilter.MINE, 10)) {
            cases.resolve(firstCook, mine.id(), "已致电顾客致歉");
        }
        useMode(AssignMode.LEAST_LOADED);
        assertThat(open(world.chain().storeA(), world.serving().id()).assigneeId()).isEqualTo(first.id());
        assertThat(open(world.chain().storeA(), world.serving().id()).assigneeId()).isEqualTo(first.id());
        assertThat(open(world.chain().storeA(), world.serving().id()).assigneeId())
                .as("two each: the tie goes by username").isEqualTo(first.id());
    }

    private void useMode(AssignMode mode) {
        CaseSettings current = settings.settings(world.tenantId());
        settings.save(world.tenantId(), new CaseSettings(current.zone(), current.opens(), current.closes(), current.workDays(),
                mode, current.headOfficeUserId(), current.rootCauseRequired(), current.remindPercent()));
    }

    private CaseSummary open(OrgUnit unit, java.util.UUID touchpointId) {
        return cases.create(cx, unit.id(), touchpointId, "上菜太慢", CasePriority.NORMAL, null);
    }
}
