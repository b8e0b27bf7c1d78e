package org.opencem.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@OpenCemTest
class JourneyConsoleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Journeys journeys;

    @Test
    void createsAJourneyFromTheListAndShowsItsMap() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());

        String empty = page(mvc.perform(get("/journeys").with(cx).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn(), "journey-list-empty.html");
        assertThat(empty).contains("No journeys yet — create the first one").contains("New journey")
                .contains("/css/journey.css");

        MvcResult created = mvc.perform(post("/journeys").with(cx).with(csrf())
                        .param("name", "用餐 Dining").param("description", "从订座到离店"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/journeys/");
        UUID journeyId = UUID.fromString(location.substring("/journeys/".length()));

        // with htmx the browser is told where to go instead
        mvc.perform(post("/journeys").with(cx).with(csrf()).header("HX-Request", "true").param("name", "Shopping"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", containsString("/journeys/")));

        String list = page(mvc.perform(get("/journeys").with(cx).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn(), "journey-list.html");
        assertThat(list).contains("用餐 Dining").contains("Shopping").contains("客户旅程");

        String map = page(mvc.perform(get(location).with(cx).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn(), "journey-map-empty.html");
        assertThat(map).contains("<html").contains("用餐 Dining").contains("还没有阶段").contains("添加阶段");
        assertThat(journeys.find(chain.tenant().id(), journeyId)).isPresent();
    }

    @Test
    void validationErrorsAreShownBesideTheFieldInTheUsersLanguageKeepingTheValues() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());

        String zh = page(mvc.perform(post("/journeys").with(cx).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("name", "  ").param("description", "保留我"))
                .andExpect(status().isOk()).andReturn(), "journey-list-invalid.html");
        assertThat(zh).contains("请输入名称。").contains("value=\"保留我\"").contains("is-invalid").contains("<html");

        String en = mvc.perform(post("/journeys").with(cx).with(csrf()).header("Accept-Language", "en")
                        .header("HX-Request", "true").param("name", "x".repeat(201)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Too long: at most 200 characters.").doesNotContain("<html").contains("id=\"journey-create\"");
        assertThat(journeys.all(chain.tenant().id())).isEmpty();

        Journey journey = journeys.createJourney(chain.tenant().id(), "Dining", null);
        Stage stage = journeys.addStage(chain.tenant().id(), journey.id(), "A");
        String map = mvc.perform(post("/journeys/{j}/stages/{s}/touchpoints", journey.id(), stage.id()).with(cx)
                        .with(csrf()).header("HX-Request", "true").header("Accept-Language", "zh-CN")
                        .param("name", "扫码点餐").param("ownerDepartmentId", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(map).contains("请选择负责此触点的部门。").contains("value=\"扫码点餐\"").contains("id=\"journey-map\"");
        assertThat(journeys.map(chain.tenant().id(), journey.id()).orElseThrow().touchpointCount()).isZero();
    }

    @Test
    void editsTheMapInPlaceWithHtmxAndWithPlainPosts() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        SignIn.Session admin = SignIn.as(mvc, chain.admin().username());
        Journey journey = journeys.createJourney(t, "用餐 Dining", "从订座到离店");
        String base = "/journeys/" + journey.id();

        // plain posts redirect back to the map
        mvc.perform(post(base + "/stages").with(admin).with(csrf()).param("name", "线上预约"))
                .andExpect(redirectedUrl(base));
        // htmx posts answer with the map fragment
        String fragment = mvc.perform(post(base + "/stages").with(admin).with(csrf()).header("HX-Request", "true")
                        .param("name", "点餐"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<div id=\"journey-map\"").contains("线上预约").contains("点餐")
                .doesNotContain("<html");
        mvc.perform(post(base + "/stages").with(admin).with(csrf()).param("name", "前往餐厅"));

        List<Stage> stages = stages(t, journey.id());
        Stage booking = stages.get(0);
        Stage ordering = stages.get(1);
        Stage arriving = stages.get(2);
        mvc.perform(post(base + "/stages/{s}/move", arriving.id()).with(admin).with(csrf()).param("delta", "-1"))
                .andExpect(redirectedUrl(base));
        assertThat(stages(t, journey.id())).extracting(Stage::name).containsExactly("线上预约", "前往餐厅", "点餐");
        mvc.perform(post(base + "/stages/{s}", ordering.id()).with(admin).with(csrf()).header("HX-Request", "true")
                .param("name", "点餐 Ordering")).andExpect(status().isOk());

        for (String name : List.of("小程序订座", "电话订座", "大众点评订座")) {
            mvc.perform(post(base + "/stages/{s}/touchpoints", booking.id()).with(admin).with(csrf())
                            .header("HX-Request", "true").param("name", name)
                            .param("ownerDepartmentId", chain.operations().id().toString()))
                    .andExpect(status().isOk());
        }
        List<Touchpoint> touchpoints = touchpoints(t, journey.id(), 0);
        mvc.perform(post(base + "/touchpoints/{tp}/move", touchpoints.get(2).id()).with(admin).with(csrf())
                .header("HX-Request", "true").param("delta", "-1")).andExpect(status().isOk());
        assertThat(touchpoints(t, journey.id(), 0)).extracting(Touchpoint::name)
                .containsExactly("小程序订座", "大众点评订座", "电话订座");
        assertThat(touchpoints(t, journey.id(), 0)).extracting(Touchpoint::position).containsExactly(0, 1, 2);

        // rename, change owner and move to another stage in one form
        mvc.perform(post(base + "/touchpoints/{tp}", touchpoints.get(0).id()).with(admin).with(csrf())
                        .param("name", "扫码点餐").param("ownerDepartmentId", chain.kitchen().id().toString())
                        .param("stageId", ordering.id().toString()))
                .andExpect(redirectedUrl(base));
        Touchpoint moved = journeys.touchpoint(t, touchpoints.get(0).id()).orElseThrow();
        assertThat(moved.name()).isEqualTo("扫码点餐");
        assertThat(moved.ownerDepartmentId()).isEqualTo(chain.kitchen().id());
        assertThat(moved.stageId()).isEqualTo(ordering.id());
        assertThat(touchpoints(t, journey.id(), 0)).extracting(Touchpoint::position).containsExactly(0, 1);

        // a stage with touchpoints is not deleted: the map says why
        String refused = mvc.perform(post(base + "/stages/{s}/delete", booking.id()).with(admin).with(csrf())
                        .header("HX-Request", "true").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("This stage still has touchpoints");
        mvc.perform(post(base + "/touchpoints/{tp}/delete", moved.id()).with(admin).with(csrf())
                .header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(post(base + "/stages/{s}/delete", arriving.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(stages(t, journey.id())).extracting(Stage::name).containsExactly("线上预约", "点餐 Ordering");

        journeys.addTouchpoint(t, ordering.id(), "上菜速度", chain.kitchen().id());
        page(mvc.perform(get(base).with(admin).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
                .andReturn(), "journey-map.html");
        page(mvc.perform(get(base).with(admin).header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn(), "journey-map-en.html");
        String htmxGet = mvc.perform(get(base).with(admin).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(htmxGet).startsWith("<div id=\"journey-map\"");
    }

    @Test
    void aStoreManagerSeesTheMapReadOnlyAndMayNotEdit() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey journey = journeys.createJourney(t, "用餐 Dining", null);
        Stage stage = journeys.addStage(t, journey.id(), "点餐");
        Touchpoint tp = journeys.addTouchpoint(t, stage.id(), "扫码点餐", chain.kitchen().id());
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        String base = "/journeys/" + journey.id();

        String list = mvc.perform(get("/journeys").with(manager)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("用餐 Dining").doesNotContain("id=\"journey-create\"");
        String map = page(mvc.perform(get(base).with(manager).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn(), "journey-map-readonly.html");
        assertThat(map).contains("扫码点餐").contains("厨房").contains("只读")
                .doesNotContain("method=\"post\" action=\"" + base);

        mvc.perform(post("/journeys").with(manager).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post(base + "/stages").with(manager).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post(base + "/stages/{s}/move", stage.id()).with(manager).with(csrf()).param("delta", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/touchpoints/{tp}/delete", tp.id()).with(manager).with(csrf())
                .header("HX-Request", "true")).andExpect(status().isForbidden());
        assertThat(journeys.touchpoint(t, tp.id())).isPresent();
    }

    @Test
    void anotherTenantsJourneyIsNotFoundForReadingAndEditing() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        Journey theirs = journeys.createJourney(other.tenant().id(), "Their journey", null);
        Stage theirStage = journeys.addStage(other.tenant().id(), theirs.id(), "Their stage");
        Touchpoint theirTp = journeys.addTouchpoint(other.tenant().id(), theirStage.id(), "tp", other.kitchen().id());
        Journey mine = journeys.createJourney(chain.tenant().id(), "Mine", null);
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());

        mvc.perform(get("/journeys/{j}", theirs.id()).with(cx)).andExpect(status().isNotFound());
        mvc.perform(get("/journeys/{j}", theirs.id()).with(cx).header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/journeys").with(cx)).andExpect(content().string(not(containsString("Their journey"))));
        mvc.perform(post("/journeys/{j}/stages", theirs.id()).with(cx).with(csrf()).param("name", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/journeys/{j}/edit", theirs.id()).with(cx).with(csrf()).param("name", "x"))
                .andExpect(status().isNotFound());
        // their stage or touchpoint through my journey's URL
        mvc.perform(post("/journeys/{j}/stages/{s}", mine.id(), theirStage.id()).with(cx).with(csrf())
                .param("name", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/journeys/{j}/touchpoints/{tp}/delete", mine.id(), theirTp.id()).with(cx).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(journeys.map(other.tenant().id(), theirs.id()).orElseThrow().touchpointCount()).isEqualTo(1);
    }

    private List<Stage> stages(UUID t, UUID journeyId) {
        return journeys.map(t, journeyId).orElseThrow().stages().stream().map(JourneyMap.StageColumn::stage).toList();
    }

    private List<Touchpoint> touchpoints(UUID t, UUID journeyId, int stageIndex) {
        return journeys.map(t, journeyId).orElseThrow().stages().get(stageIndex).touchpoints().stream()
                .map(JourneyMap.TouchpointCard::touchpoint).toList();
    }

    /** The page's HTML, also saved under target/ to look at. */
    private static String page(MvcResult result, String file) throws Exception {
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Path dir = Path.of("target", "pages");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), html, StandardCharsets.UTF_8);
        return html;
    }
}
