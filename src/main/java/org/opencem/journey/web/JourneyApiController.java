package org.opencem.journey.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.opencem.journey.Journey;
import org.opencem.journey.JourneyMap;
import org.opencem.journey.Journeys;
import org.opencem.journey.Stage;
import org.opencem.journey.Touchpoint;
import org.opencem.organization.Department;
import org.opencem.organization.Departments;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Journeys over REST: read the maps, and build and reorder them. Changes need a CX manager or
 * tenant admin; errors are problem details (RFC 9457), see {@link JourneyApiErrors}.
 */
@RestController
@RequestMapping(path = "/api/v1/journeys", produces = "application/json")
class JourneyApiController {

    private final Journeys journeys;
    private final Departments departments;

    JourneyApiController(Journeys journeys, Departments departments) {
        this.journeys = journeys;
        this.departments = departments;
    }

    @GetMapping
    List<JourneyJson> list(CurrentUser me) {
        return journeys.summaries(me.tenantId()).stream()
                .map(s -> new JourneyJson(s.journey().id(), s.journey().name(), s.journey().description(),
                        s.stageCount(), s.touchpointCount()))
                .toList();
    }

    @GetMapping("/{journeyId}")
    JourneyMapJson get(CurrentUser me, @PathVariable UUID journeyId) {
        return mapOf(me, journeyId);
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<JourneyMapJson> create(CurrentUser me, @RequestBody JourneyInput input) {
        JourneyController.requireEditor(me);
        Journey journey = journeys.createJourney(me.tenantId(), input.name(), input.description());
        return ResponseEntity.created(URI.create("/api/v1/journeys/" + journey.id())).body(mapOf(me, journey.id()));
    }

    @PatchMapping(path = "/{journeyId}", consumes = "application/json")
    JourneyMapJson update(CurrentUser me, @PathVariable UUID journeyId, @RequestBody JourneyInput input) {
        JourneyController.requireEditor(me);
        Journey current = journeys.find(me.tenantId(), journeyId).orElseThrow(() -> new NotFoundException("Journey"));
        journeys.updateJourney(me.tenantId(), journeyId, input.name() == null ? current.name() : input.name(),
                input.description() == null ? current.description() : input.description());
        return mapOf(me, journeyId);
    }

    @PostMapping(path = "/{journeyId}/stages", consumes = "application/json")
    ResponseEntity<StageJson> addStage(CurrentUser me, @PathVariable UUID journeyId, @RequestBody StageInput input) {
        JourneyController.requireEditor(me);
        Stage stage = journeys.addStage(me.tenantId(), journeyId, input.name());
        return ResponseEntity.created(URI.create("/api/v1/journeys/" + journeyId + "/stages/" + stage.id()))
                .body(new StageJson(stage.id(), stage.name(), stage.position(), List.of()));
    }

    /** Renames a stage and/or moves it {@code move} places (negative: earlier). Answers the whole map. */
    @PatchMapping(path = "/{journeyId}/stages/{stageId}", consumes = "application/json")
    JourneyMapJson updateStage(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID stageId,
                               @RequestBody StagePatch patch) {
        JourneyController.requireEditor(me);
        Stage stage = stageOf(me, journeyId, stageId);
        if (patch.name() != null) {
            journeys.renameStage(me.tenantId(), stage.id(), patch.name());
        }
        if (patch.move() != null && patch.move() != 0) {
            journeys.moveStage(me.tenantId(), stage.id(), patch.move());
        }
        return mapOf(me, journeyId);
    }

    @DeleteMapping("/{journeyId}/stages/{stageId}")
    ResponseEntity<Void> deleteStage(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID stageId) {
        JourneyController.requireEditor(me);
        journeys.deleteStage(me.tenantId(), stageOf(me, journeyId, stageId).id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{journeyId}/stages/{stageId}/touchpoints", consumes = "application/json")
    ResponseEntity<TouchpointJson> addTouchpoint(CurrentUser me, @PathVariable UUID journeyId,
                                                 @PathVariable UUID stageId, @RequestBody TouchpointInput input) {
        JourneyController.requireEditor(me);
        Touchpoint touchpoint = journeys.addTouchpoint(me.tenantId(), stageOf(me, journeyId, stageId).id(),
                input.name(), input.ownerDepartmentId());
        return ResponseEntity.created(URI.create("/api/v1/journeys/" + journeyId + "/touchpoints/" + touchpoint.id()))
                .body(touchpointJson(me, touchpoint));
    }

    /**
     * Changes a touchpoint: name, owner, stage (moved to its end), and/or moves it {@code move}
     * places within its stage. Answers the whole map.
     */
    @PatchMapping(path = "/{journeyId}/touchpoints/{touchpointId}", consumes = "application/json")
    JourneyMapJson updateTouchpoint(CurrentUser me, @PathVariable UUID journeyId, @PathVariable UUID touchpointId,
                                    @RequestBody TouchpointPatch patch) {
        JourneyController.requireEditor(me);
        Touchpoint touchpoint = touchpointOf(me, journeyId, touchpointId);
        if (patch.name() != null || patch.ownerDepartmentId() != null || patch.stageId() != null) {
            journeys.updateTouchpoint(me.tenantId(), touchpoint.id(), patch.name(), patch.ownerDepartmentId(),
                    patch.stageId());
        }
        if (patch.move() != null && patch.move() != 0) {
            journeys.moveTouchpoint(me.tenantId(), touchpoint.id(), patch.move());
        }
        return mapOf(me, journeyId);
    }

    @DeleteMapping("/{journeyId}/touchpoints/{touchpointId}")
    ResponseEntity<Void> deleteTouchpoint(CurrentUser me, @PathVariable UUID journeyId,
                                          @PathVariable UUID touchpointId) {
        JourneyController.requireEditor(me);
        journeys.deleteTouchpoint(me.tenantId(), touchpointOf(me, journeyId, touchpointId).id());
        return ResponseEntity.noContent().build();
    }

    private JourneyMapJson mapOf(CurrentUser me, UUID journeyId) {
        JourneyMap map = journeys.map(me.tenantId(), journeyId).orElseThrow(() -> new NotFoundException("Journey"));
        return new JourneyMapJson(map.journey().id(), map.journey().name(), map.journey().description(),
                map.stages().stream().map(column -> new StageJson(column.stage().id(), column.stage().name(),
                        column.stage().position(), column.touchpoints().stream()
                        .map(card -> touchpointJson(card.touchpoint(), card.ownerDepartmentName())).toList()))
                        .toList());
    }

    private TouchpointJson touchpointJson(CurrentUser me, Touchpoint touchpoint) {
        String ownerName = departments.find(me.tenantId(), touchpoint.ownerDepartmentId()).map(Department::name)
                .orElse(null);
        return touchpointJson(touchpoint, ownerName);
    }

    private static TouchpointJson touchpointJson(Touchpoint touchpoint, String ownerName) {
        return new TouchpointJson(touchpoint.id(), touchpoint.stageId(), touchpoint.name(), touchpoint.position(),
                touchpoint.ownerDepartmentId(), ownerName);
    }

    private Stage stageOf(CurrentUser me, UUID journeyId, UUID stageId) {
        return journeys.stage(me.tenantId(), stageId).filter(s -> s.journeyId().equals(journeyId))
                .orElseThrow(() -> new NotFoundException("Stage"));
    }

    private Touchpoint touchpointOf(CurrentUser me, UUID journeyId, UUID touchpointId) {
        return journeys.touchpoint(me.tenantId(), touchpointId).filter(t -> t.journeyId().equals(journeyId))
                .orElseThrow(() -> new NotFoundException("Touchpoint"));
    }

    record JourneyInput(String name, String description) {
    }

    record StageInput(String name) {
    }

    record TouchpointInput(String name, UUID ownerDepartmentId) {
    }

    record StagePatch(String name, Integer move) {
    }

    record TouchpointPatch(String name, UUID ownerDepartmentId, UUID stageId, Integer move) {
    }

    record JourneyJson(UUID id, String name, String description, int stageCount, int touchpointCount) {
    }

    record JourneyMapJson(UUID id, String name, String description, List<StageJson> stages) {
    }

    record StageJson(UUID id, String name, int position, List<TouchpointJson> touchpoints) {
    }

    record TouchpointJson(UUID id, UUID stageId, String name, int position, UUID ownerDepartmentId,
                          String ownerDepartmentName) {
    }
}
