package org.opencem.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

@OpenCemTest
class JourneyApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Journeys journeys;

    @Test
    void buildsReadsAndReordersAJourney() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        RequestPostProcessor cx = as(chain.cx().username());

        String created = mvc.perform(post("/api/v1/journeys").with(cx).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"用餐 Dining\",\"description\":\"从订座到离店\"}"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("用餐 Dining")).andExpect(jsonPath("$.stages", hasSize(0)))
                .andReturn().getResponse().getContentAsString();
        String journeyId = JsonPath.read(created, "$.id");
        String base = "/api/v1/journeys/" + journeyId;

        String booking = stage(cx, base, "线上预约");
        String ordering = stage(cx, base, "点餐");
        mvc.perform(post(base + "/stages/" + ordering + "/touchpoints").with(cx).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"扫码点餐\",\"ownerDepartmentId\":\"" + chain.kitchen().id() + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ownerDepartmentName").value("厨房"))
                .andExpect(jsonPath("$.position").value(0));
        String second = JsonPath.read(mvc.perform(post(base + "/stages/" + ordering + "/touchpoints").with(cx)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"服务员点餐\",\"ownerDepartmentId\":\"" + chain.operations().id() + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(1))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(patch(base + "/stages/" + ordering).with(cx).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"move\":-1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].name").value("点餐"))
                .andExpect(jsonPath("$.stages[0].position").value(0))
                .andExpect(jsonPath("$.stages[1].name").value("线上预约"))
                .andExpect(jsonPath("$.stages[1].position").value(1));
        mvc.perform(patch(base + "/touchpoints/" + second).with(cx).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"move\":-1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].touchpoints[0].name").value("服务员点餐"))
                .andExpect(jsonPath("$.stages[0].touchpoints[1].name").value("扫码点餐"))
                .andExpect(jsonPath("$.stages[0].touchpoints[1].position").value(1));
        mvc.perform(patch(base + "/touchpoints/" + second).with(cx).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stageId\":\"" + booking + "\",\"name\":\"到店订座\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].touchpoints", hasSize(1)))
                .andExpect(jsonPath("$.stages[0].touchpoints[0].position").value(0))
                .andExpect(jsonPath("$.stages[1].touchpoints[0].name").value("到店订座"));

        mvc.perform(get("/api/v1/journeys").with(as(chain.storeAManager().username())))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].stageCount").value(2)).andExpect(jsonPath("$[0].touchpointCount").value(2));
        mvc.perform(get(base).with(as(chain.storeAManager().username()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[1].touchpoints[0].ownerDepartmentName").value("门店运营"));

        mvc.perform(delete(base + "/stages/" + booking).with(cx)).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void invalidInputIsAProblemWithFieldErrorsInTheCallersLanguage() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        RequestPostProcessor cx = as(chain.cx().username());

        mvc.perform(post("/api/v1/journeys").with(cx).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("请输入名称。"));

        Journey journey = journeys.createJourney(chain.tenant().id(), "Dining", null);
        Stage stage = journeys.addStage(chain.tenant().id(), journey.id(), "A");
        mvc.perform(post("/api/v1/journeys/{j}/stages/{s}/touchpoints", journey.id(), stage.id()).with(cx)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"QR\",\"ownerDepartmentId\":\"" + other.kitchen().id() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerDepartmentId"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose one of your departments."));
    }

    @Test
    void anotherTenantsJourneyIsNotFoundAndAStoreManagerMayNotEdit() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        Journey theirs = journeys.createJourney(other.tenant().id(), "Theirs", null);
        Stage theirStage = journeys.addStage(other.tenant().id(), theirs.id(), "A");
        RequestPostProcessor cx = as(chain.cx().username());

        mvc.perform(get("/api/v1/journeys/{j}", theirs.id()).with(cx)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(post("/api/v1/journeys/{j}/stages", theirs.id()).with(cx).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"B\"}")).andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/journeys/{j}/stages/{s}", theirs.id(), theirStage.id()).with(cx)
                .contentType(MediaType.APPLICATION_JSON).content("{\"move\":1}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/journeys").with(cx)).andExpect(jsonPath("$", hasSize(0)));

        Journey mine = journeys.createJourney(chain.tenant().id(), "Mine", null);
        RequestPostProcessor manager = as(chain.storeAManager().username());
        mvc.perform(get("/api/v1/journeys/{j}", mine.id()).with(manager)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/journeys").with(manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/journeys/{j}/stages", mine.id()).with(manager).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
        assertThat(journeys.map(chain.tenant().id(), mine.id()).orElseThrow().stages()).isEmpty();

        mvc.perform(get("/api/v1/journeys")).andExpect(status().isUnauthorized());
    }

    private String stage(RequestPostProcessor user, String base, String name) throws Exception {
        return JsonPath.read(mvc.perform(post(base + "/stages").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static RequestPostProcessor as(String username) {
        return httpBasic(username, TestFixtures.PASSWORD);
    }
}
