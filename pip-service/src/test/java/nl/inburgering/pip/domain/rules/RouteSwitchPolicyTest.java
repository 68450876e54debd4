package nl.inburgering.pip.domain.rules;

import static nl.inburgering.contracts.vocabulary.Route.B1;
import static nl.inburgering.contracts.vocabulary.Route.EDUCATION;
import static nl.inburgering.pip.domain.rules.Violations.assertRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.inburgering.contracts.vocabulary.Route;

@DisplayName("RouteSwitchPolicy: once; B1 → Onderwijsroute within 18 months; Onderwijsroute → B1 any time (N16, §3.4, E3)")
class RouteSwitchPolicyTest {

    static final LocalDate TERM_START = LocalDate.of(2024, 3, 2);

    final RouteSwitchPolicy policy = new RouteSwitchPolicy();

    static Stream<Arguments> everySwitch() {
        return Stream.of(Route.values())
                .flatMap(from -> Stream.of(Route.values()).filter(to -> to != from).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everySwitch")
    @DisplayName("N16: the first switch is allowed, within the window where one applies")
    void firstSwitchIsAllowed_N16(Route from, Route to) {
        assertThat(policy.isAllowed(from, to, 0, TERM_START, TERM_START.plusMonths(6))).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everySwitch")
    @DisplayName("N16: a second switch is refused, whatever the routes")
    void secondSwitchIsRefused_N16(Route from, Route to) {
        assertRefusedBy(RuleCodes.ROUTE_SWITCH,
                () -> policy.requireAllowed(from, to, 1, TERM_START, TERM_START.plusMonths(1)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Route.class)
    @DisplayName("keeping the route is no switch: always allowed")
    void keepingTheRouteIsNoSwitch(Route route) {
        assertThatCode(() -> policy.requireAllowed(route, route, 5, TERM_START, TERM_START.plusYears(3)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "dated {0}: allowed = {1}")
    @CsvSource({
            "2024-03-01, true",   // before the term start (revision on the day of the initial PIP)
            "2024-03-02, true",   // term start
            "2025-09-01, true",   // last day of [term start, term start + 18 months)
            "2025-09-02, false",  // term start + 18 months: window end, exclusive
            "2026-03-02, false"})
    @DisplayName("N16: B1 → Onderwijsroute only within 18 months of the term start, end exclusive")
    void switchFromB1ToEducationAfter18MonthsIsRefused_N16(LocalDate dateOfIssue, boolean allowed) {
        assertThat(policy.b1ToEducationWindowEnd(TERM_START)).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(policy.isAllowed(B1, EDUCATION, 0, TERM_START, dateOfIssue)).isEqualTo(allowed);
        if (!allowed) {
            assertRefusedBy(RuleCodes.ROUTE_SWITCH, () -> policy.requireAllowed(B1, EDUCATION, 0, TERM_START, dateOfIssue));
        }
    }

    @Test
    @DisplayName("N16: month arithmetic at month end: 31 August + 18 months = 28 February")
    void windowEndAtMonthEnd_N16() {
        LocalDate termStart = LocalDate.of(2024, 8, 31);
        assertThat(policy.b1ToEducationWindowEnd(termStart)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(policy.isAllowed(B1, EDUCATION, 0, termStart, LocalDate.of(2026, 2, 27))).isTrue();
        assertThat(policy.isAllowed(B1, EDUCATION, 0, termStart, LocalDate.of(2026, 2, 28))).isFalse();
    }

    @Test
    @DisplayName("N16: Onderwijsroute → B1-route at any time, also after the term (extended or new term)")
    void switchFromEducationToB1IsAllowedAnyTime_N16() {
        assertThat(policy.isAllowed(EDUCATION, B1, 0, TERM_START, TERM_START.plusYears(4))).isTrue();
    }

    @Test
    @DisplayName("N16: without a term start the B1 → Onderwijsroute window has not begun, so it is open")
    void withoutATermStartTheWindowIsOpen_N16() {
        assertThat(policy.isAllowed(B1, EDUCATION, 0, null, TERM_START)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"B1, SELF_SUFFICIENCY", "SELF_SUFFICIENCY, B1", "EDUCATION, SELF_SUFFICIENCY", "SELF_SUFFICIENCY, EDUCATION"})
    @DisplayName("Z-route switches: allowed without time limit by default, refused when configured so ([?] not in the sources)")
    void zRouteSwitchesAreConfigurable(Route from, Route to) {
        assertThat(policy.isAllowed(from, to, 0, TERM_START, TERM_START.plusYears(2))).isTrue();
        RouteSwitchPolicy strict = new RouteSwitchPolicy(new RouteSwitchPolicy.Config(1, Period.ofMonths(18), false));
        assertRefusedBy(RuleCodes.ROUTE_SWITCH, () -> strict.requireAllowed(from, to, 0, TERM_START, TERM_START));
        assertThat(strict.isAllowed(B1, EDUCATION, 0, TERM_START, TERM_START)).isTrue();
    }

    @Test
    @DisplayName("the window and the number of switches are configurable")
    void windowAndCountAreConfigurable() {
        RouteSwitchPolicy custom = new RouteSwitchPolicy(new RouteSwitchPolicy.Config(2, Period.ofMonths(12), true));
        assertThat(custom.isAllowed(B1, EDUCATION, 1, TERM_START, TERM_START.plusMonths(12).minusDays(1))).isTrue();
        assertThat(custom.isAllowed(B1, EDUCATION, 1, TERM_START, TERM_START.plusMonths(12))).isFalse();
        assertThat(custom.isAllowed(EDUCATION, B1, 2, TERM_START, TERM_START)).isFalse();
    }

    @Test
    @DisplayName("defaults: once, 18 months, Z-route switches allowed")
    void defaults() {
        assertThat(RouteSwitchPolicy.Config.defaults())
                .isEqualTo(new RouteSwitchPolicy.Config(1, Period.ofMonths(18), true));
    }
}
