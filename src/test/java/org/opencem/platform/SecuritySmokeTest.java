package org.opencem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@OpenCemTest
class SecuritySmokeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void consoleNeedsSignIn() throws Exception {
        mvc.perform(get("/org")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staticFilesAndTheIconAreServedBeforeSignIn() throws Exception {
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        mvc.perform(get("/js/analytics.js")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(content().string(containsString("/favicon.svg")));
    }

    @Test
    void loginPageSpeaksTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "zh-CN")).andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").header("Accept-Language", "en-US")).andExpect(content().string(containsString("Username")));
    }

    @Test
    void signsInWithAHashedPasswordAndRejectsAWrongOne() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        mvc.perform(post("/login").with(csrf()).param("username", chain.admin().username())
                .param("password", TestFixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").with(csrf()).param("username", chain.admin().username())
                .param("password", "wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDocumentedAsOpenApi() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cases/{id}/resolve")))
                .andExpect(content().string(containsString("/api/v1/surveys/{id}/links")))
                .andExpect(content().string(containsString("/api/v1/org-units/import")));
    }

    @Test
    void consoleSessionsLiveInTheDatabaseSoAnyInstanceCanServeThem() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session session = SignIn.as(mvc, chain.cx().username());
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(chain.cx().username()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/cases").with(session)).andExpect(status().isOk());
    }
}
