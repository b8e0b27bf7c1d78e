package org.opencem.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@OpenCemTest
class OrgPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    OrgUnits orgUnits;

    TestFixtures.Chain chain;
    SignIn.Session admin;

    @BeforeEach
    void setUp() throws Exception {
        chain = fixtures.chain();
        admin = SignIn.as(mvc, chain.admin().username());
    }

    @Test
    void adminSeesTheWholeTreeWithEditingControls() throws Exception {
        mvc.perform(get("/org").with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("总部"), containsString("上海南京西路店"),
                        containsString("重庆解放碑店"), containsString("添加下级"), containsString("新建单元"),
                        containsString("大区"))));
    }

    @Test
    void storeManagerSeesOnlyTheirStoreAndNoControls() throws Exception {
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(get("/org").with(manager).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("S001"), containsString("上海南京西路店"),
                        not(containsString("S002")), not(containsString("华东大区")), not(containsString("总部")),
                        not(containsString("Add child")), not(containsString("/org/new")))));
    }

    @Test
    void htmxGetsTheTreeFragmentOnly() throws Exception {
        mvc.perform(get("/org").with(admin).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"org-tree\""), not(containsString("<html")))));
    }

    @Test
    void anotherTenantsOrOutOfScopeUnitIsNotFound() throws Exception {
        TestFixtures.Chain other = fixtures.chain();
        for (String url : new String[] {"/org/%s/edit", "/org/%s/move", "/org/new?parent=%s"}) {
            mvc.perform(get(url.formatted(other.east().id())).with(admin)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/org/{id}", other.east().id()).with(admin).with(csrf())
                .param("name", "hijacked").param("type", "REGION")).andExpect(status().isNotFound());
        mvc.perform(post("/org/{id}/move", chain.storeA().id()).with(admin).with(csrf())
                .param("parentId", other.east().id().toString())).andExpect(status().isNotFound());
        mvc.perform(post("/org").with(admin).with(csrf()).param("code", "X1").param("name", "x")
                .param("type", "STORE").param("parentId", other.east().id().toString())).andExpect(status().isNotFound());
        assertThat(orgUnits.inTenant(other.tenant().id(), other.east().id()).orElseThrow().name()).isEqualTo("华东大区");
        assertThat(orgUnits.findByCode(chain.tenant().id(), "X1")).isEmpty();

        SignIn.Session eastManager = SignIn.as(mvc, chain.eastManager().username());
        mvc.perform(get("/org").with(eastManager)).andExpect(content().string(not(containsString("S003"))));
    }

    @Test
    void nonAdminsCannotChangeTheTree() throws Exception {
        SignIn.Session cx = SignIn.as(mvc, chain.cx().username());
        mvc.perform(post("/org").with(cx).with(csrf()).param("code", "S999").param("name", "x")
                .param("type", "STORE").param("parentId", chain.east().id().toString())).andExpect(status().isForbidden());
        mvc.perform(post("/org/{id}", chain.storeA().id()).with(cx).with(csrf())
                .param("name", "x").param("type", "STORE")).andExpect(status().isForbidden());
        mvc.perform(get("/org/import").with(cx)).andExpect(status().isForbidden());
        assertThat(orgUnits.findByCode(chain.tenant().id(), "S999")).isEmpty();
    }

    @Test
    void createFormShowsErrorsNextToTheFieldsInTheUsersLanguageAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/org").with(admin).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("code", "S001").param("name", "新店 typed").param("type", "STORE")
                        .param("parentId", chain.east().id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("编码 S001 已被其他单元使用。"),
                        containsString("value=\"新店 typed\""), containsString("<html"))));
        mvc.perform(post("/org").with(admin).with(csrf()).header("HX-Request", "true").header("Accept-Language", "en")
                        .param("code", "").param("name", "x".repeat(201)).param("type", "STORE")
                        .param("parentId", chain.east().id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Required."),
                        containsString("Too long: at most 200 characters."), not(containsString("<html")))));
    }

    @Test
    void createsRenamesAndMovesUnits() throws Exception {
        mvc.perform(post("/org").with(admin).with(csrf()).header("HX-Request", "true")
                        .param("code", "S005").param("name", "南京新街口店").param("type", "STORE")
                        .param("parentId", chain.east().id().toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", "/org"))
                .andExpect(content().string(allOf(containsString("hx-swap-oob=\"true\""), containsString("南京新街口店"))));
        OrgUnit created = orgUnits.findByCode(chain.tenant().id(), "S005").orElseThrow();
        assertThat(created.parentId()).isEqualTo(chain.east().id());

        mvc.perform(post("/org/{id}", created.id()).with(admin).with(csrf())
                .param("name", "南京新街口旗舰店").param("type", "BRANCH")).andExpect(redirectedUrl("/org"));
        assertThat(orgUnits.inTenant(chain.tenant().id(), created.id()).orElseThrow().type()).isEqualTo(UnitType.BRANCH);

        mvc.perform(post("/org/{id}/move", created.id()).with(admin).with(csrf())
                .param("parentId", chain.west().id().toString())).andExpect(redirectedUrl("/org"));
        assertThat(orgUnits.inTenant(chain.tenant().id(), created.id()).orElseThrow().parentId()).isEqualTo(chain.west().id());
    }

    @Test
    void movingAUnitUnderItsOwnBranchIsExplained() throws Exception {
        mvc.perform(post("/org/{id}/move", chain.east().id()).with(admin).with(csrf()).header("Accept-Language", "en")
                        .param("parentId", chain.storeA().id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EAST cannot move under S001: S001 is inside EAST.")));
        assertThat(orgUnits.inTenant(chain.tenant().id(), chain.east().id()).orElseThrow().parentId()).isEqualTo(chain.hq().id());
    }

    @Test
    void importPageShowsCountsAndTheLinesThatFailed() throws Exception {
        String csv = "code,name,parent_code,type\nS006,南京店,EAST,门店\nS007,无上级,NOPE,门店\nS001,上海南京西路店,EAST,门店\n";
        mvc.perform(multipart("/org/import").file(new MockMultipartFile("file", "units.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(admin).with(csrf()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("units.csv"),
                        containsString("未知的上级 NOPE：文件和现有单元中都没有这个编码。"),
                        containsString("失败行数"))));
        assertThat(orgUnits.findByCode(chain.tenant().id(), "S006")).isPresent();
    }

    @Test
    void offersAChineseExampleThatImportsCleanly() throws Exception {
        byte[] example = mvc.perform(get("/org/import/example.csv").with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(example, StandardCharsets.UTF_8)).contains("上海南京西路店");
        mvc.perform(multipart("/org/import").file(new MockMultipartFile("file", "example.csv", "text/csv", example))
                        .with(admin).with(csrf()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Every line was imported.")));
        assertThat(orgUnits.findByCode(chain.tenant().id(), "SH002").orElseThrow().name()).isEqualTo("上海徐家汇店（港汇广场,二楼）");
    }

    @Test
    void departmentsAreListedCreatedAndRenamedByAdminsOnly() throws Exception {
        mvc.perform(get("/org/departments").with(admin)).andExpect(content().string(containsString("KITCHEN")));
        mvc.perform(post("/org/departments").with(admin).with(csrf()).header("Accept-Language", "en")
                        .param("code", "KITCHEN").param("name", "Another kitchen"))
                .andExpect(content().string(allOf(containsString("The code KITCHEN is already used by another department."),
                        containsString("value=\"Another kitchen\""))));
        mvc.perform(post("/org/departments").with(admin).with(csrf()).param("code", "CS").param("name", "客服中心"))
                .andExpect(redirectedUrl("/org/departments"));
        mvc.perform(post("/org/departments/{id}", chain.kitchen().id()).with(admin).with(csrf()).param("name", "后厨"))
                .andExpect(redirectedUrl("/org/departments"));
        mvc.perform(get("/org/departments").with(admin)).andExpect(content().string(allOf(containsString("客服中心"),
                containsString("后厨"))));

        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(post("/org/departments/{id}", other.kitchen().id()).with(admin).with(csrf()).param("name", "x"))
                .andExpect(status().isNotFound());
        SignIn.Session manager = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(get("/org/departments").with(manager)).andExpect(status().isOk());
        mvc.perform(post("/org/departments").with(manager).with(csrf()).param("code", "HR").param("name", "人事"))
                .andExpect(status().isForbidden());
    }
}
