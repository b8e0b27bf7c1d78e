package org.opencem.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.identity.UserAccount;
import org.opencem.notify.internal.Channel;
import org.opencem.notify.internal.Channels;
import org.opencem.notify.internal.DeliveryLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** The bell, the notifications page, the settings pages and the API, with tenants and roles kept apart. */
@OpenCemTest
class NotifyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    Notifications notifications;
    @Autowired
    Channels channels;
    @Autowired
    DeliveryLog log;

    @Test
    void theBellCountsUnreadNotificationsAndOpeningOneMarksItRead() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        notifyStoreManager(chain, "case-3-opened", "/cases/3");
        notifyStoreManager(chain, "case-4-opened", "/cases/4");
        SignIn.Session session = SignIn.as(mvc, chain.storeAManager().username());

        mvc.perform(get("/").with(session)).andExpect(content().string(containsString("/notifications/bell")));
        mvc.perform(get("/notifications/bell").with(session).param("lang", "zh-CN").header("HX-Request", "true"))
                .andExpect(content().string(containsString("bell-count\">2<")))
                .andExpect(content().string(containsString("来自 OpenCEM 的测试消息")));
        mvc.perform(get("/notifications/bell").with(session).param("lang", "en"))
                .andExpect(content().string(containsString("Test message from OpenCEM")));

        String page = mvc.perform(get("/notifications").with(session).param("lang", "zh-CN")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("看到这条消息,说明渠道“S001”已连通。");
        String id = page.replaceAll("(?s).*?/notifications/([0-9a-f-]{36})/read.*", "$1");
        mvc.perform(post("/notifications/{id}/read", id).with(session).with(csrf()))
                .andExpect(redirectedUrl("/cases/4"));
        mvc.perform(get("/notifications/bell").with(session)).andExpect(content().string(containsString("bell-count\">1<")));
        mvc.perform(post("/notifications/read-all").with(session).with(csrf())).andExpect(redirectedUrl("/notifications"));
        mvc.perform(get("/notifications/bell").with(session)).andExpect(content().string(not(containsString("bell-count"))));

        // another user of the tenant sees none of it, nor can mark it
        SignIn.Session other = SignIn.as(mvc, chain.eastManager().username());
        mvc.perform(get("/notifications").with(other)).andExpect(content().string(not(containsString("S001"))));
        mvc.perform(post("/notifications/{id}/read", id).with(other).with(csrf())).andExpect(redirectedUrl("/notifications"));
    }

    @Test
    void aUserChoosesWhichNotificationsAlsoComeByEmail() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session session = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(post("/notifications/email").with(session).with(csrf()).param("email", EventTypes.CASE_OPENED))
                .andExpect(redirectedUrl("/notifications"));
        notifyStoreManager(chain, "k1", "/cases/1");
        notifications.notifyUsers(new UserNotice(chain.tenant().id(), "k2", EventTypes.DIGEST,
                List.of(chain.storeAManager().id()), NotificationText.plain("d"), NotificationText.plain("d"), null));
        assertThat(log.list(chain.tenant().id(), null, DeliveryChannel.EMAIL, 10))
                .extracting(Delivery::eventType).containsExactly(EventTypes.CASE_OPENED);
    }

    @Test
    void onlyTenantAdminsReachTheSettings() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        mvc.perform(get("/settings/notifications").with(SignIn.as(mvc, chain.cx().username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notification-channels").with(basic(chain.storeAManager()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/deliveries").with(basic(chain.cx()))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminAddsAChannelFixingWhatTheFormRefused() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session admin = SignIn.as(mvc, chain.admin().username());
        mvc.perform(get("/settings/notifications").with(admin).param("lang", "zh-CN")).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有通知渠道")));

        mvc.perform(post("/settings/notifications/channels").with(admin).with(csrf())
                        .param("lang", "zh-CN").param("name", "店长群").param("kind", "DINGTALK").param("url", "oapi.dingtalk.com/robot")
                        .param("enabled", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请输入以 http:// 或 https:// 开头的完整地址")))
                .andExpect(content().string(containsString("请至少选择一个事件")))
                .andExpect(content().string(containsString("value=\"店长群\"")))
                .andExpect(content().string(containsString("value=\"oapi.dingtalk.com/robot\"")));

        mvc.perform(post("/settings/notifications/channels").with(admin).with(csrf())
                        .param("name", "店长群").param("kind", "DINGTALK")
                        .param("url", "https://oapi.dingtalk.com/robot/send?access_token=abc").param("secret", "SECxyz")
                        .param("eventTypes", "case.opened", "case.escalated").param("enabled", "true"))
                .andExpect(redirectedUrl("/settings/notifications"));
        Channel channel = channels.all(chain.tenant().id()).get(0);
        assertThat(channel.eventTypes()).containsExactly("case.opened", "case.escalated");
        assertThat(channel.secret()).isEqualTo("SECxyz");

        // editing without a secret keeps it
        mvc.perform(post("/settings/notifications/channels/{id}", channel.id()).with(admin).with(csrf())
                        .param("name", "店长群 2").param("kind", "DINGTALK").param("url", channel.url())
                        .param("eventTypes", "*"))
                .andExpect(redirectedUrl("/settings/notifications"));
        Channel edited = channels.get(chain.tenant().id(), channel.id());
        assertThat(edited.secret()).isEqualTo("SECxyz");
        assertThat(edited.enabled()).isFalse();
        assertThat(edited.receivesAll()).isTrue();
        mvc.perform(get("/settings/notifications/channels/{id}/edit", channel.id()).with(admin))
                .andExpect(content().string(not(containsString("SECxyz"))));

        // the test button queues a message and shows its status, which asks again until the worker has tried
        String status = mvc.perform(post("/settings/notifications/channels/{id}/test", channel.id()).with(admin).with(csrf())
                        .param("lang", "zh-CN").header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("待发送")))
                .andExpect(content().string(containsString("hx-trigger=\"load delay:1s\"")))
                .andReturn().getResponse().getContentAsString();
        Delivery test = log.list(chain.tenant().id(), null, null, 1).get(0);
        assertThat(test.eventType()).isEqualTo(EventTypes.TEST);
        assertThat(status).contains("/settings/notifications/log/" + test.id() + "/status");

        mvc.perform(get("/settings/notifications/log").with(admin).param("status", "PENDING").header("HX-Request", "true"))
                .andExpect(content().string(containsString("店长群 2")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/settings/notifications/log").with(admin).param("status", "SENT").param("lang", "zh-CN"))
                .andExpect(content().string(containsString("还没有发送记录")));
        mvc.perform(get("/settings/notifications/log/{id}", test.id()).with(admin))
                .andExpect(content().string(containsString("&quot;msgtype&quot; : &quot;markdown&quot;")));

        mvc.perform(post("/settings/notifications/channels/{id}/delete", channel.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/settings/notifications"));
        assertThat(channels.all(chain.tenant().id())).isEmpty();
    }

    @Test
    void theSmsGatewayFormKeepsWhatWasTypedAndExplainsTheTemplate() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        SignIn.Session admin = SignIn.as(mvc, chain.admin().username());
        mvc.perform(get("/settings/notifications/sms").with(admin).param("lang", "en"))
                .andExpect(content().string(containsString("{{phone}}")));
        mvc.perform(post("/settings/notifications/sms").with(admin).with(csrf()).param("url", "https://sms.example.com/send")
                        .param("lang", "zh-CN").param("authHeader", "Authorization").param("authValue", "Bearer k")
                        .param("bodyTemplate", "{\"to\": \"{{phone}}\"}").param("enabled", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请求体须为 JSON")))
                .andExpect(content().string(containsString("https://sms.example.com/send")));
        mvc.perform(post("/settings/notifications/sms").with(admin).with(csrf()).param("url", "https://sms.example.com/send")
                        .param("authHeader", "Authorization").param("authValue", "Bearer k")
                        .param("bodyTemplate", "{\"to\": \"{{phone}}\", \"text\": \"{{text}}\"}").param("enabled", "true"))
                .andExpect(redirectedUrl("/settings/notifications/sms"));
        mvc.perform(get("/settings/notifications/sms").with(admin))
                .andExpect(content().string(not(containsString("Bearer k"))));
    }

    @Test
    void theChannelApiCreatesReadsUpdatesAndDeletesWithinTheTenant() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        String created = mvc.perform(post("/api/v1/notification-channels").with(basic(chain.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"CRM\",\"kind\":\"WEBHOOK\",\"url\":\"https://crm.example.com/hooks/opencem\","
                                + "\"eventTypes\":[\"case.opened\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/notification-channels/")))
                .andExpect(jsonPath("$.hasSecret").value(true))
                .andExpect(jsonPath("$.generatedSecret", containsString("whsec_")))
                .andExpect(jsonPath("$.enabled").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = JsonMapper.shared().readTree(created).get("id").asText();

        mvc.perform(get("/api/v1/notification-channels").with(basic(chain.admin())))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].secret").doesNotExist())
                .andExpect(jsonPath("$[0].generatedSecret").isEmpty());
        mvc.perform(put("/api/v1/notification-channels/{id}", id).with(basic(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"CRM\",\"kind\":\"WEBHOOK\",\"url\":\"https://crm.example.com/v2\",\"eventTypes\":[\"*\"],\"enabled\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.url").value("https://crm.example.com/v2"))
                .andExpect(jsonPath("$.hasSecret").value(true)).andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(post("/api/v1/notification-channels").with(basic(chain.admin())).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"name\":\"\",\"kind\":\"EMAIL\",\"url\":\"ftp://x\",\"eventTypes\":[\"Case Opened\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "kind", "url", "eventTypes")));

        // another tenant's admin can neither see nor change it
        mvc.perform(get("/api/v1/notification-channels/{id}", id).with(basic(other.admin()))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/notification-channels/{id}", id).with(basic(other.admin())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"kind\":\"WEBHOOK\",\"url\":\"https://evil.example.com\",\"eventTypes\":[\"*\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/notification-channels/{id}", id).with(basic(other.admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notification-channels").with(basic(other.admin()))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/settings/notifications/channels/{id}/edit", id).with(SignIn.as(mvc, other.admin().username())))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/v1/notification-channels/{id}", id).with(basic(chain.admin()))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/notification-channels/{id}", id).with(basic(chain.admin()))).andExpect(status().isNotFound());
    }

    @Test
    void theDeliveryApiShowsTheTenantsLogOnly() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        UUID id = notifications.smsCustomer(new CustomerSms(chain.tenant().id(), "sms-1", "13800138000",
                java.util.Locale.SIMPLIFIED_CHINESE, NotificationText.plain("您好"), "C-1"));
        mvc.perform(get("/api/v1/deliveries").with(basic(chain.admin())).param("channel", "SMS"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].reference").value("C-1"));
        mvc.perform(get("/api/v1/deliveries/{id}", id).with(basic(chain.admin()))).andExpect(jsonPath("$.recipient").value("13800138000"));
        mvc.perform(get("/api/v1/deliveries").with(basic(other.admin()))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/deliveries/{id}", id).with(basic(other.admin()))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/deliveries/{id}/retry", id).with(basic(other.admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/settings/notifications/log/{id}", id).with(SignIn.as(mvc, other.admin().username())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesChannelsAndDeliveries() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(content().string(containsString("/api/v1/notification-channels/{id}")))
                .andExpect(content().string(containsString("/api/v1/deliveries/{id}/retry")))
                .andExpect(content().string(containsString("X-OpenCEM-Signature")));
    }

    private void notifyStoreManager(TestFixtures.Chain chain, String key, String link) {
        notifications.notifyUsers(new UserNotice(chain.tenant().id(), key, EventTypes.CASE_OPENED,
                List.of(chain.storeAManager().id()), NotificationText.of("notify.test.title"),
                NotificationText.of("notify.test.text", "S001"), link));
    }

    private static RequestPostProcessor basic(UserAccount user) {
        return httpBasic(user.username(), TestFixtures.PASSWORD);
    }

}
