package org.opencem.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.Cases;
import org.opencem.actions.InboxFilter;
import org.opencem.collect.ResponseIntake;
import org.opencem.collect.ResponseIntake.HistoricalResponse;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.identity.NewUser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.organization.Departments;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.Tenant;
import org.opencem.organization.Tenants;
import org.opencem.organization.UnitType;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.opencem.survey.LiveSurvey;
import org.opencem.survey.Survey;
import org.opencem.survey.SurveyTemplate;
import org.opencem.survey.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the demo tenant through the modules' APIs, in the caller's transaction: the chain, its
 * people and journey, the surveys and their store links, then the history through the real
 * pipeline (intake → outbox → dispatcher → rollups and detractor cases) and the work on the cases.
 */
@Component
class DemoTenantBuilder {

    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(DemoTenantBuilder.class);

    /** What was made. */
    record Built(UUID tenantId, int responses, int cases, int openCases) {
    }

    private final Tenants tenants;
    private final OrgUnits orgUnits;
    private final Departments departments;
    private final UserAccounts users;
    private final DemoJourney journey;
    private final Surveys surveys;
    private final ResponseIntake intake;
    private final FeedbackDispatcher dispatcher;
    private final Cases cases;
    private final DemoCaseWork caseWork;
    private final DemoCaseSetup caseSetup;
    private final DemoDashboard dashboard;
    private final Clock clock;
    private final ZoneId zone;

    DemoTenantBuilder(Tenants tenants, OrgUnits orgUnits, Departments departments, UserAccounts users,
                      DemoJourney journey, Surveys surveys, ResponseIntake intake, FeedbackDispatcher dispatcher,
                      Cases cases, DemoCaseWork caseWork, DemoCaseSetup caseSetup, DemoDashboard dashboard, Clock clock,
                      @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.tenants = tenants;
        this.orgUnits = orgUnits;
        this.departments = departments;
        this.users = users;
        this.journey = journey;
        this.surveys = surveys;
        this.intake = intake;
        this.dispatcher = dispatcher;
        this.cases = cases;
        this.caseWork = caseWork;
        this.caseSetup = caseSetup;
        this.dashboard = dashboard;
        this.clock = clock;
        this.zone = zone;
    }

