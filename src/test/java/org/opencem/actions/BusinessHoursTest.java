package org.opencem.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Due times counted in working hours: evenings, nights, weekends and holidays do not count. */
class BusinessHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessHours weekdays = new BusinessHours(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

    // 2026-11-20 is a Friday, 2026-11-23 a Monday.

    @Test
    void withinTheSameWorkingDay() {
        assertThat(weekdays.plus(at("2026-11-18T10:00"), 120)).isEqualTo(at("2026-11-18T12:00"));
    }

    @Test
    void anEveningCaseStartsTheNextMorning() {
        assertThat(weekdays.plus(at("2026-11-18T20:30"), 60)).isEqualTo(at("2026-11-19T10:00"));
    }

    @Test
    void anEarlyMorningCaseStartsAtOpening() {
        assertThat(weekdays.plus(at("2026-11-18T06:00"), 30)).isEqualTo(at("2026-11-18T09:30"));
    }

    @Test
    void whatIsLeftAtClosingCarriesOverTheWeekend() {
        // Friday 17:00 + 4 h: 1 h on Friday, 3 h on Monday
        assertThat(weekdays.plus(at("2026-11-20T17:00"), 240)).isEqualTo(at("2026-11-23T12:00"));
    }

    @Test
    void aSaturdayCaseWaitsForMonday() {
        assertThat(weekdays.plus(at("2026-11-21T11:00"), 90)).isEqualTo(at("2026-11-23T10:30"));
    }

    @Test
    void severalWorkingDays() {
        // 27 h = three 9-hour days: Wednesday 14:00 → Monday 14:00
        assertThat(weekdays.plus(at("2026-11-18T14:00"), 27 * 60)).isEqualTo(at("2026-11-23T14:00"));
    }

    @Test
    void exactlyAtClosingIsStillThatDay() {
        assertThat(weekdays.plus(at("2026-11-18T17:00"), 60)).isEqualTo(at("2026-11-18T18:00"));
    }

    @Test
    void holidaysAreSkipped() {
        BusinessHours withHoliday = new BusinessHours(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.parse("2026-11-23")));
        assertThat(withHoliday.plus(at("2026-11-20T17:00"), 240)).isEqualTo(at("2026-11-24T12:00"));
    }

    @Test
    void theTenantsTimeZoneDecidesWhatEveningIs() {
        // 12:00 UTC is 20:00 in Shanghai: closed there, so the clock starts at 09:00 Shanghai the next day
        Instant noonUtc = Instant.parse("2026-11-18T12:00:00Z");
        assertThat(weekdays.plus(noonUtc, 60)).isEqualTo(at("2026-11-19T10:00"));
        BusinessHours london = new BusinessHours(ZoneId.of("Europe/London"), LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        assertThat(london.plus(noonUtc, 60)).isEqualTo(Instant.parse("2026-11-18T13:00:00Z"));
    }

    @Test
    void hoursMustOpenBeforeTheyClose() {
        assertThatThrownBy(() -> new BusinessHours(SHANGHAI, LocalTime.of(18, 0), LocalTime.of(9, 0),
                EnumSet.allOf(DayOfWeek.class), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
    }
}
