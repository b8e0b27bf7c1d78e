package org.opencem.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.platform.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@OpenCemTest
class SurveyPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired Surveys surveys;

    @Test
    void linksForEveryStoreGoToTheLeavesOfTheTreeOnly() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        Survey survey = surveys.create(chain.tenant().id(), "NPS", SurveyTemplate.NPS, UUID.randomUUID(), "就餐", true);
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());

        mvc.perform(post("/surveys/" + survey.id() + "/links").with(cx).with(csrf())).andExpect(status().is3xxRedirection());

        List<UUID> linked = surveys.links(new Scope(chain.tenant().id(), List.of(chain.hq().path())), survey.id())
                .stream().map(SurveyLink::orgUnitId).toList();
        assertThat(linked).containsExactlyInAnyOrder(chain.storeA().id(), chain.storeB().id(), chain.storeC().id(),
                chain.storeD().id());
        mvc.perform(get("/surveys/" + survey.id()).with(cx).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("/s/" + surveys.links(
                        new Scope(chain.tenant().id(), List.of(chain.storeA().path())), survey.id()).get(0).token())))
                .andExpect(content().string(containsString("Publish the survey first")));
    }
}
