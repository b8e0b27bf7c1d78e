package org.opencem.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.organization.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@OpenCemTest
class OrgApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    OrgUnits orgUnits;

    TestFixtures.Chain chain;

    @BeforeEach
    void setUp() {
        chain = fixtures.chain();
    }

    private static RequestPostProcessor as(org.opencem.identity.UserAccount user) {
        return httpBasic(user.username(), TestFixtures.PASSWORD);
    }

    @Test
    void listsOnlyTheUnitsInTheCallersScope() throws Exception {
        mvc.perform(get("/api/v1/org-units").with(as(chain.storeAManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("S001"));
        mvc.perform(get("/api/v1/org-units").with(as(chain.eastManager())))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("EAST", "S001", "S002")));
        mvc.perform(get("/api/v1/org-units").with(as(chain.admin()))).andExpect(jsonPath("$", hasSize(7)));
        mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherTenantsUnitIsNotFound() throws Exception {
        TestFixtures.Chain other = fixtures.chain();
        mvc.perform(get("/api/v1/org-units/{id}", other.hq().id()).with(as(chain.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/org-units/{id}", chain.storeB().id()).with(as(chain.storeAManager())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/org-units").with(as(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X1\",\"name\":\"x\",\"type\":\"STORE\",\"parentId\":\"" + other.east().id() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
    }

    @Test
    void createsAUnitOrAnswersWithProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(as(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"S010\",\"name\":\"宁波天一店\",\"type\":\"门店\",\"parentCode\":\"EAST\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("STORE"))
                .andExpect(jsonPath("$.parentId").value(chain.east().id().toString()));

        mvc.perform(post("/api/v1/org-units").with(as(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN")
                        .content("{\"code\":\"S010\",\"name\":\"\",\"type\":\"shop-in-shop\",\"parentCode\":\"EAST\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "name", "type")))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("编码 S010 已被其他单元使用。"));

        mvc.perform(post("/api/v1/org-units").with(as(chain.cx())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"S011\",\"name\":\"x\",\"type\":\"STORE\",\"parentCode\":\"EAST\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(orgUnits.findByCode(chain.tenant().id(), "S011")).isEmpty();
    }

    @Test
    void importsCsvAndReportsEachFailedLine() throws Exception {
        String csv = "\uFEFFcode,name,parent_code,type\nS021,\"宁波, 鼓楼店\",NB,门店\nNB,宁波,EAST,城市\nS022,x,NOPE,门店\n";
        mvc.perform(post("/api/v1/org-units/import").with(as(chain.admin())).contentType("text/csv")
                        .header("Accept-Language", "en").content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].messageKey").value("org.import.unknownParent"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Unknown parent NOPE: it is neither in the file nor among your units."));
        assertThat(orgUnits.findByCode(chain.tenant().id(), "S021").orElseThrow().name()).isEqualTo("宁波, 鼓楼店");

        mvc.perform(post("/api/v1/org-units/import").with(as(chain.eastManager())).contentType("text/csv").content(csv))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsTheTenantsDepartments() throws Exception {
        mvc.perform(get("/api/v1/departments").with(as(chain.storeAManager())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("KITCHEN", "OPS")));
    }
}
