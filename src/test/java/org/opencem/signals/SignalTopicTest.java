package org.opencem.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.organization.OrgUnits;
import org.opencem.organization.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The one test with a Kafka broker (in the JVM), so the one extra application context. */
@OpenCemTest
@EmbeddedKafka(partitions = 1, topics = SignalTopicTest.TOPIC)
@TestPropertySource(properties = {
        "opencem.signals.kafka.enabled=true",
        "opencem.signals.kafka.topic=" + SignalTopicTest.TOPIC,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
class SignalTopicTest {

    static final String TOPIC = "signals-test";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits orgUnits;

    @Test
    void takesGoodMessagesAndKeepsBadOnesAsDeadLettersToRetryOrDismiss() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        String code = chain.tenant().code();
        kafka.send(TOPIC, code, """
                {"tenant":"%s","source":"SOCIAL","externalId":"wb-1","store":"S001","occurredAt":"2026-11-06T20:00:00+08:00",
                 "text":"排队一个小时，服务员还很凶","author":"@吃货","channel":"weibo"}""".formatted(code));
        kafka.send(TOPIC, code, "{not json");
        kafka.send(TOPIC, code, """
                {"tenant":"%s","source":"SOCIAL","externalId":"wb-2","store":"S010","occurredAt":"2026-11-06 21:00","text":"新店不错"}"""
                .formatted(code));
        kafka.send(TOPIC, code, """
                {"tenant":"no-such-tenant","source":"SOCIAL","externalId":"wb-3","store":"S001","occurredAt":"2026-11-06","text":"x"}""");
        kafka.flush();

        waitFor(() -> signals(chain, "wb-1") == 1 && deadLetters(chain) == 1);
        assertThat(jdbc.sql("select comment_text from feedback_record where tenant_id = ? and source = 'SOCIAL'")
                .param(chain.tenant().id()).query(String.class).single()).isEqualTo("排队一个小时，服务员还很凶");
        waitFor(() -> jdbc.sql("select count(*) from signal_dead_letter where tenant_id = ? and reason like 'Unknown tenant%'")
                .param(new UUID(0, 0)).query(Integer.class).single() >= 1);

        SignIn.Session admin = SignIn.as(mvc, chain.admin().username());
        Document page = page(admin, "/signals/dead-letters");
        assertThat(page.select(".dead-letter-table tbody tr")).hasSize(1);
        assertThat(page.select(".dead-reason").text()).contains("store", "S010");
        // the reason in the reader's language, the raw detail kept beside it
        Document chinese = Jsoup.parse(mvc.perform(get("/signals/dead-letters").with(admin).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(chinese.select(".dead-reason .text-danger").text()).isEqualTo("store: 您的权限范围内没有编码为“S010”的门店。");
        assertThat(chinese.select(".dead-reason .dead-detail").text()).isEqualTo("store: No store with the code \"S010\" in your scope.");

        String retry = page.select(".dead-letter-table button").first().attr("hx-post");
        Document stillBad = Jsoup.parse(mvc.perform(post(retry).with(admin).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stillBad.select(".alert-warning")).hasSize(1);
        assertThat(stillBad.select(".dead-letter-table tbody td.num").text()).isEqualTo("2");
        assertThat(stillBad.select(".dead-reason .text-danger").text()).contains("S010");

        orgUnits.create(chain.tenant().id(), "S010", "宁波天一店", UnitType.STORE, chain.east().id());
        mvc.perform(post(retry).with(admin).with(csrf())).andExpect(status().isOk());
        assertThat(signals(chain, "wb-2")).isEqualTo(1);
        assertThat(deadLetters(chain)).isZero();

        // the unparseable message belongs to no tenant: no console shows it, not even this admin's
        assertThat(page(admin, "/signals/dead-letters").select(".empty-state")).hasSize(1);
        SignIn.Session storeManager = SignIn.as(mvc, chain.storeAManager().username());
        mvc.perform(get("/signals/dead-letters").with(storeManager)).andExpect(status().isForbidden());
    }

    private Document page(SignIn.Session session, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private int signals(TestFixtures.Chain chain, String externalId) {
        return jdbc.sql("select count(*) from signal_record where tenant_id = ? and external_id = ?")
                .params(chain.tenant().id(), externalId).query(Integer.class).single();
    }

    private int deadLetters(TestFixtures.Chain chain) {
        return jdbc.sql("select count(*) from signal_dead_letter where tenant_id = ?").param(chain.tenant().id())
                .query(Integer.class).single();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute for the consumer").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
