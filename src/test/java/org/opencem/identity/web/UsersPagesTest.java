package org.opencem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.identity.UserAccount;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@OpenCemTest
class UsersPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    UserAccounts accounts;

    TestFixtures.Chain chain;
    SignIn.Session admin;

    @BeforeEach
    void setUp() throws Exception {
        chain = fixtures.chain();
        admin = SignIn.as(mvc, chain.admin().username());
    }

    @Test
    void onlyTenantAdminsManageUsers() throws Exception {
        mvc.perform(get("/settings/users").with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(chain.storeAManager().username()),
                        containsString("组织负责人"), containsString("S001"), not(containsString("@other")))));
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(get("/settings/users").with(cx)).andExpect(status().isForbidden());
        mvc.perform(post("/settings/users").with(cx).with(csrf()).param("username", "sneaky")
                .param("password", "long-enough-1").param("displayName", "x").param("role", "TENANT_ADMIN")
                .param("scopeUnitIds", chain.hq().id().toString())).andExpect(status().isForbidden());
        assertThat(accounts.usernameTaken("sneaky")).isFalse();
    }

    @Test
    void createFormReportsErrorsNextToFieldsAndKeepsValues() throws Exception {
        mvc.perform(post("/settings/users").with(admin).with(csrf()).header("Accept-Language", "en")
                        .param("username", chain.cx().username()).param("password", "short")
                        .param("displayName", "王小明").param("email", "not-an-email").param("role", "CASE_HANDLER"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The username " + chain.cx().username() + " is already taken."),
                        containsString("Too short: at least 8 characters."),
                        containsString("This is not an email address."),
                        containsString("Choose at least one unit"),
                        containsString("value=\"王小明\""), containsString("value=\"not-an-email\""),
                        not(containsString("value=\"short\"")))));
    }

    @Test
    void createsAUserWhoCanSignInAndSeesTheirScope() throws Exception {
        String username = "li.lei." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/settings/users").with(admin).with(csrf())
                        .param("username", username).param("password", "new-password-1")
                        .param("displayName", "李雷").param("email", "li.lei@example.com").param("role", "UNIT_MANAGER")
                        .param("departmentId", chain.operations().id().toString())
                        .param("scopeUnitIds", chain.west().id().toString()))
                .andExpect(redirectedUrl("/settings/users"));
        SignIn.Session li = SignIn.as(mvc, username, "new-password-1");
        mvc.perform(get("/org").with(li)).andExpect(content().string(allOf(containsString("S003"),
                not(containsString("S001")))));
    }

    @Test
    void editsRoleScopeActivityAndPassword() throws Exception {
        UserAccount manager = chain.storeAManager();
        mvc.perform(get("/settings/users/{id}/edit", manager.id()).with(admin))
                .andExpect(content().string(containsString("value=\"" + manager.displayName() + "\"")));
        mvc.perform(post("/settings/users/{id}", manager.id()).with(admin).with(csrf())
                        .param("displayName", "新名字").param("email", "").param("role", "CASE_HANDLER")
                        .param("scopeUnitIds", chain.east().id().toString(), chain.west().id().toString())
                        .param("active", "true").param("password", "changed-password").header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/settings/users"));
        UserAccount saved = accounts.find(chain.tenant().id(), manager.id()).orElseThrow();
        assertThat(saved.role()).isEqualTo(Role.CASE_HANDLER);
        assertThat(saved.scopeUnitIds()).containsExactlyInAnyOrder(chain.east().id(), chain.west().id());
        SignIn.as(mvc, manager.username(), "changed-password");

        mvc.perform(post("/settings/users/{id}", manager.id()).with(admin).with(csrf())
                        .param("displayName", "新名字").param("role", "CASE_HANDLER")
                        .param("scopeUnitIds", chain.east().id().toString()))
                .andExpect(redirectedUrl("/settings/users"));
        assertThat(accounts.find(chain.tenant().id(), manager.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void adminCannotLockThemselvesOut() throws Exception {
        mvc.perform(post("/settings/users/{id}", chain.admin().id()).with(admin).with(csrf()).header("Accept-Language", "en")
                        .param("displayName", "admin").param("role", "ANALYST")
                        .param("scopeUnitIds", chain.hq().id().toString()))
                .andExpect(content().string(allOf(containsString("You cannot deactivate your own account."),
                        containsString("You cannot take away your own admin role."))));
    }

    @Test
    void anotherTenantsUserOrUnitIsNotFound() throws Exception {
        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/settings/users/{id}/edit", other.admin().id()).with(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/settings/users/{id}", other.admin().id()).with(admin).with(csrf())
                .param("displayName", "x").param("role", "ANALYST").param("active", "true")
                .param("scopeUnitIds", chain.hq().id().toString())).andExpect(status().isNotFound());
        mvc.perform(post("/settings/users").with(admin).with(csrf()).param("username", "cross." + UUID.randomUUID())
                .param("password", "long-enough-1").param("displayName", "x").param("role", "ANALYST")
                .param("scopeUnitIds", other.hq().id().toString())).andExpect(status().isNotFound());
        assertThat(accounts.find(other.tenant().id(), other.admin().id()).orElseThrow().displayName())
                .isEqualTo(other.admin().displayName());
    }
}
