package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.actions.AssignMode;
import org.opencem.actions.CaseSettings;
import org.opencem.actions.CaseConfiguration;
import org.opencem.actions.internal.SlaJob;
import org.opencem.actions.SlaTarget;
import org.opencem.identity.UserAccount;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SLA clocks with a moved clock: the owner is reminded once before the due time, then each breach
 * climbs one step (store manager → regional manager → head-office CX), each step in the history
 * with a new due time and a notification queued through notify.
 */
@OpenCemTest
@Import(CaseWorld.class)
class CaseSlaTest {

    @Autowired CaseWorld worlds;
    @Autowired Cases cases;
    @Autowired CaseConfiguration settings;
    @Autowired SlaJob job;
    @Autowired JdbcClient jdbc;

    CaseWorld.World world;
    UserAccount cook;
    CurrentUser asCook;
    org.opencem.platform.Scope all;

    @BeforeEach
    void kitchenCaseAtStoreA() {
        world = worlds.build();
        // open every day around the clock but the last minute, so that due times are plain additions
        settings.save(world.tenantId(), new CaseSettings(ZoneId.of("Asia/Shanghai"), LocalTime.MIN, LocalTime.of(23, 59),
                EnumSet.allOf(DayOfWeek.class), AssignMode.LEAST_LOADED, null, false, 80));
        settings.saveSla(world.tenantId(), List.of(new SlaTarget(CasePriority.NORMAL, 30, 100)));
        cook = worlds.person(world, "cook", Role.CASE_HANDLER, world.chain().kitchen(), world.chain().storeA());
        asCook = worlds.signedIn(cook);
        all = worlds.signedIn(world.chain().cx()).scope();
    }

    @Test
    void remindsOnceThenEscalatesUpTheChainWithNewDueTimes() {
        CaseSummary opened = open();
        cases.addNote(asCook, opened.id(), "已联系顾客，正在核实");
        Instant due = opened.dueAt().toInstant();
        Instant remindAt = opened.createdAt().toInstant().plus(Duration.ofMinutes(80));
        assertThat(Duration.between(opened.createdAt().toInstant(), due).toMinutes()).isBetween(100L, 101L);

        job.check(remindAt.minusSeconds(120));
        assertThat(kinds(opened.id())).as("nothing is due yet").doesNotContain("REMINDED", "ESCALATED");
        job.check(remindAt.plusSeconds(61));
        job.check(remindAt.plusSeconds(120));
        assertThat(kinds(opened.id())).containsSubsequence("OPENED", "ASSIGNED", "NOTE", "REMINDED")
                .filteredOn("REMINDED"::equals).hasSize(1);
        assertThat(inbox(cook.id(), "case.sla.reminder")).isEqualTo(1);

        job.check(due.plusSeconds(61));
        CaseSummary first = cases.get(all, opened.id());
        assertThat(first.assigneeId()).as("the cook's manager: the store manager").isEqualTo(world.chain().storeAManager().id());
        assertThat(first.escalationLevel()).isEqualTo(1);
        assertThat(first.dueAt().toInstant()).isAfter(due.plusSeconds(61));
        assertThat(inbox(world.chain().storeAManager().id(), "case.escalated")).isEqualTo(1);

        job.check(first.dueAt().toInstant().plusSeconds(61));
        CaseSummary second = cases.get(all, opened.id());
        assertThat(second.assigneeId()).as("then the regional manager").isEqualTo(world.chain().eastManager().id());

        job.check(second.dueAt().toInstant().plusSeconds(61));
        CaseSummary third = cases.get(all, opened.id());
        assertThat(third.assigneeId()).as("then head-office CX").isEqualTo(world.chain().cx().id());
        assertThat(third.escalationLevel()).isEqualTo(3);

        job.check(third.dueAt().toInstant().plusSeconds(61));
        job.check(third.dueAt().toInstant().plus(Duration.ofDays(2)));
        assertThat(cases.get(all, opened.id()).assigneeId()).isEqualTo(world.chain().cx().id());
        List<CaseActivity> history = cases.history(all, opened.id());
        assertThat(history).filteredOn(a -> a.kind().equals("ESCALATED")).hasSize(3)
                .allMatch(a -> a.dueAt() != null && "RESOLUTION_BREACHED".equals(a.body()))
                .extracting(CaseActivity::targetName).containsExactly(world.chain().storeAManager().displayName(),
                        world.chain().eastManager().displayName(), world.chain().cx().displayName());
        assertThat(history).filteredOn(a -> a.kind().equals("BREACHED")).as("the top says so once").hasSize(1);
    }

    @Test
    void noFirstResponseInTimeEscalatesBeforeTheReminder() {
        CaseSummary opened = open();
        job.check(opened.firstResponseDueAt().toInstant().plusSeconds(61));
        CaseSummary escalated = cases.get(all, opened.id());
        assertThat(escalated.assigneeId()).isEqualTo(world.chain().storeAManager().id());
        assertThat(kinds(opened.id())).doesNotContain("REMINDED").contains("ESCALATED");
    }

    @Test
    void aResolvedCaseIsNoLongerWatched() {
        CaseSummary opened = open();
        cases.resolve(asCook, opened.id(), "已致电顾客致歉并赠送代金券");
        job.check(opened.dueAt().toInstant().plus(Duration.ofDays(1)));
        assertThat(kinds(opened.id())).doesNotContain("ESCALATED", "REMINDED");
    }

    private CaseSummary open() {
        return cases.create(worlds.signedIn(world.chain().cx()), world.chain().storeA().id(), world.serving().id(),
                "菜上错了", CasePriority.NORMAL, null);
    }

    private List<String> kinds(UUID caseId) {
        return cases.history(all, caseId).stream().map(CaseActivity::kind).toList();
    }

    private int inbox(UUID userId, String eventType) {
        return jdbc.sql("select count(*) from notify_inbox where tenant_id = ? and user_id = ? and event_type = ?")
                .params(world.tenantId(), userId, eventType).query(Integer.class).single();
    }
}
