package org.opencem.journey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencem.journey.JourneyValidationException.FieldProblem;
import org.opencem.organization.Department;
import org.opencem.organization.Departments;
import org.opencem.platform.Ids;
import org.opencem.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's journeys, their stages and touchpoints. Journeys are tenant-wide configuration:
 * every method takes the tenant and touches only its rows; an id of another tenant is not found.
 * Positions are dense (0…n−1) within a journey (stages) and within a stage (touchpoints). Every
 * change locks the journey row first, so concurrent edits of one journey are serialized and the
 * positions stay dense.
 */
@Service
public class Journeys {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    private static final RowMapper<Journey> JOURNEY = (rs, i) -> new Journey(rs.getObject("tenant_id", UUID.class),
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"));
    private static final RowMapper<Stage> STAGE = (rs, i) -> new Stage(rs.getObject("tenant_id", UUID.class),
            rs.getObject("id", UUID.class), rs.getObject("journey_id", UUID.class), rs.getString("name"),
            rs.getInt("sort_order"));
    private static final RowMapper<Touchpoint> TOUCHPOINT = (rs, i) -> new Touchpoint(
            rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
            rs.getObject("journey_id", UUID.class), rs.getObject("stage_id", UUID.class), rs.getString("name"),
            rs.getObject("owner_department_id", UUID.class), rs.getInt("sort_order"));
    private static final String STAGE_COLUMNS = "tenant_id, id, journey_id, name, sort_order";
    private static final String TOUCHPOINT_COLUMNS = "tenant_id, id, journey_id, stage_id, name, owner_department_id, sort_order";

    private final JdbcClient jdbc;
    private final Departments departments;
    private final ObjectProvider<TouchpointUsage> usages;
    private final Clock clock;

    Journeys(JdbcClient jdbc, Departments departments, ObjectProvider<TouchpointUsage> usages, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.usages = usages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- journeys

    public Journey createJourney(UUID tenantId, String name, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name(name, "name", problems);
        String cleanDescription = description(description, problems);
        failOn(problems);
        UUID id = Ids.newId();
        jdbc.sql("insert into journey (tenant_id, id, name, description, created_at) values (?, ?, ?, ?, ?)")
                .params(tenantId, id, cleanName, cleanDescription, OffsetDateTime.now(clock)).update();
        return new Journey(tenantId, id, cleanName, cleanDescription);
    }

    @Transactional
    public Journey updateJourney(UUID tenantId, UUID journeyId, String name, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name(name, "name", problems);
        String cleanDescription = description(description, problems);
        failOn(problems);
        lockJourney(tenantId, journeyId);
        jdbc.sql("update journey set name = ?, description = ? where tenant_id = ? and id = ?")
                .params(cleanName, cleanDescription, tenantId, journeyId).update();
        return new Journey(tenantId, journeyId, cleanName, cleanDescription);
    }

    /** Deletes a journey that has no stages left. */
    @Transactional
    public void deleteJourney(UUID tenantId, UUID journeyId) {
        lockJourney(tenantId, journeyId);
        if (!stagesOf(tenantId, journeyId).isEmpty()) {
            throw new JourneyConflictException("journey.error.journeyNotEmpty");
        }
        jdbc.sql("delete from journey where tenant_id = ? and id = ?").params(tenantId, journeyId).update();
    }

    // ---------------------------------------------------------------- stages

    /** Adds a stage at the end of the journey. */
    @Transactional
    public Stage addStage(UUID tenantId, UUID journeyId, String name) {
        String cleanName = name(name, "name");
        lockJourney(tenantId, journeyId);
        int position = jdbc.sql("select count(*) from journey_stage where tenant_id = ? and journey_id = ?")
                .params(tenantId, journeyId).query(Integer.class).single();
        UUID id = Ids.newId();
        jdbc.sql("insert into journey_stage (tenant_id, id, journey_id, name, sort_order) values (?, ?, ?, ?, ?)")
                .params(tenantId, id, journeyId, cleanName, position).update();
        return new Stage(tenantId, id, journeyId, cleanName, position);
    }

    @Transactional
    public Stage renameStage(UUID tenantId, UUID stageId, String name) {
        String cleanName = name(name, "name");
        Stage stage = lockedStage(tenantId, stageId);
        jdbc.sql("update journey_stage set name = ? where tenant_id = ? and id = ?")
                .params(cleanName, tenantId, stageId).update();
        return new Stage(tenantId, stageId, stage.journeyId(), cleanName, stage.position());
    }

    /**
     * Moves a stage {@code delta} places (negative: left/earlier, positive: right/later), stopping at
     * the ends; ±1 swaps it with its neighbour.
     */
    @Transactional
    public void moveStage(UUID tenantId, UUID stageId, int delta) {
        Stage stage = lockedStage(tenantId, stageId);
        List<UUID> order = new ArrayList<>(stagesOf(tenantId, stage.journeyId()).stream().map(Stage::id).toList());
        reorder(order, stageId, delta);
        renumber("journey_stage", tenantId, order);
    }

    /** Deletes a stage that has no touchpoints; the stages after it move up. */
    @Transactional
    public void deleteStage(UUID tenantId, UUID stageId) {
        Stage stage = lockedStage(tenantId, stageId);
        if (!touchpointsOf(tenantId, stageId).isEmpty()) {
            throw new JourneyConflictException("journey.error.stageNotEmpty");
        }
        jdbc.sql("delete from journey_stage where tenant_id = ? and id = ?").params(tenantId, stageId).update();
        renumber("journey_stage", tenantId, stagesOf(tenantId, stage.journeyId()).stream().map(Stage::id).toList());
    }

    // ---------------------------------------------------------------- touchpoints

    /** Adds a touchpoint at the end of a stage, owned by one of the tenant's departments. */
    @Transactional
    public Touchpoint addTouchpoint(UUID tenantId, UUID stageId, String name, UUID ownerDepartmentId) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name(name, "name", problems);
        ownerDepartment(tenantId, ownerDepartmentId, problems);
        failOn(problems);
        Stage stage = lockedStage(tenantId, stageId);
        int position = touchpointsOf(tenantId, stageId).size();
        UUID id = Ids.newId();
        jdbc.sql("insert into touchpoint (" + TOUCHPOINT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(tenantId, id, stage.journeyId(), stageId, cleanName, ownerDepartmentId, position).update();
        return new Touchpoint(tenantId, id, stage.journeyId(), stageId, cleanName, ownerDepartmentId, position);
    }

    @Transactional
    public Touchpoint renameTouchpoint(UUID tenantId, UUID touchpointId, String name) {
        String cleanName = name(name, "name");
        lockedTouchpoint(tenantId, touchpointId);
        jdbc.sql("update touchpoint set name = ? where tenant_id = ? and id = ?")
                .params(cleanName, tenantId, touchpointId).update();
        return touchpoint(tenantId, touchpointId).orElseThrow();
    }

    @Transactional
    public Touchpoint changeOwner(UUID tenantId, UUID touchpointId, UUID ownerDepartmentId) {
        List<FieldProblem> problems = new ArrayList<>();
        ownerDepartment(tenantId, ownerDepartmentId, problems);
        failOn(problems);
        lockedTouchpoint(tenantId, touchpointId);
        jdbc.sql("update touchpoint set owner_department_id = ? where tenant_id = ? and id = ?")
                .params(ownerDepartmentId, tenantId, touchpointId).update();
        return touchpoint(tenantId, touchpointId).orElseThrow();
    }

    /**
     * Changes what is given of a touchpoint in one go — name, owner, stage (to its end); a null
     * argument leaves that part as it is. Nothing changes unless all of it is valid.
     */
    @Transactional
    public Touchpoint updateTouchpoint(UUID tenantId, UUID touchpointId, String name, UUID ownerDepartmentId,
                                       UUID stageId) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name == null ? null : name(name, "name", problems);
        if (ownerDepartmentId != null) {
            ownerDepartment(tenantId, ownerDepartmentId, problems);
        }
        Touchpoint touchpoint = lockedTouchpoint(tenantId, touchpointId);
        if (stageId != null && stage(tenantId, stageId).filter(s -> s.journeyId().equals(touchpoint.journeyId())).isEmpty()) {
            problems.add(new FieldProblem("stageId", "journey.error.stageInvalid"));
        }
        failOn(problems);
        if (cleanName != null && !cleanName.equals(touchpoint.name())) {
            renameTouchpoint(tenantId, touchpointId, cleanName);
        }
        if (ownerDepartmentId != null && !ownerDepartmentId.equals(touchpoint.ownerDepartmentId())) {
            changeOwner(tenantId, touchpointId, ownerDepartmentId);
        }
        if (stageId != null && !stageId.equals(touchpoint.stageId())) {
            moveTouchpointToStage(tenantId, touchpointId, stageId);
        }
        return touchpoint(tenantId, touchpointId).orElseThrow();
    }

    /** Moves a touchpoint {@code delta} places within its stage (negative: up), stopping at the ends. */
    @Transactional
    public void moveTouchpoint(UUID tenantId, UUID touchpointId, int delta) {
        Touchpoint touchpoint = lockedTouchpoint(tenantId, touchpointId);
        List<UUID> order = new ArrayList<>(touchpointsOf(tenantId, touchpoint.stageId()).stream()
                .map(Touchpoint::id).toList());
        reorder(order, touchpointId, delta);
        renumber("touchpoint", tenantId, order);
    }

    /** Moves a touchpoint to the end of another stage of the same journey. */
    @Transactional
    public Touchpoint moveTouchpointToStage(UUID tenantId, UUID touchpointId, UUID targetStageId) {
        Touchpoint touchpoint = lockedTouchpoint(tenantId, touchpointId);
        if (touchpoint.stageId().equals(targetStageId)) {
            return touchpoint;
        }
        Stage target = stage(tenantId, targetStageId)
                .filter(s -> s.journeyId().equals(touchpoint.journeyId()))
                .orElseThrow(() -> new JourneyValidationException(
                        List.of(new FieldProblem("stageId", "journey.error.stageInvalid"))));
        int position = touchpointsOf(tenantId, target.id()).size();
        jdbc.sql("update touchpoint set stage_id = ?, sort_order = ? where tenant_id = ? and id = ?")
                .params(target.id(), position, tenantId, touchpointId).update();
        renumber("touchpoint", tenantId, touchpointsOf(tenantId, touchpoint.stageId()).stream()
                .map(Touchpoint::id).toList());
        return touchpoint(tenantId, touchpointId).orElseThrow();
    }

    /** Deletes a touchpoint that nothing refers to any more; the touchpoints after it move up. */
    @Transactional
    public void deleteTouchpoint(UUID tenantId, UUID touchpointId) {
        Touchpoint touchpoint = lockedTouchpoint(tenantId, touchpointId);
        if (usages.orderedStream().anyMatch(usage -> usage.isInUse(tenantId, touchpointId))) {
            throw new JourneyConflictException("journey.error.touchpointInUse");
        }
        jdbc.sql("delete from touchpoint where tenant_id = ? and id = ?").params(tenantId, touchpointId).update();
        renumber("touchpoint", tenantId, touchpointsOf(tenantId, touchpoint.stageId()).stream()
                .map(Touchpoint::id).toList());
    }

    // ---------------------------------------------------------------- reads

    /** The tenant's journeys by name. */
    public List<Journey> all(UUID tenantId) {
        return jdbc.sql("select tenant_id, id, name, description from journey where tenant_id = ? order by name, id")
                .param(tenantId).query(JOURNEY).list();
    }

    /** The tenant's journeys by name, with how many stages and touchpoints each has. */
    public List<JourneySummary> summaries(UUID tenantId) {
        return jdbc.sql("""
                select j.tenant_id, j.id, j.name, j.description,
                       (select count(*) from journey_stage s where s.tenant_id = j.tenant_id and s.journey_id = j.id) as stage_count,
                       (select count(*) from touchpoint t where t.tenant_id = j.tenant_id and t.journey_id = j.id) as touchpoint_count
                from journey j where j.tenant_id = ? order by j.name, j.id""")
                .param(tenantId)
                .query((rs, i) -> new JourneySummary(JOURNEY.mapRow(rs, i), rs.getInt("stage_count"),
                        rs.getInt("touchpoint_count")))
                .list();
    }

    public Optional<Journey> find(UUID tenantId, UUID journeyId) {
        return jdbc.sql("select tenant_id, id, name, description from journey where tenant_id = ? and id = ?")
                .params(tenantId, journeyId).query(JOURNEY).optional();
    }

    /** The journey with its stages in order, each with its touchpoints in order. */
    public Optional<JourneyMap> map(UUID tenantId, UUID journeyId) {
        return find(tenantId, journeyId).map(journey -> {
            Map<UUID, String> departmentNames = departmentNames(tenantId);
            Map<UUID, List<JourneyMap.TouchpointCard>> byStage = new LinkedHashMap<>();
            jdbc.sql("select " + TOUCHPOINT_COLUMNS + " from touchpoint where tenant_id = ? and journey_id = ? "
                            + "order by stage_id, sort_order, id")
                    .params(tenantId, journeyId).query(TOUCHPOINT).list()
                    .forEach(t -> byStage.computeIfAbsent(t.stageId(), k -> new ArrayList<>())
                            .add(new JourneyMap.TouchpointCard(t, departmentNames.get(t.ownerDepartmentId()))));
            List<JourneyMap.StageColumn> columns = stagesOf(tenantId, journeyId).stream()
                    .map(s -> new JourneyMap.StageColumn(s, byStage.getOrDefault(s.id(), List.of())))
                    .toList();
            return new JourneyMap(journey, columns);
        });
    }

    public Optional<Stage> stage(UUID tenantId, UUID stageId) {
        return jdbc.sql("select " + STAGE_COLUMNS + " from journey_stage where tenant_id = ? and id = ?")
                .params(tenantId, stageId).query(STAGE).optional();
    }

    public Optional<Touchpoint> touchpoint(UUID tenantId, UUID touchpointId) {
        return jdbc.sql("select " + TOUCHPOINT_COLUMNS + " from touchpoint where tenant_id = ? and id = ?")
                .params(tenantId, touchpointId).query(TOUCHPOINT).optional();
    }

    /** Every touchpoint of the tenant with its journey and stage, by journey name, stage and touchpoint order. */
    public List<TouchpointRef> touchpoints(UUID tenantId) {
        return jdbc.sql("""
                select t.tenant_id, t.id, t.name, t.journey_id, j.name as journey_name, t.stage_id,
                       s.name as stage_name, t.owner_department_id
                from touchpoint t
                join journey_stage s on s.tenant_id = t.tenant_id and s.id = t.stage_id
                join journey j on j.tenant_id = t.tenant_id and j.id = t.journey_id
                where t.tenant_id = ?
                order by j.name, j.id, s.sort_order, t.sort_order""")
                .param(tenantId)
                .query((rs, i) -> new TouchpointRef(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("name"), rs.getObject("journey_id", UUID.class), rs.getString("journey_name"),
                        rs.getObject("stage_id", UUID.class), rs.getString("stage_name"),
                        rs.getObject("owner_department_id", UUID.class)))
                .list();
    }

    // ---------------------------------------------------------------- helpers

    private void lockJourney(UUID tenantId, UUID journeyId) {
        jdbc.sql("select id from journey where tenant_id = ? and id = ? for update")
                .params(tenantId, journeyId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("Journey"));
    }

    private Stage lockedStage(UUID tenantId, UUID stageId) {
        Stage stage = stage(tenantId, stageId).orElseThrow(() -> new NotFoundException("Stage"));
        lockJourney(tenantId, stage.journeyId());
        // read again under the lock: another transaction may have moved or deleted it meanwhile
        return stage(tenantId, stageId).orElseThrow(() -> new NotFoundException("Stage"));
    }

    private Touchpoint lockedTouchpoint(UUID tenantId, UUID touchpointId) {
        Touchpoint touchpoint = touchpoint(tenantId, touchpointId).orElseThrow(() -> new NotFoundException("Touchpoint"));
        lockJourney(tenantId, touchpoint.journeyId());
        return touchpoint(tenantId, touchpointId).orElseThrow(() -> new NotFoundException("Touchpoint"));
    }

    private List<Stage> stagesOf(UUID tenantId, UUID journeyId) {
        return jdbc.sql("select " + STAGE_COLUMNS + " from journey_stage where tenant_id = ? and journey_id = ? "
                + "order by sort_order, id").params(tenantId, journeyId).query(STAGE).list();
    }

    private List<Touchpoint> touchpointsOf(UUID tenantId, UUID stageId) {
        return jdbc.sql("select " + TOUCHPOINT_COLUMNS + " from touchpoint where tenant_id = ? and stage_id = ? "
                + "order by sort_order, id").params(tenantId, stageId).query(TOUCHPOINT).list();
    }

    private static void reorder(List<UUID> order, UUID id, int delta) {
        int from = order.indexOf(id);
        int to = Math.max(0, Math.min(order.size() - 1, from + delta));
        order.remove(from);
        order.add(to, id);
    }

    /** Writes positions 0…n−1 in the given order; rows already in place are left alone. */
    private void renumber(String table, UUID tenantId, List<UUID> order) {
        if (order.isEmpty()) {
            return;
        }
        Map<UUID, Integer> current = jdbc.sql("select id, sort_order from " + table + " where tenant_id = ? and id in ("
                        + String.join(", ", Collections.nCopies(order.size(), "?")) + ")")
                .params(params(tenantId, order))
                .query((rs, i) -> Map.entry(rs.getObject("id", UUID.class), rs.getInt("sort_order")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (int i = 0; i < order.size(); i++) {
            UUID id = order.get(i);
            if (!Integer.valueOf(i).equals(current.get(id))) {
                jdbc.sql("update " + table + " set sort_order = ? where tenant_id = ? and id = ?")
                        .params(i, tenantId, id).update();
            }
        }
    }

    private static List<Object> params(UUID tenantId, List<UUID> ids) {
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        params.addAll(ids);
        return params;
    }

    private Map<UUID, String> departmentNames(UUID tenantId) {
        return departments.all(tenantId).stream().collect(Collectors.toMap(Department::id, Department::name,
                (a, b) -> a));
    }

    private void ownerDepartment(UUID tenantId, UUID departmentId, List<FieldProblem> problems) {
        if (departmentId == null) {
            problems.add(new FieldProblem("ownerDepartmentId", "journey.error.ownerRequired"));
        } else if (departments.find(tenantId, departmentId).isEmpty()) {
            problems.add(new FieldProblem("ownerDepartmentId", "journey.error.ownerInvalid"));
        }
    }

    private static String name(String name, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        String clean = name(name, field, problems);
        failOn(problems);
        return clean;
    }

    private static String name(String name, String field, List<FieldProblem> problems) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problems.add(new FieldProblem(field, "journey.error.nameRequired"));
        } else if (clean.length() > NAME_MAX) {
            problems.add(new FieldProblem(field, "journey.error.tooLong", NAME_MAX));
        }
        return clean;
    }

    private static String description(String description, List<FieldProblem> problems) {
        String clean = description == null ? "" : description.strip();
        if (clean.length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "journey.error.tooLong", DESCRIPTION_MAX));
        }
        return clean.isEmpty() ? null : clean;
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new JourneyValidationException(problems);
        }
    }

}
