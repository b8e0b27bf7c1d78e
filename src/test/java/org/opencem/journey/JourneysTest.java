package org.opencem.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencem.OpenCemTest;
import org.opencem.TestFixtures;
import org.opencem.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;

@OpenCemTest
class JourneysTest {

    @Autowired
    Journeys journeys;
    @Autowired
    TestFixtures fixtures;

    @Test
    void buildsAJourneyMapInOrder() {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey dining = journeys.createJourney(t, "  用餐 Dining ", "从订座到离店");
        Stage booking = journeys.addStage(t, dining.id(), "线上预约");
        Stage arriving = journeys.addStage(t, dining.id(), "前往餐厅");
        Stage ordering = journeys.addStage(t, dining.id(), "点餐");
        Touchpoint app = journeys.addTouchpoint(t, booking.id(), "小程序订座", chain.operations().id());
        Touchpoint phone = journeys.addTouchpoint(t, booking.id(), "电话订座", chain.operations().id());
        Touchpoint qr = journeys.addTouchpoint(t, ordering.id(), "扫码点餐", chain.kitchen().id());

        assertThat(dining.name()).isEqualTo("用餐 Dining");
        assertThat(List.of(booking.position(), arriving.position(), ordering.position())).containsExactly(0, 1, 2);
        assertThat(List.of(app.position(), phone.position(), qr.position())).containsExactly(0, 1, 0);

        JourneyMap map = journeys.map(t, dining.id()).orElseThrow();
        assertThat(map.stages()).extracting(c -> c.stage().name()).containsExactly("线上预约", "前往餐厅", "点餐");
        assertThat(map.stages().get(0).touchpoints()).extracting(JourneyMap.TouchpointCard::ownerDepartmentName)
                .containsExactly("门店运营", "门店运营");
        assertThat(map.stages().get(2).touchpoints().get(0).ownerDepartmentName()).isEqualTo("厨房");
        assertThat(map.touchpointCount()).isEqualTo(3);

        assertThat(journeys.summaries(t)).singleElement().satisfies(s -> {
            assertThat(s.stageCount()).isEqualTo(3);
            assertThat(s.touchpointCount()).isEqualTo(3);
        });
        assertThat(journeys.touchpoints(t)).extracting(TouchpointRef::label)
                .containsExactly("用餐 Dining › 线上预约 › 小程序订座", "用餐 Dining › 线上预约 › 电话订座",
                        "用餐 Dining › 点餐 › 扫码点餐");
    }

    @Test
    void movesStagesAndTouchpointsAndKeepsPositionsDense() {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey journey = journeys.createJourney(t, "Dining", null);
        Stage a = journeys.addStage(t, journey.id(), "A");
        Stage b = journeys.addStage(t, journey.id(), "B");
        Stage c = journeys.addStage(t, journey.id(), "C");

        journeys.moveStage(t, a.id(), -1); // already first: nothing changes
        assertThat(stageNames(t, journey.id())).containsExactly("A", "B", "C");
        journeys.moveStage(t, c.id(), 1); // already last
        assertThat(stageNames(t, journey.id())).containsExactly("A", "B", "C");
        journeys.moveStage(t, a.id(), 1);
        assertThat(stageNames(t, journey.id())).containsExactly("B", "A", "C");
        journeys.moveStage(t, c.id(), -1);
        assertThat(stageNames(t, journey.id())).containsExactly("B", "C", "A");
        journeys.moveStage(t, a.id(), -5); // clamped to the front
        assertThat(stageNames(t, journey.id())).containsExactly("A", "B", "C");
        assertThat(stagePositions(t, journey.id())).containsExactly(0, 1, 2);

        UUID owner = chain.kitchen().id();
        Touchpoint x = journeys.addTouchpoint(t, b.id(), "x", owner);
        Touchpoint y = journeys.addTouchpoint(t, b.id(), "y", owner);
        Touchpoint z = journeys.addTouchpoint(t, b.id(), "z", owner);
        journeys.moveTouchpoint(t, x.id(), -1);
        journeys.moveTouchpoint(t, z.id(), 1);
        assertThat(touchpointNames(t, journey.id(), 1)).containsExactly("x", "y", "z");
        journeys.moveTouchpoint(t, z.id(), -1);
        assertThat(touchpointNames(t, journey.id(), 1)).containsExactly("x", "z", "y");
        journeys.moveTouchpoint(t, x.id(), 1);
        assertThat(touchpointNames(t, journey.id(), 1)).containsExactly("z", "x", "y");
        assertThat(touchpointPositions(t, journey.id(), 1)).containsExactly(0, 1, 2);

        // to another stage: appended there, the old stage closes the gap
        Touchpoint moved = journeys.moveTouchpointToStage(t, x.id(), c.id());
        assertThat(moved.stageId()).isEqualTo(c.id());
        assertThat(moved.position()).isZero();
        assertThat(touchpointNames(t, journey.id(), 1)).containsExactly("z", "y");
        assertThat(touchpointPositions(t, journey.id(), 1)).containsExactly(0, 1);

        // a stage with touchpoints cannot go; deleting keeps the rest dense
        assertThatThrownBy(() -> journeys.deleteStage(t, b.id())).isInstanceOf(JourneyConflictException.class);
        journeys.deleteTouchpoint(t, z.id());
        assertThat(touchpointPositions(t, journey.id(), 1)).containsExactly(0);
        journeys.moveTouchpointToStage(t, y.id(), c.id());
        journeys.deleteStage(t, b.id());
        assertThat(stageNames(t, journey.id())).containsExactly("A", "C");
        assertThat(stagePositions(t, journey.id())).containsExactly(0, 1);
        assertThat(touchpointNames(t, journey.id(), 1)).containsExactly("x", "y");
    }

