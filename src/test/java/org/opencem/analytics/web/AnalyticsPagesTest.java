package org.opencem.analytics.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The analytics pages: whole pages, htmx fragments, CSV downloads, refused filters and the goal form. */
@OpenCemTest
class AnalyticsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired ApplicationContext context;

    @Test
    void everyViewRendersAsPageFragmentAndCsv() throws Exception {
        AnalyticsData.World world = AnalyticsData.of(context).world();
        TestFixtures.Chain chain = world.chain();
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        String period = "?" + AnalyticsData.PERIOD + "&unit=" + chain.east().id();

        mvc.perform(get("/analytics").with(cx)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/analytics/hierarchy" + period).with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上海南京西路店")))
                .andExpect(content().string(containsString("id=\"league-table\"")))
                .andExpect(content().string(containsString("class=\"sidebar\"")));
        mvc.perform(get("/analytics/hierarchy" + period).header("HX-Request", "true").with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"view\"")))
                .andExpect(content().string(not(containsString("class=\"sidebar\""))));
        mvc.perform(get("/analytics/journey" + period + "&cell=" + chain.storeA().id() + "&tp=" + world.serving().id()).with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(AnalyticsData.SLOW_COMMENT)))
                .andExpect(content().string(containsString("id=\"cell-panel\"")));
        mvc.perform(get("/analytics/journey/cell" + period + "&cell=" + chain.storeA().id() + "&tp=" + world.serving().id())
                        .header("HX-Request", "true").with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(AnalyticsData.SLOW_COMMENT)));
        mvc.perform(get("/analytics/touchpoint" + period + "&touchpoint=" + world.serving().id()).with(cx))
                .andExpect(status().isOk())
                // topics by their names in the reader's language, not their codes
                .andExpect(content().string(containsString("title=\"service.speed\">Speed of service</span>")));
        mvc.perform(get("/analytics/drivers" + period).with(cx)).andExpect(status().isOk());
        mvc.perform(get("/analytics/compare" + period + "&by=attribute:customer.tier").with(cx))
                .andExpect(status().isOk()).andExpect(content().string(containsString("gold")));

        for (String csv : new String[] {"/analytics/hierarchy.csv", "/analytics/journey.csv", "/analytics/touchpoint.csv",
                "/analytics/touchpoint-distribution.csv", "/analytics/drivers.csv", "/analytics/compare-periods.csv",
                "/analytics/compare-segments.csv"}) {
            mvc.perform(get(csv + period).with(cx))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("text/csv")));
        }
        mvc.perform(get("/analytics/hierarchy.csv" + period).with(cx))
                .andExpect(content().string(containsString("S001,上海南京西路店,")));
    }

    @Test
    void aUnitNameCannotEndTheChartsScriptBlock() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        String name = "</script><script>alert(1)</script>";
        context.getBean(JdbcClient.class).sql("update org_unit set name = ? where tenant_id = ? and id = ?")
                .params(name, chain.tenant().id(), chain.storeA().id()).update();
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(get("/analytics/hierarchy?unit=" + chain.east().id()).with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aRefusedFilterSaysWhatWasWrongInTheReadersLanguage() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(get("/analytics/hierarchy?from=2026-03-29&to=2026-03-02&lang=zh-CN").with(cx))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("结束日期早于开始日期。")));
        mvc.perform(get("/analytics/journey?metric=joy").header("HX-Request", "true").with(cx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("joy")));
        SignIn.Session east = SignIn.as(mvc, chain.eastManager().username());
        mvc.perform(get("/analytics/hierarchy?unit=" + chain.west().id()).with(east)).andExpect(status().isNotFound());
    }

    @Test
    void goalFormKeepsWhatWasTypedAndOnlyManagersSeeIt() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(post("/analytics/goals").with(cx).with(csrf()).param("metric", "nps")
                        .param("orgUnitId", chain.hq().id().toString()).param("periodStart", "2026-04-01")
                        .param("periodEnd", "2026-03-01").param("target", "35"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end of the period is before its start.")))
                .andExpect(content().string(containsString("value=\"35\"")));
        mvc.perform(post("/analytics/goals").with(cx).with(csrf()).param("metric", "nps")
                        .param("orgUnitId", chain.hq().id().toString()).param("departmentId", chain.kitchen().id().toString())
                        .param("periodStart", "2026-01-01").param("periodEnd", "2026-03-31").param("target", "35")
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/analytics/goals"));
        mvc.perform(get("/analytics/goals").with(cx))
                .andExpect(content().string(containsString("厨房")))
                .andExpect(content().string(containsString("id=\"goal-form\"")));
        SignIn.Session store = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(get("/analytics/goals").with(store))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"goal-form\""))))
                .andExpect(content().string(not(containsString("厨房"))));
        mvc.perform(post("/analytics/goals").with(store).with(csrf()).param("metric", "nps")).andExpect(status().isForbidden());
    }
}
