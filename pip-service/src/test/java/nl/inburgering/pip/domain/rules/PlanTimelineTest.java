package nl.inburgering.pip.domain.rules;

import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

@DisplayName("PlanTimeline: history and current PIP derived from the stored versions (N2, N16, E1, E3, E4)")
class PlanTimelineTest {

    static final LocalDate D1 = LocalDate.of(2026, 2, 1);
    static final LocalDate D2 = LocalDate.of(2026, 6, 1);
    static final LocalDate D3 = LocalDate.of(2026, 9, 1);
    static final LocalDate D4 = LocalDate.of(2027, 1, 1);

    static RecordedPlan v(int version, boolean initial, boolean routeSwitch, LocalDate date, Route route,
            LanguageLevel level, ExamComponent... a2) {
        return new RecordedPlan(version, initial, routeSwitch, date, route, level, Set.of(a2));
    }

    @Test
    @DisplayName("no versions: no history, no current PIP, the next version is 1")
    void empty() {
        PlanTimeline timeline = new PlanTimeline(List.of());
        assertThat(timeline.isEmpty()).isTrue();
        assertThat(timeline.currentPlan()).isNull();
        assertThat(timeline.nextVersion()).isEqualTo(1);
        assertThat(timeline.history(null).noPipEver()).isTrue();
        assertThat(timeline.history(null).hasCurrentPlan()).isFalse();
    }

    @Test
    @DisplayName("N2, E1: the initial dagtekening stays apart from the current one; the term starts the day after it")
    void initialAndCurrentDatesStayApart_N2_E1() {
        PlanTimeline timeline = new PlanTimeline(List.of(
                v(2, false, false, D2, Route.B1, B1), v(1, true, false, D1, Route.B1, B1)));
        PlanHistory history = timeline.history(null);
        assertThat(history.initialDateOfIssue()).isEqualTo(D1);
        assertThat(history.currentDateOfIssue()).isEqualTo(D2);
        assertThat(history.termStart()).isEqualTo(D1.plusDays(1));
        assertThat(timeline.nextVersion()).isEqualTo(3);
        assertThat(timeline.current().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("SDI007: a term start set by deadline-service wins over the derived one")
    void termStartFromDeadlineServiceWins() {
        LocalDate start = D1.plusDays(3);
        assertThat(new PlanTimeline(List.of(v(1, true, false, D1, Route.B1, B1))).history(start).termStart())
                .isEqualTo(start);
    }

    @Test
    @DisplayName("N16: the switches made are the versions registered as a switch")
    void switchesAreCounted_N16() {
        PlanTimeline timeline = new PlanTimeline(List.of(v(1, true, false, D1, Route.B1, B1),
                v(2, false, true, D2, Route.EDUCATION, B1), v(3, false, false, D3, Route.EDUCATION, B1)));
        assertThat(timeline.history(null).routeSwitchesSoFar()).isEqualTo(1);
        assertThat(timeline.history(null).currentRoute()).isEqualTo(Route.EDUCATION);
    }

    @Test
    @DisplayName("E3: after a switch the route applies from the switching PIP's dagtekening")
    void routeSinceIsTheSwitchingPip_E3() {
        CurrentPlan plan = new PlanTimeline(List.of(v(1, true, false, D1, Route.B1, B1),
                v(2, false, true, D2, Route.EDUCATION, B1), v(3, false, false, D3, Route.EDUCATION, B1)))
                .currentPlan();
        assertThat(plan.version()).isEqualTo(3);
        assertThat(plan.route()).isEqualTo(Route.EDUCATION);
        assertThat(plan.routeSince()).isEqualTo(D2);
    }

    @Test
    @DisplayName("§3.2: raising the Onderwijsroute level B1 → B2 moves routeSince; the required level changed")
    void educationLevelChangeMovesRouteSince() {
        CurrentPlan plan = new PlanTimeline(List.of(v(1, true, false, D1, Route.EDUCATION, B1),
                v(2, false, false, D2, Route.EDUCATION, B2))).currentPlan();
        assertThat(plan.routeSince()).isEqualTo(D2);
        assertThat(plan.requiredLanguageLevel()).isEqualTo(B2);
    }

    @Test
    @DisplayName("E4: afschalen within the B1-route keeps routeSince; A2 counts from the PIP that first permitted it")
    void a2PermittedSinceTheFirstPipThatPermittedIt_E4() {
        CurrentPlan plan = new PlanTimeline(List.of(v(1, true, false, D1, Route.B1, B1),
                v(2, false, false, D2, Route.B1, A2, SPEAKING),
                v(3, false, false, D3, Route.B1, A2, SPEAKING, WRITING))).currentPlan();
        assertThat(plan.routeSince()).isEqualTo(D1);
        assertThat(plan.a2PermittedSince()).containsEntry(SPEAKING, D2).containsEntry(WRITING, D3).hasSize(2);
    }

    @Test
    @DisplayName("E4: a permission withdrawn and given again counts from the PIP that gave it again")
    void a2PermissionWithABreakCountsFromTheLaterPip_E4() {
        CurrentPlan plan = new PlanTimeline(List.of(v(1, true, false, D1, Route.B1, B1),
                v(2, false, false, D2, Route.B1, A2, SPEAKING), v(3, false, false, D3, Route.B1, B1),
                v(4, false, false, D4, Route.B1, A2, SPEAKING))).currentPlan();
        assertThat(plan.a2PermittedSince()).containsEntry(SPEAKING, D4);
    }

    @Test
    @DisplayName("Z-route: no level, no A2 permissions, routeSince its first PIP")
    void zRoute() {
        CurrentPlan plan = new PlanTimeline(List.of(v(1, true, false, D1, Route.SELF_SUFFICIENCY, null)))
                .currentPlan();
        assertThat(plan.route()).isEqualTo(Route.SELF_SUFFICIENCY);
        assertThat(plan.level()).isNull();
        assertThat(plan.routeSince()).isEqualTo(D1);
        assertThat(plan.a2PermittedSince()).isEmpty();
    }

    @Test
    @DisplayName("versions are unique")
    void duplicateVersionsAreRefused() {
        assertThatThrownBy(() -> new PlanTimeline(List.of(v(1, true, false, D1, Route.B1, B1),
                v(1, true, false, D2, Route.B1, B1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
