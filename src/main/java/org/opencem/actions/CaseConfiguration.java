package org.opencem.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.opencem.actions.RootCause;
import org.opencem.platform.Ids;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's case settings, SLA targets, holidays, routing rules and root causes. */
@Service
public class CaseConfiguration {

    /** What a tenant gets until it sets its own: business minutes to first response and to resolution. */
    static final Map<CasePriority, SlaTarget> DEFAULT_SLA = Map.of(
            CasePriority.URGENT, new SlaTarget(CasePriority.URGENT, 60, 8 * 60),
            CasePriority.HIGH, new SlaTarget(CasePriority.HIGH, 2 * 60, 18 * 60),
            CasePriority.NORMAL, new SlaTarget(CasePriority.NORMAL, 4 * 60, 27 * 60),
            CasePriority.LOW, new SlaTarget(CasePriority.LOW, 9 * 60, 45 * 60));
    private static final RowMapper<RootCause> ROOT_CAUSE = (rs, i) -> new RootCause(rs.getObject("id", UUID.class),
            rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("active"));
    private static final RowMapper<RoutingRule> RULE = (rs, i) -> {
        String mode = rs.getString("assign_mode");
        return new RoutingRule(rs.getObject("id", UUID.class), rs.getObject("org_unit_id", UUID.class),
                rs.getObject("touchpoint_id", UUID.class), rs.getObject("department_id", UUID.class),
                mode == null ? null : AssignMode.valueOf(mode));
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId defaultZone;

    CaseConfiguration(JdbcClient jdbc, Clock clock, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId defaultZone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    public CaseSettings settings(UUID tenantId) {
        return jdbc.sql("select * from case_settings where tenant_id = ?").param(tenantId)
                .query((rs, i) -> {
                    return new CaseSettings(ZoneId.of(rs.getString("time_zone")), rs.getObject("opens_at", LocalTime.class),
                            rs.getObject("closes_at", LocalTime.class), CaseSettings.workDays(rs.getString("work_days")),
                            AssignMode.valueOf(rs.getString("assign_mode")), rs.getObject("head_office_user_id", UUID.class),
                            rs.getBoolean("root_cause_required"), rs.getInt("remind_percent"));
                })
                .optional().orElseGet(() -> CaseSettings.defaults(defaultZone));
    }

    @Transactional
    public void save(UUID tenantId, CaseSettings settings) {
        jdbc.sql("delete from case_settings where tenant_id = ?").param(tenantId).update();
        jdbc.sql("""
                insert into case_settings (tenant_id, time_zone, opens_at, closes_at, work_days, assign_mode,
                                           head_office_user_id, root_cause_required, remind_percent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, settings.zone().getId(), settings.opens(), settings.closes(), settings.workDaysCode(),
                        settings.assignMode().name(), settings.headOfficeUserId(), settings.rootCauseRequired(),
                        settings.remindPercent())
                .update();
    }

    public Set<LocalDate> holidays(UUID tenantId) {
        return Set.copyOf(jdbc.sql("select holiday_on from case_holiday where tenant_id = ?").param(tenantId)
                .query((rs, i) -> rs.getObject("holiday_on", LocalDate.class)).list());
    }

    @Transactional
    public void replaceHolidays(UUID tenantId, Collection<LocalDate> holidays) {
        jdbc.sql("delete from case_holiday where tenant_id = ?").param(tenantId).update();
        for (LocalDate holiday : Set.copyOf(holidays)) {
            jdbc.sql("insert into case_holiday (tenant_id, holiday_on) values (?, ?)").params(tenantId, holiday).update();
        }
    }

    public BusinessHours hours(UUID tenantId) {
        return settings(tenantId).hours(holidays(tenantId));
    }

    /** Every priority's target, the tenant's where it set one. */
    public Map<CasePriority, SlaTarget> sla(UUID tenantId) {
        Map<CasePriority, SlaTarget> targets = new EnumMap<>(DEFAULT_SLA);
        jdbc.sql("select priority, first_response_minutes, resolution_minutes from case_sla where tenant_id = ?")
                .param(tenantId)
                .query((rs, i) -> new SlaTarget(CasePriority.valueOf(rs.getString("priority")),
                        rs.getInt("first_response_minutes"), rs.getInt("resolution_minutes")))
                .list().forEach(t -> targets.put(t.priority(), t));
        return targets;
    }

    @Transactional
    public void saveSla(UUID tenantId, Collection<SlaTarget> targets) {
        for (SlaTarget target : targets) {
            jdbc.sql("delete from case_sla where tenant_id = ? and priority = ?")
                    .params(tenantId, target.priority().name()).update();
            jdbc.sql("insert into case_sla (tenant_id, priority, first_response_minutes, resolution_minutes) values (?, ?, ?, ?)")
                    .params(tenantId, target.priority().name(), target.firstResponseMinutes(), target.resolutionMinutes())
                    .update();
        }
    }

    public List<RoutingRule> rules(UUID tenantId) {
        return jdbc.sql("select * from case_routing_rule where tenant_id = ? order by created_at, id").param(tenantId)
                .query(RULE).list();
    }

    public RoutingRule addRule(UUID tenantId, UUID orgUnitId, UUID touchpointId, UUID departmentId, AssignMode mode) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into case_routing_rule (tenant_id, id, org_unit_id, touchpoint_id, department_id, assign_mode, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, id, orgUnitId, touchpointId, departmentId, mode == null ? null : mode.name(),
                        OffsetDateTime.now(clock))
                .update();
        return new RoutingRule(id, orgUnitId, touchpointId, departmentId, mode);
    }

    public void deleteRule(UUID tenantId, UUID ruleId) {
        jdbc.sql("delete from case_routing_rule where tenant_id = ? and id = ?").params(tenantId, ruleId).update();
    }

    public List<RootCause> rootCauses(UUID tenantId) {
        return jdbc.sql("select * from case_root_cause where tenant_id = ? order by sort_order, code").param(tenantId)
                .query(ROOT_CAUSE).list();
    }

    public Optional<RootCause> rootCause(UUID tenantId, UUID id) {
        return jdbc.sql("select * from case_root_cause where tenant_id = ? and id = ?").params(tenantId, id)
                .query(ROOT_CAUSE).optional();
    }

    public boolean rootCauseCodeTaken(UUID tenantId, String code) {
        return jdbc.sql("select count(*) from case_root_cause where tenant_id = ? and code = ?")
                .params(tenantId, code.trim()).query(Integer.class).single() > 0;
    }

    public RootCause addRootCause(UUID tenantId, String code, String nameZh, String nameEn) {
        UUID id = Ids.newId();
        int next = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from case_root_cause where tenant_id = ?")
                .param(tenantId).query(Integer.class).single();
        jdbc.sql("""
                insert into case_root_cause (tenant_id, id, code, name_zh, name_en, active, sort_order)
                values (?, ?, ?, ?, ?, true, ?)""")
                .params(tenantId, id, code.trim(), nameZh.trim(), nameEn.trim(), next).update();
        return new RootCause(id, code.trim(), nameZh.trim(), nameEn.trim(), true);
    }

    /** A retired cause stays on the cases that name it but is no longer offered. */
    public void setRootCauseActive(UUID tenantId, UUID id, boolean active) {
        jdbc.sql("update case_root_cause set active = ? where tenant_id = ? and id = ?").params(active, tenantId, id).update();
    }
}
