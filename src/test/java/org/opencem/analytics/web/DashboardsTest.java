package org.opencem.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.analytics.Comparison;
import org.opencem.analytics.DateRange;
import org.opencem.analytics.GroupBy;
import org.opencem.analytics.Metric;
import org.opencem.analytics.MetricFilter;
import org.opencem.analytics.MetricQueries;
import org.opencem.analytics.MetricQuery;
import org.opencem.analytics.MetricReport;
import org.opencem.analytics.MetricRow;
import org.opencem.identity.NewUser;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Role-based default dashboards and custom ones: who gets which default, saving, sharing and
 * editing, each viewer seeing only their scope in a shared dashboard, widget figures matching
 * the metrics engine, and bad input refused by name.
 */
@OpenCemTest
class DashboardsTest {

    private static final String API = "/api/v1/dashboards";
    private static final String PERIOD = "period=custom&" + AnalyticsData.PERIOD;

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired UserAccounts users;
    @Autowired MetricQueries queries;

    AnalyticsData.World world;
    TestFixtures.Chain chain;

    @BeforeEach
    void world() {
        world = AnalyticsData.of(context).world();
        chain = world.chain();
    }

    @Test
    void eachRoleGetsItsDefaultDashboardOfItsScope() throws Exception {
        UserAccount kitchenLead = user("kitchen-east", Role.CASE_HANDLER, chain.kitchen().id(), chain.east().id());
        UserAccount chef = user("chef-s001", Role.CASE_HANDLER, chain.kitchen().id(), chain.storeA().id());
        UserAccount waiter = user("waiter-s001", Role.CASE_HANDLER, null, chain.storeA().id());

        role(chain.cx(), "EXECUTIVE");
        role(chain.admin(), "EXECUTIVE");
        role(chain.eastManager(), "REGIONAL");
        role(chain.storeAManager(), "STORE");
        role(kitchenLead, "DEPARTMENT")
                .andExpect(jsonPath("$.departmentName").value("厨房"))
                .andExpect(jsonPath("$.dashboard.filter.touchpointIds[0]").value(world.serving().id().toString()));
        role(chef, "FRONTLINE")
                .andExpect(jsonPath("$.dashboard.filter.touchpointIds[0]").value(world.serving().id().toString()));
        role(waiter, "FRONTLINE").andExpect(jsonPath("$.dashboard.filter.touchpointIds", hasSize(0)));

        // the regional manager's stores side by side: only theirs, whoever else is in the tenant
        String regional = mvc.perform(get(API + "/default").with(as(chain.eastManager()))).andReturn().getResponse()
                .getContentAsString();
        String sideBySide = JsonPath.read(regional, "$.dashboard.widgets[1].id");
        mvc.perform(get(API + "/default/widgets/" + sideBySide + "/data?" + PERIOD).with(as(chain.eastManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("BREAKDOWN"))
                .andExpect(jsonPath("$.unit.code").value("EAST"))
                .andExpect(jsonPath("$.rows[*].unit.code", containsInAnyOrder("S001", "S002")));
        // the department's heatmap: the kitchen's touchpoint only, across the units the kitchen lead sees
        String department = mvc.perform(get(API + "/default").with(as(kitchenLead))).andReturn().getResponse()
                .getContentAsString();
        String heatmap = JsonPath.read(department, "$.dashboard.widgets[1].id");
        mvc.perform(get(API + "/default/widgets/" + heatmap + "/data?" + PERIOD).with(as(kitchenLead)))
                .andExpect(jsonPath("$.heatmap.columns[*].name", contains("上菜")))
                .andExpect(jsonPath("$.heatmap.rows[*].unit.code", contains("EAST", "S001", "S002")))
                .andExpect(jsonPath("$.heatmap.rows[1].cells['" + world.serving().id() + "'].n").value(16));

        SignIn.Session store = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(get("/analytics/dashboards").with(store).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("门店看板")))
                .andExpect(content().string(containsString("hx-trigger=\"load\"")))
                .andExpect(content().string(containsString("id=\"open-cases\"")));
        mvc.perform(get("/analytics/dashboards").with(SignIn.as(mvc, chain.cx().username())).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Head office dashboard")))
                .andExpect(content().string(containsString("Biggest movers by Unit")));
    }

    @Test
    void dashboardsAreSavedPrivateOrSharedAndOnlyTheirOwnerChangesThem() throws Exception {
        String created = mvc.perform(post(API).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(dashboardJson("Head office weekly", false, "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Head office weekly"))
                .andExpect(jsonPath("$.shared").value(false))
                .andExpect(jsonPath("$.widgets[*].kind", contains("KPI", "TREND", "HEATMAP",
                        "BREAKDOWN", "COMMENTS")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String firstWidget = JsonPath.read(created, "$.widgets[0].id");

        mvc.perform(get(API + "/" + id).with(as(chain.eastManager()))).andExpect(status().isNotFound());
        mvc.perform(get(API).with(as(chain.eastManager()))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get(API + "/" + id + "/widgets/" + firstWidget + "/data").with(as(chain.eastManager())))
                .andExpect(status().isNotFound());

        String shared = mvc.perform(put(API + "/" + id).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(dashboardJson("Head office weekly", true, "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shared").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(shared, "$.widgets[0].id")).isEqualTo(firstWidget);
        mvc.perform(get(API).with(as(chain.eastManager())))
                .andExpect(jsonPath("$[*].name", contains("Head office weekly")));
        mvc.perform(put(API + "/" + id).with(as(chain.eastManager())).contentType(MediaType.APPLICATION_JSON)
                        .content(dashboardJson("Mine now", true, "")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(API + "/" + id).with(as(chain.eastManager()))).andExpect(status().isForbidden());
        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get(API + "/" + id).with(as(other.admin()))).andExpect(status().isNotFound());
        mvc.perform(delete(API + "/" + id).with(as(other.admin()))).andExpect(status().isNotFound());

        // the page and the editor: moving, removing and adding widgets before saving
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(get("/analytics/dashboards/" + id).with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/analytics/dashboards/" + id + "/widgets/" + firstWidget)))
                .andExpect(content().string(containsString("id=\"edit-dashboard\"")));
        mvc.perform(get("/analytics/dashboards/" + id).with(SignIn.as(mvc, chain.eastManager().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-dashboard\""))));
        mvc.perform(get("/analytics/dashboards/" + id + "/edit").with(SignIn.as(mvc, chain.eastManager().username())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/analytics/dashboards/" + id + "/edit").with(cx).with(csrf())
                        .param("name", "Renamed").param("shared", "true")
                        .param("widgets[0].kind", "kpi").param("widgets[0].metrics", "nps")
                        .param("widgets[1].kind", "trend").param("widgets[1].metrics", "csat")
                        .param("newKind", "heatmap").param("op", "up:1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Renamed\"")))
                .andExpect(content().string(containsString("<option value=\"trend\" selected=\"selected\"")));
        mvc.perform(post("/analytics/dashboards/" + id + "/edit").with(cx).with(csrf())
                        .param("name", "Renamed").param("shared", "true")
                        .param("widgets[0].kind", "trend").param("widgets[0].metrics", "csat")
                        .param("widgets[1].kind", "kpi").param("widgets[1].metrics", "nps", "ces")
                        .param("op", "save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/analytics/dashboards/" + id));
        mvc.perform(get(API + "/" + id).with(as(chain.cx())))
                .andExpect(jsonPath("$.name").value("Renamed"))
                .andExpect(jsonPath("$.widgets[*].kind", contains("TREND", "KPI")))
                .andExpect(jsonPath("$.widgets[1].metrics", contains("nps", "ces")));

        mvc.perform(post("/analytics/dashboards/" + id + "/delete").with(cx).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(API + "/" + id).with(as(chain.cx()))).andExpect(status().isNotFound());
    }

    @Test
    void aSharedDashboardShowsEachViewerOnlyTheirOwnScope() throws Exception {
        String created = mvc.perform(post(API).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(dashboardJson("Chain", true, chain.hq().id().toString())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String kpi = JsonPath.read(created, "$.widgets[0].id");
        String comments = JsonPath.read(created, "$.widgets[4].id");

        mvc.perform(get(API + "/" + id + "/widgets/" + kpi + "/data?" + PERIOD).with(as(chain.cx())))
                .andExpect(jsonPath("$.unit.code").value("HQ"))
                .andExpect(jsonPath("$.tiles[0].value.n").value(96));
        // head office's dashboard names head office; the store manager sees their store in it, and only it
        mvc.perform(get(API + "/" + id + "/widgets/" + kpi + "/data?" + PERIOD).with(as(chain.storeAManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outOfScope").value(false))
                .andExpect(jsonPath("$.unit.code").value("S001"))
                .andExpect(jsonPath("$.tiles[0].metric").value("nps"))
                .andExpect(jsonPath("$.tiles[0].value.n").value(24));
        mvc.perform(get(API + "/" + id + "/widgets/" + comments + "/data?" + PERIOD).with(as(chain.storeAManager())))
                .andExpect(jsonPath("$.comments[*].unitName", everyItem(
                        is("上海南京西路店"))))
                .andExpect(jsonPath("$.comments", not(hasSize(0))));
        // another store's id, or another tenant's, gives nothing
        TestFixtures.Chain other = fixtures.chain();
        for (UUID outside : List.of(chain.storeB().id(), chain.west().id(), other.storeA().id(), other.hq().id())) {
            mvc.perform(get(API + "/" + id + "/widgets/" + kpi + "/data?" + PERIOD + "&unit=" + outside)
                            .with(as(chain.storeAManager())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outOfScope").value(true))
                    .andExpect(jsonPath("$.unit").doesNotExist())
                    .andExpect(jsonPath("$.tiles", hasSize(0)));
            mvc.perform(get(API + "/" + id + "/widgets/" + comments + "/data?" + PERIOD + "&unit=" + outside)
                            .with(as(chain.storeAManager())))
                    .andExpect(jsonPath("$.comments", hasSize(0)));
        }
        mvc.perform(get(API + "/" + id + "/widgets/" + kpi + "/data?" + PERIOD).with(as(other.admin())))
                .andExpect(status().isNotFound());
        SignIn.Session store = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(get("/analytics/dashboards/" + id + "/widgets/" + kpi + "?" + PERIOD + "&unit=" + chain.storeB().id())
                        .with(store).header("HX-Request", "true").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("outside your scope")))
                .andExpect(content().string(not(containsString("杭州西湖店"))));
    }

    @Test
    void widgetFiguresAreTheMetricsEnginesFigures() throws Exception {
        String created = mvc.perform(post(API).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(dashboardJson("Figures", false, "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        Scope scope = new Scope(chain.tenant().id(), List.of(chain.hq().path()));
        DateRange period = new DateRange(AnalyticsData.FROM, AnalyticsData.TO);

        String kpi = widgetData(id, JsonPath.read(created, "$.widgets[0].id"));
        MetricReport total = queries.report(scope, new MetricQuery(chain.hq().id(), period, Comparison.PREVIOUS_PERIOD,
                GroupBy.NONE, List.of(Metric.NPS, Metric.CSAT, Metric.CX_INDEX), MetricFilter.NONE));
        for (int i = 0; i < 3; i++) {
            String code = JsonPath.read(kpi, "$.tiles[" + i + "].metric");
            double value = ((Number) JsonPath.read(kpi, "$.tiles[" + i + "].value.value")).doubleValue();
            assertThat(value).isCloseTo(total.total().values().get(code).value(), Offset.offset(1e-9));
            assertThat(((Number) JsonPath.read(kpi, "$.tiles[" + i + "].value.n")).longValue())
                    .isEqualTo(total.total().values().get(code).n());
        }
        assertThat(((Number) JsonPath.read(kpi, "$.tiles[0].value.change.previous")).doubleValue())
                .isCloseTo(total.total().value(Metric.NPS).change().previous(), Offset.offset(1e-9));

        String trend = widgetData(id, JsonPath.read(created, "$.widgets[1].id"));
        MetricReport weekly = queries.report(scope, new MetricQuery(chain.hq().id(), period, Comparison.NONE,
                GroupBy.WEEK, List.of(Metric.NPS, Metric.CSAT), MetricFilter.NONE));
        List<Double> trendNps = JsonPath.read(trend, "$.rows[*].values.nps.value");
        assertThat(trendNps).containsExactlyElementsOf(weekly.rows().stream().map(r -> r.value(Metric.NPS).value()).toList());

        String heatmap = widgetData(id, JsonPath.read(created, "$.widgets[2].id"));
        MetricReport storeA = queries.report(scope, new MetricQuery(chain.storeA().id(), period, Comparison.NONE,
                GroupBy.TOUCHPOINT, List.of(Metric.CSAT), MetricFilter.NONE));
        MetricRow serving = storeA.rows().stream().filter(r -> r.key().equals(world.serving().id().toString()))
                .findFirst().orElseThrow();
        assertThat(JsonPath.<List<String>>read(heatmap, "$.heatmap.rows[*].unit.code")).containsExactly("HQ", "EAST", "WEST");
        assertThat(((Number) JsonPath.read(widgetData(id, JsonPath.read(created, "$.widgets[2].id"), "&unit=" + chain.east().id()),
                "$.heatmap.rows[1].cells['" + world.serving().id() + "'].value")).doubleValue())
                .isCloseTo(serving.value(Metric.CSAT).value(), Offset.offset(1e-9));

        String breakdown = widgetData(id, JsonPath.read(created, "$.widgets[3].id"));
        MetricReport byTouchpoint = queries.report(scope, new MetricQuery(chain.hq().id(), period,
                Comparison.PREVIOUS_PERIOD, GroupBy.TOUCHPOINT, List.of(Metric.CSAT), MetricFilter.NONE));
        List<Double> bars = JsonPath.read(breakdown, "$.rows[*].values.csat.value");
        assertThat(bars).containsExactlyElementsOf(byTouchpoint.rows().stream().map(r -> r.value(Metric.CSAT).value())
                .sorted(java.util.Comparator.reverseOrder()).toList());
        assertThat(Set.copyOf(JsonPath.<List<String>>read(breakdown, "$.rows[*].label"))).containsExactlyInAnyOrder(
                "用餐 › 点餐 › 点餐", "用餐 › 上菜 › 上菜", "用餐 › 就餐 › 就餐");
    }

    @Test
    void aCommentListKeepsToItsChannelsAndSegment() throws Exception {
        // every comment of the world came by QR; the dining ones from gold customers, the serving ones from nobody known
        String created = mvc.perform(post(API).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Voices","widgets":[
                          {"kind":"comments","metrics":["nps"],"filter":{"channels":["QR"]}},
                          {"kind":"comments","metrics":["nps"],"filter":{"channels":["LINK"]}},
                          {"kind":"comments","metrics":["nps"],"filter":{"segment":"customer.tier:gold"}},
                          {"kind":"comments","metrics":["nps"],"filter":{"touchpoints":["%s"]}}]}""".formatted(
                                world.serving().id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String[] widgets = new String[4];
        for (int i = 0; i < widgets.length; i++) {
            widgets[i] = API + "/" + id + "/widgets/" + JsonPath.read(created, "$.widgets[" + i + "].id") + "/data?" + PERIOD;
        }
        mvc.perform(get(widgets[0]).with(as(chain.cx())))
                .andExpect(jsonPath("$.comments[*].text", hasItem(AnalyticsData.SLOW_COMMENT)))
                .andExpect(jsonPath("$.comments[*].text", hasItem("等菜太久，体验很差")));
        mvc.perform(get(widgets[1]).with(as(chain.cx()))).andExpect(jsonPath("$.comments", hasSize(0)));
        mvc.perform(get(widgets[2]).with(as(chain.cx())))
                .andExpect(jsonPath("$.comments", not(hasSize(0))))
                .andExpect(jsonPath("$.comments[*].text", everyItem(is(oneOf("等菜太久，体验很差", "很好吃，服务热情")))));
        mvc.perform(get(widgets[3]).with(as(chain.cx())))
                .andExpect(jsonPath("$.comments", not(hasSize(0))))
                .andExpect(jsonPath("$.comments[*].text", everyItem(is(oneOf(AnalyticsData.SLOW_COMMENT, "上菜很快")))));
    }

    @Test
    void unknownMetricsAndImpossiblePeriodsAreRefusedByName() throws Exception {
        mvc.perform(post(API).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"", "filter":{"period":"custom","from":"2026-03-29","to":"2026-03-02"},
                         "widgets":[{"kind":"kpi","metrics":["happiness"]},{"kind":"pie","metrics":["nps"]},
                                    {"kind":"table","metrics":["nps"],"breakdown":"weather","filter":{"period":"fortnight"}}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "filter.to",
                        "widgets[0].metrics", "widgets[1].kind", "widgets[2].breakdown", "widgets[2].filter.period")))
                .andExpect(jsonPath("$.errors[?(@.field == 'widgets[0].metrics')].message",
                        hasItem(containsString("happiness"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'filter.to')].message",
                        hasItem("The end of the period is before its start.")));
        String created = mvc.perform(post(API).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(dashboardJson("Fine", false, "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String widget = "/" + JsonPath.read(created, "$.id") + "/widgets/" + JsonPath.read(created, "$.widgets[0].id") + "/data";
        mvc.perform(get(API + widget + "?period=custom&from=2026-03-29&to=2026-03-02").with(as(chain.cx()))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("早于")));
        mvc.perform(get(API + widget + "?period=fortnight").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));

        mvc.perform(get("/analytics/dashboards?period=custom&from=2026-03-29&to=2026-03-02")
                        .with(SignIn.as(mvc, chain.cx().username())).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The end of the period is before its start.")));
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/dashboards/{id}/widgets/{widgetId}/data")));

        // the form keeps what was typed and says what is wrong beside each field, in the reader's language
        mvc.perform(post("/analytics/dashboards/new").with(SignIn.as(mvc, chain.cx().username())).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("name", "").param("widgets[0].kind", "kpi").param("widgets[0].metrics", "nps")
                        .param("widgets[0].filter.period", "custom").param("widgets[0].filter.from", "2026-13-01")
                        .param("op", "save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("必填")))
                .andExpect(content().string(containsString("2026-13-01")))
                .andExpect(content().string(containsString("不是日期")));
    }

    private String widgetData(String dashboardId, String widgetId) throws Exception {
        return widgetData(dashboardId, widgetId, "");
    }

    private String widgetData(String dashboardId, String widgetId, String extra) throws Exception {
        return mvc.perform(get(API + "/" + dashboardId + "/widgets/" + widgetId + "/data?" + PERIOD + extra)
                        .with(as(chain.cx())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** KPI tiles, a trend, a heatmap, bars by touchpoint and comments; {@code unit} set on the dashboard if given. */
    private static String dashboardJson(String name, boolean shared, String unit) {
        return """
                {"name":"%s","shared":%s,"filter":{"unit":"%s"},"widgets":[
                  {"kind":"kpi","metrics":["nps","csat","cx_index"]},
                  {"kind":"trend","metrics":["nps","csat"]},
                  {"kind":"heatmap","metrics":["csat"]},
                  {"kind":"breakdown","metrics":["csat"],"breakdown":"touchpoint","sort":"value"},
                  {"kind":"comments","metrics":["nps"]}]}""".formatted(name, shared, unit);
    }

    private org.springframework.test.web.servlet.ResultActions role(UserAccount user, String role) throws Exception {
        return mvc.perform(get(API + "/default").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value(role));
    }

    private UserAccount user(String name, Role role, UUID department, UUID unit) {
        String username = name + "@" + chain.tenant().code();
        return users.create(chain.tenant().id(), new NewUser(username, TestFixtures.PASSWORD, name, null, role, department,
                List.of(unit)));
    }

    private static RequestPostProcessor as(UserAccount user) {
        return httpBasic(user.username(), TestFixtures.PASSWORD);
    }
}
