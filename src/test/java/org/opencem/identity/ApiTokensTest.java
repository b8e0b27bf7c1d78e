package org.opencem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A user makes a token in the console, an integration calls the API with it, and it stops when revoked. */
@OpenCemTest
class ApiTokensTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void aTokenCallsTheApiAsItsOwnerWithinTheirScopeUntilRevoked() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        MvcResult made = mvc.perform(post("/account/tokens").with(manager).with(csrf()).param("name", "门店看板"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) made.getFlashMap().get("newToken");

        mvc.perform(get("/api/v1/overview").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit.code").value("S001"));
        mvc.perform(get("/api/v1/overview").param("unit", chain.storeB().id().toString())
                .header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(get("/account/tokens").with(manager)).andExpect(content().string(containsString(token)));
        mvc.perform(get("/account/tokens").with(manager).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("门店看板")))
                .andExpect(content().string(containsString(token.substring(0, 10))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

        UUID id = tokens.mine(new org.opencem.platform.CurrentUser(chain.tenant().id(), chain.storeAManager().id(),
                chain.storeAManager().username(), "", org.opencem.platform.Role.UNIT_MANAGER,
                new org.opencem.platform.Scope(chain.tenant().id(), java.util.List.of()), null)).get(0).id();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(manager).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/overview").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNotesItsLastUseToTheMinuteWithoutAWriteOnEveryCall() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        String token = (String) mvc.perform(post("/account/tokens").with(manager).with(csrf()).param("name", "看板"))
                .andReturn().getFlashMap().get("newToken");

        mvc.perform(get("/api/v1/overview").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        OffsetDateTime first = lastUsed(chain);
        assertThat(first).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));

        OffsetDateTime recently = first.minusSeconds(30);
        setLastUsed(chain, recently);
        mvc.perform(get("/api/v1/overview").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(lastUsed(chain)).isEqualTo(recently);

        setLastUsed(chain, first.minusMinutes(5));
        mvc.perform(get("/api/v1/overview").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(lastUsed(chain)).isAfterOrEqualTo(first);
    }

    private OffsetDateTime lastUsed(TestFixtures.Chain chain) {
        return jdbc.sql("select last_used_at from api_token where tenant_id = ? and user_id = ?")
                .params(chain.tenant().id(), chain.storeAManager().id()).query(OffsetDateTime.class).single();
    }

    private void setLastUsed(TestFixtures.Chain chain, OffsetDateTime at) {
        jdbc.sql("update api_token set last_used_at = ? where tenant_id = ? and user_id = ?")
                .params(at, chain.tenant().id(), chain.storeAManager().id()).update();
    }

    @Test
    void unknownTokensAndOtherPeoplesTokensGetNowhere() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer ocm_notarealtoken")).andExpect(status().isUnauthorized());
        SignIn.Session admin = SignIn.as(mvc, chain.admin().username());
        mvc.perform(post("/account/tokens").with(admin).with(csrf()).param("name", "")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/tokens").with(admin).with(csrf()).param("name", "夜间同步"));
        SignIn.Session other = SignIn.as(mvc, chain.cx().username());
        mvc.perform(get("/account/tokens").with(other)).andExpect(content().string(org.hamcrest.Matchers.not(containsString("夜间同步"))));
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + "x")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/feedback").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(chain.cx().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }
}
