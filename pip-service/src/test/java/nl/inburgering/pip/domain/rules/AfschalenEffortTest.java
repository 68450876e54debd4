package nl.inburgering.pip.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AfschalenEffort: afschalen after at least 600 hours of NT2 course warns, never refuses (N15)")
class AfschalenEffortTest {

    private static final LocalDate ISSUE = LocalDate.of(2026, 9, 1);
    private static final Set<ExamComponent> NONE = Set.of();
    private static final Set<ExamComponent> SPEAKING = Set.of(ExamComponent.SPEAKING);

    private final AfschalenEffort effort = new AfschalenEffort();

    private static HoursEntry course(int hours, LocalDate date) {
        return new HoursEntry(HoursKind.COURSE, date, hours);
    }

    @Test
    @DisplayName("N15: afschalen with 599 course hours gives the N15 warning, naming the hours and the minimum")
    void belowMinimumWarns_N15() {
        var warning = effort.check(NONE, SPEAKING, ISSUE, List.of(course(599, ISSUE)));
        assertThat(warning).hasValueSatisfying(w -> {
            assertThat(w.rule()).isEqualTo(RuleCodes.AFSCHALEN_COURSE_HOURS).isEqualTo("N15");
            assertThat(w.detail()).contains("599 hours").contains("at least 600 hours");
        });
    }

    @Test
    @DisplayName("N15: exactly 600 course hours up to the date of issue give no warning")
    void atMinimumNoWarning_N15() {
        assertThat(effort.check(NONE, SPEAKING, ISSUE, List.of(course(400, ISSUE.minusMonths(3)), course(200, ISSUE))))
                .isEmpty();
    }

    @Test
    @DisplayName("N15: course hours dated after the date of issue do not count")
    void laterHoursDoNotCount_N15() {
        assertThat(effort.check(NONE, SPEAKING, ISSUE, List.of(course(500, ISSUE), course(100, ISSUE.plusDays(1)))))
                .isPresent();
    }

    @Test
    @DisplayName("N15: participation and intake hours are not NT2 course hours")
    void otherKindsDoNotCount_N15() {
        assertThat(effort.check(NONE, SPEAKING, ISSUE, List.of(new HoursEntry(HoursKind.PARTICIPATION, ISSUE, 700),
                new HoursEntry(HoursKind.INTAKE_LANGUAGE, ISSUE, 700)))).isPresent();
    }

    @Test
    @DisplayName("N15: a revision that keeps the components already permitted at A2 warns no more")
    void keptAfschalenNoWarning_N15() {
        assertThat(effort.check(SPEAKING, SPEAKING, ISSUE, List.of())).isEmpty();
        assertThat(effort.check(Set.of(ExamComponent.SPEAKING, ExamComponent.WRITING), SPEAKING, ISSUE, List.of()))
                .isEmpty();
    }

    @Test
    @DisplayName("N15: a revision that adds a component at A2 is judged again")
    void addedComponentWarns_N15() {
        assertThat(effort.check(SPEAKING, Set.of(ExamComponent.SPEAKING, ExamComponent.WRITING), ISSUE, List.of()))
                .isPresent();
    }

    @Test
    @DisplayName("N15: no afschalen, no warning")
    void noAfschalenNoWarning_N15() {
        assertThat(effort.check(NONE, NONE, ISSUE, List.of())).isEmpty();
    }

    @Test
    @DisplayName("N15: the minimum is configurable; a negative one is refused")
    void configurableMinimum_N15() {
        assertThat(new AfschalenEffort(0).check(NONE, SPEAKING, ISSUE, List.of())).isEmpty();
        assertThat(new AfschalenEffort(800).check(NONE, SPEAKING, ISSUE, List.of(course(700, ISSUE)))).isPresent();
        assertThatThrownBy(() -> new AfschalenEffort(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