    @Test
    void updatesATouchpointInOneGoOrNotAtAll() {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey journey = journeys.createJourney(t, "Dining", null);
        Stage a = journeys.addStage(t, journey.id(), "A");
        Stage b = journeys.addStage(t, journey.id(), "B");
        Touchpoint tp = journeys.addTouchpoint(t, a.id(), "Order", chain.kitchen().id());

        assertThatThrownBy(() -> journeys.updateTouchpoint(t, tp.id(), "Renamed", UUID.randomUUID(), b.id()))
                .isInstanceOf(JourneyValidationException.class);
        assertThat(journeys.touchpoint(t, tp.id()).orElseThrow()).isEqualTo(tp);

        Touchpoint changed = journeys.updateTouchpoint(t, tp.id(), "Renamed", chain.operations().id(), b.id());
        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.ownerDepartmentId()).isEqualTo(chain.operations().id());
        assertThat(changed.stageId()).isEqualTo(b.id());
    }

    @Test
    void theOwnerMustBeADepartmentOfTheSameTenant() {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        UUID t = chain.tenant().id();
        Journey journey = journeys.createJourney(t, "Dining", null);
        Stage stage = journeys.addStage(t, journey.id(), "A");

        assertThatThrownBy(() -> journeys.addTouchpoint(t, stage.id(), "x", other.kitchen().id()))
                .isInstanceOfSatisfying(JourneyValidationException.class, e -> assertThat(e.problems())
                        .extracting(JourneyValidationException.FieldProblem::code)
                        .containsExactly("journey.error.ownerInvalid"));
        assertThatThrownBy(() -> journeys.addTouchpoint(t, stage.id(), " ", null))
                .isInstanceOfSatisfying(JourneyValidationException.class, e -> assertThat(e.problems())
                        .extracting(JourneyValidationException.FieldProblem::field)
                        .containsExactly("name", "ownerDepartmentId"));
        Touchpoint tp = journeys.addTouchpoint(t, stage.id(), "x", chain.kitchen().id());
        assertThatThrownBy(() -> journeys.changeOwner(t, tp.id(), other.operations().id()))
                .isInstanceOf(JourneyValidationException.class);
        assertThat(journeys.touchpoint(t, tp.id()).orElseThrow().ownerDepartmentId()).isEqualTo(chain.kitchen().id());
    }

    @Test
    void anotherTenantsIdsAreNotFound() {
        TestFixtures.Chain chain = fixtures.chain();
        TestFixtures.Chain other = fixtures.chain();
        UUID t = chain.tenant().id();
        UUID o = other.tenant().id();
        Journey journey = journeys.createJourney(t, "Dining", null);
        Stage stage = journeys.addStage(t, journey.id(), "A");
        Touchpoint tp = journeys.addTouchpoint(t, stage.id(), "x", chain.kitchen().id());

        assertThat(journeys.map(o, journey.id())).isEmpty();
        assertThat(journeys.find(o, journey.id())).isEmpty();
        assertThat(journeys.touchpoint(o, tp.id())).isEmpty();
        assertThat(journeys.all(o)).isEmpty();
        assertThat(journeys.touchpoints(o)).isEmpty();
        assertThatThrownBy(() -> journeys.addStage(o, journey.id(), "B")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.renameStage(o, stage.id(), "B")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.moveStage(o, stage.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.deleteStage(o, stage.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.addTouchpoint(o, stage.id(), "y", other.kitchen().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.moveTouchpoint(o, tp.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.deleteTouchpoint(o, tp.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> journeys.updateJourney(o, journey.id(), "Hacked", null))
                .isInstanceOf(NotFoundException.class);
        assertThat(journeys.map(t, journey.id()).orElseThrow().journey().name()).isEqualTo("Dining");
    }

    @Test
    void namesAreRequiredAndAtMost200Characters() {
        TestFixtures.Chain chain = fixtures.chain();
        UUID t = chain.tenant().id();
        assertThatThrownBy(() -> journeys.createJourney(t, "  ", null))
                .isInstanceOf(JourneyValidationException.class);
        assertThatThrownBy(() -> journeys.createJourney(t, "x".repeat(201), null))
                .isInstanceOfSatisfying(JourneyValidationException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("journey.error.tooLong"));
        assertThat(journeys.createJourney(t, "x".repeat(200), " ").description()).isNull();
    }

    private List<String> stageNames(UUID t, UUID journeyId) {
        return journeys.map(t, journeyId).orElseThrow().stages().stream().map(c -> c.stage().name()).toList();
    }

    private List<Integer> stagePositions(UUID t, UUID journeyId) {
        return journeys.map(t, journeyId).orElseThrow().stages().stream().map(c -> c.stage().position()).toList();
    }

    private List<String> touchpointNames(UUID t, UUID journeyId, int stageIndex) {
        return journeys.map(t, journeyId).orElseThrow().stages().get(stageIndex).touchpoints().stream()
                .map(card -> card.touchpoint().name()).toList();
    }

    private List<Integer> touchpointPositions(UUID t, UUID journeyId, int stageIndex) {
        return journeys.map(t, journeyId).orElseThrow().stages().get(stageIndex).touchpoints().stream()
                .map(card -> card.touchpoint().position()).toList();
    }
}
