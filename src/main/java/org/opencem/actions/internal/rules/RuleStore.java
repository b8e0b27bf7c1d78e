package org.opencem.actions.internal.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencem.actions.AlertRecipients;
import org.opencem.actions.AlertRuleInput;
import org.opencem.actions.CasePriority;
import org.opencem.actions.ConditionGroup;
import org.opencem.actions.MetricAlertSpec;
import org.opencem.actions.RuleKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The alert_rule table: a rule's conditions, metric and recipients are stored as JSON. */
@Component
public class RuleStore {

    private static final RowMapper<StoredRule> MAPPER = (rs, i) -> new StoredRule(rs.getObject("id", UUID.class),
            rs.getObject("tenant_id", UUID.class),
            new AlertRuleInput(rs.getString("name"), rs.getBoolean("enabled"), CasePriority.valueOf(rs.getString("priority")),
                    RuleKind.valueOf(rs.getString("rule_kind")), read(rs.getString("conditions_json"), ConditionGroup.class),
                    read(rs.getString("metric_json"), MetricAlertSpec.class), rs.getString("title_template"),
                    rs.getString("instruction"), read(rs.getString("recipients_json"), AlertRecipients.class)),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of alert_rule. */
    public record StoredRule(UUID id, UUID tenantId, AlertRuleInput rule, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** The tenant's rules in the order they are tried: the most urgent first, then the oldest. */
    public List<StoredRule> all(UUID tenantId) {
        return jdbc.sql("select * from alert_rule where tenant_id = ? order by created_at, id").param(tenantId).query(MAPPER)
                .list().stream().sorted(java.util.Comparator
                        .comparing((StoredRule r) -> r.rule().priority().ordinal()).reversed()
                        .thenComparing(StoredRule::createdAt).thenComparing(StoredRule::id))
                .toList();
    }

    public Optional<StoredRule> find(UUID tenantId, UUID id) {
        return jdbc.sql("select * from alert_rule where tenant_id = ? and id = ?").params(tenantId, id).query(MAPPER).optional();
    }

    /** The tenants with at least one metric rule switched on, for the weekly check. */
    public List<UUID> tenantsWithMetricRules() {
        return jdbc.sql("select distinct tenant_id from alert_rule where rule_kind = ? and enabled = ?")
                .params(RuleKind.METRIC.name(), true).query(UUID.class).list();
    }

    public void insert(UUID tenantId, UUID id, AlertRuleInput rule, OffsetDateTime at) {
        jdbc.sql("""
                insert into alert_rule (tenant_id, id, name, enabled, priority, rule_kind, conditions_json, metric_json,
                                        title_template, instruction, recipients_json, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, id, rule.name().strip(), rule.enabled(), rule.priority().name(), rule.kind().name(),
                        write(rule.kind() == RuleKind.FEEDBACK ? rule.conditions() : null),
                        write(rule.kind() == RuleKind.METRIC ? rule.metric() : null), rule.titleTemplate().strip(),
                        blankToNull(rule.instruction()), write(rule.recipients()), at, at)
                .update();
    }

    /** Changes what can change; a rule's kind is fixed when it is made. */
    public boolean update(UUID tenantId, UUID id, AlertRuleInput rule, RuleKind kind, OffsetDateTime at) {
        return jdbc.sql("""
                update alert_rule set name = ?, enabled = ?, priority = ?, conditions_json = ?, metric_json = ?,
                       title_template = ?, instruction = ?, recipients_json = ?, updated_at = ?
                where tenant_id = ? and id = ?""")
                .params(rule.name().strip(), rule.enabled(), rule.priority().name(),
                        write(kind == RuleKind.FEEDBACK ? rule.conditions() : null),
                        write(kind == RuleKind.METRIC ? rule.metric() : null), rule.titleTemplate().strip(),
                        blankToNull(rule.instruction()), write(rule.recipients()), at, tenantId, id)
                .update() == 1;
    }

    public boolean setEnabled(UUID tenantId, UUID id, boolean enabled, OffsetDateTime at) {
        return jdbc.sql("update alert_rule set enabled = ?, updated_at = ? where tenant_id = ? and id = ?")
                .params(enabled, at, tenantId, id).update() == 1;
    }

    public boolean delete(UUID tenantId, UUID id) {
        return jdbc.sql("delete from alert_rule where tenant_id = ? and id = ?").params(tenantId, id).update() == 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String write(Object value) {
        return value == null ? null : JsonMapper.shared().writeValueAsString(value);
    }

    private static <T> T read(String json, Class<T> type) {
        return json == null ? null : JsonMapper.shared().readValue(json, type);
    }
}
