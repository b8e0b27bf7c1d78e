package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.SignIn;
import org.opencem.TestFixtures;
import org.opencem.feedback.FeedbackDispatcher;
import org.opencem.feedback.FeedbackRecord;
import org.opencem.feedback.FeedbackRecorded;
import org.opencem.feedback.FeedbackRecords;
import org.opencem.feedback.FeedbackSource;
import org.opencem.notify.DeliveryChannel;
import org.opencem.notify.EventTypes;
import org.opencem.notify.internal.Channel;
import org.opencem.notify.internal.ChannelForm;
import org.opencem.notify.internal.Channels;
import org.opencem.organization.OrgUnit;
import org.opencem.platform.Ids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A case an alert rule opens remembers the rule and tells exactly whom the rule names, once. */
@OpenCemTest
class RuleRecipientsTest {

    @Autowired MockMvc mvc;
    @Autowired TestFixtures fixtures;
    @Autowired FeedbackRecords records;
    @Autowired FeedbackDispatcher dispatcher;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired Channels channels;
    @Autowired JdbcClient jdbc;

    @Test
    void aRuleTellsTheOwnersManagerAChosenUserAndItsChannelOnly() throws Exception {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        Channel named = channel(chain, "ops-bot", List.of(EventTypes.DIGEST));
        Channel everything = channel(chain, "everything", List.of(Channel.ALL_EVENTS));
        Channel othersNamesake = channel(other, "ops-bot", List.of(Channel.ALL_EVENTS));
        String ruleId = JsonPath.read(mvc.perform(post("/api/v1/alert-rules")
                        .with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Hygiene","priority":"HIGH","titleTemplate":"{comment}",
                                 "instruction":"Call the customer within 24 hours",
                                 "conditions":{"match":"ALL","conditions":[{"type":"KEYWORDS","operator":"ANY","values":["蟑螂"]}]},
                                 "recipients":{"caseOwner":false,"ownersManager":true,"users":["%s"],"channels":["OPS-BOT "]}}"""
                                .formatted(chain.admin().id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        List<FeedbackRecord> batch = List.of(feedback(chain.storeA(), 9, "桌上有蟑螂"), feedback(other.storeA(), 2, "太慢了"));
        store(batch);
        transaction.executeWithoutResult(s -> events.publishEvent(new FeedbackRecorded(batch)));

        UUID caseId = jdbc.sql("select id from feedback_case where tenant_id = ? and rule_id = ?")
                .params(chain.tenant().id(), UUID.fromString(ruleId)).query(UUID.class).single();
        // routed to the store's manager, who is not told; the region's manager above is
        assertThat(told(chain)).containsExactlyInAnyOrder(chain.eastManager().id(), chain.admin().id());
        assertThat(deliveries(chain, named)).isEqualTo(1);
        assertThat(deliveries(chain, everything)).isZero();
        assertThat(jdbc.sql("select body from case_activity where tenant_id = ? and case_id = ? and kind = 'OPENED'")
                .params(chain.tenant().id(), caseId).query(String.class).single())
                .isEqualTo("NPS 9\nCall the customer within 24 hours");

        // the other tenant's default rule tells the case owner, as before, and none of its channels
        assertThat(told(other)).containsExactly(other.storeAManager().id());
        assertThat(deliveries(other, othersNamesake)).isZero();

        mvc.perform(get("/api/v1/cases/" + caseId).with(httpBasic(chain.cx().username(), TestFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleId").value(ruleId))
                .andExpect(jsonPath("$.ruleName").value("Hygiene"));
        mvc.perform(get("/cases/" + caseId).with(SignIn.as(mvc, chain.cx().username())).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alert rule")))
                .andExpect(content().string(containsString("Hygiene")))
                .andExpect(content().string(containsString("Call the customer within 24 hours")));
    }

    private Channel channel(TestFixtures.Chain c, String name, List<String> eventTypes) {
        return channels.create(c.tenant().id(), new ChannelForm(name, DeliveryChannel.WEBHOOK,
                "http://localhost:9/" + Ids.newId(), null, eventTypes, true));
    }

    /** Who got an in-app notice of a new case, one row per notice. */
    private List<UUID> told(TestFixtures.Chain c) {
        return jdbc.sql("select user_id from notify_inbox where tenant_id = ? and event_type = ?")
                .params(c.tenant().id(), EventTypes.CASE_OPENED).query(UUID.class).list();
    }

    private int deliveries(TestFixtures.Chain c, Channel channel) {
        return jdbc.sql("select count(*) from notify_delivery where tenant_id = ? and channel_id = ?")
                .params(c.tenant().id(), channel.id()).query(Integer.class).single();
    }

    private static FeedbackRecord feedback(OrgUnit unit, int nps, String comment) {
        return new FeedbackRecord(unit.tenantId(), Ids.newId(), FeedbackSource.SURVEY, Ids.newId(), unit.id(), null, "LINK",
                null, OffsetDateTime.now().minusMinutes(5), nps, null, null, comment, "zh", Map.of(), null);
    }

    private void store(List<FeedbackRecord> feedback) {
        transaction.executeWithoutResult(s -> records.recordAll(new ArrayList<>(feedback)));
        dispatcher.dispatchPending();
    }
}
