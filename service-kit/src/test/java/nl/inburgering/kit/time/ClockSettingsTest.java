package nl.inburgering.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 7 item 4: one clock and one zone; a movable "today" outside production only. */
class ClockSettingsTest {

    private static final String NL = "Europe/Amsterdam";

    @Test
    void todayIsADutchCalendarDayWhateverTheJvmZone() {
        // 23:30 UTC on 30 June is already 1 July in the Netherlands (CEST, UTC+2).
        Clock real = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        ServiceClock clock = ClockSettings.clock(false, NL, Optional.empty(), Optional.empty(), real);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of(NL));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void clockOffsetShiftsTodayInLocalAndTestProfiles() {
        Clock real = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
        ServiceClock clock = ClockSettings.clock(false, NL, Optional.of("P30D"), Optional.empty(), real);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(clock.realToday()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void fixedTodayStartsTheClockOnThatDate() {
        ServiceClock clock = ClockSettings.clock(false, NL, Optional.empty(), Optional.of("2027-03-01"),
                Clock.systemUTC());
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void testsMoveTheClockAndResetIt() {
        ServiceClock clock = ClockSettings.clock(false, NL, Optional.empty(), Optional.empty(), Clock.systemUTC());
        LocalDate today = clock.today();
        clock.shiftBy(Duration.ofDays(10));
        assertThat(clock.today()).isEqualTo(today.plusDays(10));
        clock.reset();
        assertThat(clock.today()).isEqualTo(today);
    }

    @Test
    void prodProfileRefusesAClockOffset() {
        assertThatThrownBy(() -> ClockSettings.clock(true, NL, Optional.of("P30D"), Optional.empty(),
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("prod profile");
    }

    @Test
    void prodProfileRefusesAFixedToday() {
        assertThatThrownBy(() -> ClockSettings.clock(true, NL, Optional.empty(), Optional.of("2027-03-01"),
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("prod profile");
    }

    @Test
    void theClockOfAProductionRunCannotBeMovedByCode() {
        ServiceClock clock = ClockSettings.clock(true, NL, Optional.empty(), Optional.empty(), Clock.systemUTC());
        assertThatThrownBy(() -> clock.shiftBy(Duration.ofDays(1))).isInstanceOf(IllegalStateException.class);
        assertThat(clock.today()).isEqualTo(clock.realToday());
    }

    @Test
    void prodProfileStartsWithTheRealClock() {
        ServiceClock clock = ClockSettings.clock(true, NL, Optional.of(""), Optional.empty(), Clock.systemUTC());
        assertThat(clock.today()).isEqualTo(LocalDate.now(ZoneId.of(NL)));
    }

    @Test
    void anUnreadableOffsetIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ClockSettings.clock(false, NL, Optional.of("30 days"), Optional.empty(),
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("ISO-8601");
    }

    @Test
    void offsetAndFixedTodayTogetherAreRefused() {
        assertThatThrownBy(() -> ClockSettings.clock(false, NL, Optional.of("P1D"), Optional.of("2027-03-01"),
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
    }
}