    /** Creates everything; fails with a duplicate key when the tenant code is taken meanwhile. */
    Built build() {
        Tenant tenant = tenants.create(DemoBlueprint.TENANT_CODE, DemoBlueprint.TENANT_NAME, Locale.SIMPLIFIED_CHINESE);
        UUID t = tenant.id();

        Map<String, OrgUnit> units = new LinkedHashMap<>();
        OrgUnit hq = orgUnits.create(t, DemoBlueprint.HQ, "总部", UnitType.HEAD_OFFICE, null);
        units.put(hq.code(), hq);
        for (DemoBlueprint.Region region : DemoBlueprint.REGIONS) {
            units.put(region.code(), orgUnits.create(t, region.code(), region.name(), UnitType.REGION, hq.id()));
        }
        for (DemoBlueprint.Store store : DemoBlueprint.STORES) {
            units.put(store.code(), orgUnits.create(t, store.code(), store.name(), UnitType.STORE,
                    units.get(store.region()).id()));
        }

        Map<String, UUID> departmentIds = new HashMap<>();
        for (String[] department : DemoBlueprint.DEPARTMENTS) {
            departmentIds.put(department[0], departments.create(t, department[0], department[1]).id());
        }

        Map<String, UserAccount> people = new HashMap<>();
        for (DemoBlueprint.Person person : DemoBlueprint.PEOPLE) {
            people.put(person.username(), users.create(t, new NewUser(person.username(), DemoBlueprint.PASSWORD,
                    person.displayName(), person.username() + "@flavorhouse.example", person.role(),
                    departmentIds.get(person.department()), List.of(units.get(person.scope()).id()))));
        }
        for (DemoBlueprint.Store store : DemoBlueprint.STORES) {
            if (store.hasManager() && !people.containsKey(store.manager())) {
                people.put(store.manager(), users.create(t, new NewUser(store.manager(), DemoBlueprint.PASSWORD,
                        store.managerName(), store.manager() + "@flavorhouse.example", Role.UNIT_MANAGER,
                        departmentIds.get("OPS"), List.of(units.get(store.code()).id()))));
            }
        }

        Map<String, UUID> touchpoints = journey.create(t, departmentIds);
        DemoCaseSetup.RootCauses rootCauses = caseSetup.configure(t, people.get("cx").id(),
                touchpoints.get(DemoBlueprint.BOOKING), departmentIds.get("CS"), zone);

        Scope headOffice = new Scope(t, List.of(hq.path()));
        Survey nps = surveys.create(t, DemoBlueprint.NPS_SURVEY, SurveyTemplate.NPS,
                touchpoints.get(DemoBlueprint.DINING), DemoBlueprint.DINING, true);
        Survey csat = surveys.create(t, DemoBlueprint.CSAT_SURVEY, SurveyTemplate.CSAT,
                touchpoints.get(DemoBlueprint.SERVING), DemoBlueprint.SERVING, false);
        surveys.publish(t, nps.id());
        surveys.publish(t, csat.id());
        Map<String, LiveSurvey> npsLinks = new HashMap<>();
        Map<String, LiveSurvey> csatLinks = new HashMap<>();
        for (DemoBlueprint.Store store : DemoBlueprint.STORES) {
            UUID storeId = units.get(store.code()).id();
            npsLinks.put(store.code(), live(surveys.link(headOffice, nps.id(), storeId).token()));
            csatLinks.put(store.code(), live(surveys.link(headOffice, csat.id(), storeId).token()));
        }

        long started = System.nanoTime();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        List<DemoHistory.Answer> answers = DemoHistory.generate(now);
        int responses = 0;
        List<HistoricalResponse> batch = new ArrayList<>(BATCH);
        for (DemoHistory.Answer answer : answers) {
            LiveSurvey survey = (answer.npsSurvey() ? npsLinks : csatLinks).get(answer.storeCode());
            batch.add(new HistoricalResponse(survey, answers(answer), answer.locale(), answer.at()));
            if (batch.size() == BATCH) {
                responses += intake.importAnswered(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            responses += intake.importAnswered(batch);
        }
        long imported = System.nanoTime();
        int dispatched = dispatcher.dispatchPending();
        long rolledUp = System.nanoTime();

        CurrentUser admin = currentUser(people.get("admin"));
        CurrentUser handler = currentUser(people.get("handler"));
        CurrentUser cx = currentUser(people.get("cx"));
        caseWork.openKitchenCases(cx, touchpoints.get(DemoBlueprint.SERVING));
        int open = caseWork.work(t, admin, handler, OffsetDateTime.now(clock), rootCauses);
        dashboard.share(cx, touchpoints.get(DemoBlueprint.SERVING));
        int total = open + cases.inbox(admin, InboxFilter.RESOLVED, 1_000_000).size();
        log.info("Demo history: {} responses generated and imported in {} ms, {} records dispatched in {} ms, "
                        + "{} cases worked in {} ms", responses, (imported - started) / 1_000_000, dispatched,
                (rolledUp - imported) / 1_000_000, total, (System.nanoTime() - rolledUp) / 1_000_000);
        return new Built(t, responses, total, open);
    }

    private LiveSurvey live(String token) {
        return surveys.live(token).orElseThrow(() -> new IllegalStateException("Demo survey link " + token + " is not live"));
    }

    private static Map<String, Object> answers(DemoHistory.Answer answer) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (answer.nps() != null) {
            values.put("nps", answer.nps());
        }
        if (answer.csat() != null) {
            values.put("csat", answer.csat());
        }
        if (answer.comment() != null) {
            values.put("reason", answer.comment());
        }
        return values;
    }

    private CurrentUser currentUser(UserAccount user) {
        return new CurrentUser(user.tenantId(), user.id(), user.username(), user.displayName(), user.role(),
                users.scopeOf(user), Locale.SIMPLIFIED_CHINESE);
    }
}
