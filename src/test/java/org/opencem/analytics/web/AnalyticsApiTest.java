package org.opencem.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
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
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.analytics.MetricSettings;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Role;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The analytics views as JSON: figures, significance, drill-down, cells, drivers and goals, and
 * that no id from outside a caller's scope or tenant ever returns anything.
 */
@OpenCemTest
class AnalyticsApiTest {

    private static final String API = "/api/v1/analytics";

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired ApplicationContext context;
    @Autowired MetricSettings settings;

    AnalyticsData.World world;
    TestFixtures.Chain chain;

    @BeforeEach
    void world() {
        world = AnalyticsData.of(context).world();
        chain = world.chain();
        CurrentUser admin = new CurrentUser(chain.tenant().id(), chain.admin().id(), chain.admin().username(), "admin",
                Role.TENANT_ADMIN, new Scope(chain.tenant().id(), List.of(chain.hq().path())), Locale.ENGLISH);
        settings.update(admin, 10, settings.settings(chain.tenant().id()).weights());
    }

    @Test
    void leagueTableRanksRegionsThenStoresAndMarksTheSignificantDrop() throws Exception {
        mvc.perform(get(API + "/hierarchy?" + AnalyticsData.PERIOD + "&metric=nps").with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filter.unit.code").value("HQ"))
                .andExpect(jsonPath("$.comparisonPeriod.from").value("2026-02-02"))
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.rows[0].unit.code").value("WEST"))
                .andExpect(jsonPath("$.rows[0].drillable").value(true))
                .andExpect(jsonPath("$.rows[1].unit.code").value("EAST"))
                .andExpect(jsonPath("$.rows[1].values.nps.n").value(48))
                .andExpect(jsonPath("$.total.responses.value").value(176.0));

        String east = mvc.perform(get(API + "/hierarchy?" + AnalyticsData.PERIOD + "&metric=nps&sort=nps&dir=asc&unit="
                        + chain.east().id()).with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.rows[0].unit.code").value("S001"))
                .andExpect(jsonPath("$.rows[0].rank").value("worst"))
                .andExpect(jsonPath("$.rows[0].drillable").value(false))
                .andExpect(jsonPath("$.rows[0].values.nps.change.significant").value(true))
                .andExpect(jsonPath("$.rows[0].values.nps.change.delta", lessThan(0.0)))
                .andExpect(jsonPath("$.rows[1].values.nps.change.significant").value(false))
                .andExpect(jsonPath("$.spread.worst.code").value("S001"))
                .andExpect(jsonPath("$.spread.best.code").value("S002"))
                .andReturn().getResponse().getContentAsString();
        double nps = JsonPath.read(east, "$.rows[0].values.nps.value");
        assertThat(nps).isCloseTo(-66.67, org.assertj.core.data.Offset.offset(0.01));
        double range = JsonPath.read(east, "$.spread.range");
        double best = JsonPath.read(east, "$.rows[1].values.nps.value");
        assertThat(range).isCloseTo(best - nps, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void journeyHeatmapAndCellShowTheSlowKitchenWithItsComments() throws Exception {
        mvc.perform(get(API + "/journey?" + AnalyticsData.PERIOD + "&metric=csat&unit=" + chain.east().id())
                        .with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages", hasSize(3)))
                .andExpect(jsonPath("$.stages[1].touchpoints[0].name").value("上菜"))
                .andExpect(jsonPath("$.rows[*].unit.code").value(org.hamcrest.Matchers.contains("EAST", "S001", "S002")))
                .andExpect(jsonPath("$.rows[0].total").value(true))
                .andExpect(jsonPath("$.rows[1].cells[1].value.n").value(16))
                .andExpect(jsonPath("$.rows[1].cells[1].value.value").value(0.0))
                .andExpect(jsonPath("$.rows[1].cells[1].netSentiment.value").value(-100.0))
                .andExpect(jsonPath("$.rows[1].cells[0].value.smallSample").value(true));

        mvc.perform(get(API + "/journey/cell?" + AnalyticsData.PERIOD + "&unit=" + chain.storeA().id() + "&touchpoint="
                        + world.serving().id()).with(as(chain.storeAManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.touchpointName").value("上菜"))
                .andExpect(jsonPath("$.comments", hasSize(4)))
                .andExpect(jsonPath("$.comments[0].text").value(AnalyticsData.SLOW_COMMENT))
                .andExpect(jsonPath("$.comments[0].sentiment").value("NEGATIVE"));

        mvc.perform(get(API + "/journey/cell?" + AnalyticsData.PERIOD + "&unit=" + chain.storeA().id() + "&touchpoint="
                        + world.dining().id()).with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases", hasSize(10)))
                .andExpect(jsonPath("$.cases[*].unit.name", everyItem(org.hamcrest.Matchers.is("上海南京西路店"))));
    }

    @Test
    void touchpointDetailDriversAndComparisons() throws Exception {
        mvc.perform(get(API + "/touchpoint?" + AnalyticsData.PERIOD + "&metric=csat&touchpoint=" + world.serving().id())
                        .with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("上菜"))
                .andExpect(jsonPath("$.total.csat.n").value(64))
                .andExpect(jsonPath("$.distributions[0].metric").value("csat"))
                .andExpect(jsonPath("$.distributions[0].points", hasSize(5)))
                .andExpect(jsonPath("$.trend", hasSize(4)))
                .andExpect(jsonPath("$.trend[0].weekStart").value("2026-03-02"))
                .andExpect(jsonPath("$.topics[*].topic", hasItem("service.speed")));

        mvc.perform(get(API + "/drivers?" + AnalyticsData.PERIOD).with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("UNIT_WEEK"))
                .andExpect(jsonPath("$.method").value("shapley-r2"))
                .andExpect(jsonPath("$.observations").value(16))
                .andExpect(jsonPath("$.drivers", hasSize(2)))
                .andExpect(jsonPath("$.drivers[*].touchpoint", org.hamcrest.Matchers.containsInAnyOrder("上菜", "就餐")));

        mvc.perform(get(API + "/compare?" + AnalyticsData.PERIOD + "&by=channel").with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comparisonPeriod.to").value("2026-03-01"))
                .andExpect(jsonPath("$.segments[*].label", org.hamcrest.Matchers.containsInAnyOrder("LINK", "QR")))
                .andExpect(jsonPath("$.attributes['customer.tier']", hasItem("gold")));
        mvc.perform(get(API + "/compare?" + AnalyticsData.PERIOD + "&by=attribute:customer.tier").with(as(chain.cx())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.segments", hasSize(2)))
                .andExpect(jsonPath("$.segments[*].label", org.hamcrest.Matchers.containsInAnyOrder("gold", "basic")));
    }

    @Test
    void idsFromOutsideTheScopeOrTenantReturnNothing() throws Exception {
        TestFixtures.Chain other = fixtures.chain();
        for (String path : List.of("/hierarchy", "/journey", "/touchpoint", "/drivers", "/compare")) {
            mvc.perform(get(API + path + "?" + AnalyticsData.PERIOD + "&unit=" + chain.west().id()).with(as(chain.eastManager())))
                    .andExpect(status().isNotFound());
            mvc.perform(get(API + path + "?" + AnalyticsData.PERIOD + "&unit=" + chain.hq().id()).with(as(other.admin())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(API + "/journey/cell?" + AnalyticsData.PERIOD + "&unit=" + chain.storeB().id() + "&touchpoint="
                        + world.serving().id()).with(as(chain.storeAManager())))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/journey/cell?" + AnalyticsData.PERIOD + "&unit=" + other.storeA().id() + "&touchpoint="
                        + world.serving().id()).with(as(other.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("touchpoint"));

        // without a unit a manager sees their own subtree, never a sibling's figures or comments
        mvc.perform(get(API + "/hierarchy?" + AnalyticsData.PERIOD).with(as(chain.eastManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filter.unit.code").value("EAST"))
                .andExpect(jsonPath("$.rows[*].unit.code", org.hamcrest.Matchers.containsInAnyOrder("S001", "S002")))
                .andExpect(jsonPath("$.total.nps.n").value(48));
        mvc.perform(get(API + "/journey?" + AnalyticsData.PERIOD).with(as(chain.storeAManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].unit.code").value("S001"));
        mvc.perform(get(API + "/touchpoint?" + AnalyticsData.PERIOD + "&touchpoint=" + world.serving().id())
                        .with(as(chain.storeAManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.csat.n").value(16))
                .andExpect(jsonPath("$.comments[*].unitName", everyItem(org.hamcrest.Matchers.is("上海南京西路店"))));
        mvc.perform(get(API + "/compare?" + AnalyticsData.PERIOD + "&by=attribute:customer.tier").with(as(other.admin())))
                .andExpect(status().isBadRequest());
        mvc.perform(get(API + "/journey?" + AnalyticsData.PERIOD).with(as(other.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.journeyId").doesNotExist());
    }

    @Test
    void impossiblePeriodsAndUnknownMetricsAreRefusedByName() throws Exception {
        mvc.perform(get(API + "/hierarchy?from=2026-03-29&to=2026-03-02").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("The end of the period is before its start."));
        mvc.perform(get(API + "/hierarchy?from=2026-02-30").header("Accept-Language", "zh-CN").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("“2026-02-30”不是日期，请使用 YYYY-MM-DD 格式。"));
        mvc.perform(get(API + "/journey?from=2020-01-01&to=2026-01-01").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("A period can be at most 731 days long."));
        mvc.perform(get(API + "/touchpoint?from=2099-01-01&to=2099-01-31").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(API + "/hierarchy?weeks=0").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weeks"));
        mvc.perform(get(API + "/hierarchy?metric=happiness").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metric"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Unknown metric 'happiness'; use one of: cx_index, nps, csat, ces, net_sentiment."));
        mvc.perform(get(API + "/hierarchy?sort=mood").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get(API + "/compare?" + AnalyticsData.PERIOD + "&by=weather").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"))
                .andExpect(jsonPath("$.errors[0].message", containsString("attribute:customer.tier")));
        mvc.perform(get(API + "/touchpoint?touchpoint=not-an-id").with(as(chain.cx())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("touchpoint"));
    }

    @Test
    void goalsAreSetByCxManagersAndShownBesideTheActual() throws Exception {
        String body = """
                {"metric":"nps","orgUnitId":"%s","periodStart":"2026-03-01","periodEnd":"2026-03-31","target":20}"""
                .formatted(chain.east().id());
        mvc.perform(post(API + "/goals").with(as(chain.storeAManager())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post(API + "/goals").with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.metric").value("nps"))
                .andExpect(jsonPath("$.orgUnitName").value("华东大区"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(get(API + "/hierarchy?" + AnalyticsData.PERIOD + "&metric=nps").with(as(chain.cx())))
                .andExpect(jsonPath("$.rows[1].unit.code").value("EAST"))
                .andExpect(jsonPath("$.rows[1].goals.nps.goal.target").value(20.0))
                .andExpect(jsonPath("$.rows[1].goals.nps.met").value(false));
        mvc.perform(get(API + "/goals/" + id).with(as(chain.eastManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.n").value(48))
                .andExpect(jsonPath("$.met").value(false));
        mvc.perform(get(API + "/goals/" + id).with(as(chain.storeAManager()))).andExpect(status().isNotFound());

        mvc.perform(put(API + "/goals/" + id).with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"target\":20", "\"target\":-50")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target").value(-50.0));
        mvc.perform(get(API + "/hierarchy?" + AnalyticsData.PERIOD + "&metric=nps&unit=" + chain.east().id())
                        .with(as(chain.cx())))
                .andExpect(jsonPath("$.totalGoals.nps.met").value(true));

        mvc.perform(post(API + "/goals").with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON).content("""
                        {"metric":"joy","orgUnitId":"%s","periodStart":"2026-03-31","periodEnd":"2026-03-01","target":500}"""
                        .formatted(fixtures.chain().hq().id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("metric", "orgUnitId",
                        "periodEnd")));
        mvc.perform(post(API + "/goals").with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"target\":20", "\"target\":150")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target"))
                .andExpect(jsonPath("$.errors[0].message").value("The target must be between -100 and 100 for this metric."));

        mvc.perform(delete(API + "/goals/" + id).with(as(chain.eastManager()))).andExpect(status().isForbidden());
        mvc.perform(delete(API + "/goals/" + id).with(as(fixtures.chain().cx()))).andExpect(status().isNotFound());
        mvc.perform(delete(API + "/goals/" + id).with(as(chain.cx()))).andExpect(status().isNoContent());
        mvc.perform(get(API + "/goals").with(as(chain.cx()))).andExpect(content().json("[]"));
    }

    private static RequestPostProcessor as(org.opencem.identity.UserAccount user) {
        return httpBasic(user.username(), TestFixtures.PASSWORD);
    }
}
