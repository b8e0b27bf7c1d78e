package org.opencem.analytics.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The metric settings page: administrators only; a wrong weight comes back beside its field, as typed. */
@OpenCemTest
class AnalyticsSettingsPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;

    @Test
    void aWrongWeightIsShownBesideItsFieldAndAGoodOneIsSaved() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session admin = SignIn.as(mvc, chain.admin().username());
        mvc.perform(post("/settings/analytics").with(admin).with(csrf()).header("HX-Request", "true")
                        .locale(Locale.ENGLISH).param("minSample", "30").param("nps", "1.5").param("csat", "0.3")
                        .param("ces", "x").param("netSentiment", "0.1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1.5\"")))
                .andExpect(content().string(containsString("value=\"x\"")))
                .andExpect(content().string(containsString("A weight is a number from 0 to 1.")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/settings/analytics").with(admin).with(csrf()).locale(Locale.ENGLISH).param("minSample", "5")
                        .param("nps", "0.5").param("csat", "0.3").param("ces", "0.2").param("netSentiment", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Settings saved.")));
        mvc.perform(get("/settings/analytics").with(admin))
                .andExpect(content().string(containsString("value=\"0.5\"")))
                .andExpect(content().string(containsString("value=\"5\"")));
        mvc.perform(post("/settings/analytics/rollups/check").with(admin).with(csrf()).header("HX-Request", "true")
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 rollup rows checked: 0 differ")));
        mvc.perform(get("/settings/analytics").with(SignIn.as(mvc, chain.cx().username())))
                .andExpect(status().isForbidden());
    }
}
