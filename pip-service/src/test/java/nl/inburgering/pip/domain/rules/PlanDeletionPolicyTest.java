package nl.inburgering.pip.domain.rules;

import static nl.inburgering.pip.domain.rules.Violations.assertRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.inburgering.contracts.vocabulary.Route;

@DisplayName("PlanDeletionPolicy: a PIP can be deleted only while no term has started and no hours are registered (DUO-PIP-7, N2)")
class PlanDeletionPolicyTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
    static final PlanHistory ONE_PIP = PlanHistory.initial(ISSUED, Route.B1);

    @ParameterizedTest(name = "today {0}: deletable = {1}")
    @CsvSource({
            "2024-02-20, true",   // dated in the future
            "2024-03-01, true",   // on the dagtekening: the term starts tomorrow
            "2024-03-02, false",  // term start (N2: the day after the dagtekening)
            "2025-01-01, false"})
    @DisplayName("DUO-PIP-7: deletable up to and including the dagtekening, not from the term start")
    void pipCanBeDeletedOnlyBeforeTheTermStarts_DUO_PIP_N2(LocalDate today, boolean deletable) {
        assertThat(PlanDeletionPolicy.mayDelete(ONE_PIP, false, today)).isEqualTo(deletable);
        if (deletable) {
            assertThatCode(() -> PlanDeletionPolicy.requireDeletable(ONE_PIP, false, today)).doesNotThrowAnyException();
        } else {
            assertRefusedBy(RuleCodes.DELETE_ONLY_BEFORE_TERM_START,
                    () -> PlanDeletionPolicy.requireDeletable(ONE_PIP, false, today));
        }
    }

    @Test
    @DisplayName("DUO-PIP-7: not deletable once course hours are registered, even before the term starts")
    void pipWithRegisteredHoursCannotBeDeleted_DUO_PIP() {
        assertThat(PlanDeletionPolicy.mayDelete(ONE_PIP, true, ISSUED)).isFalse();
        assertRefusedBy(RuleCodes.DELETE_ONLY_BEFORE_TERM_START,
                () -> PlanDeletionPolicy.requireDeletable(ONE_PIP, true, ISSUED));
    }

    @Test
    @DisplayName("DUO-PIP-7: the term start DUO set counts over the derived one")
    void termStartSetByDuoCounts_DUO_PIP() {
        PlanHistory duoTerm = new PlanHistory(ISSUED, ISSUED, Route.B1, 0, ISSUED.plusDays(10));
        assertThat(PlanDeletionPolicy.mayDelete(duoTerm, false, ISSUED.plusDays(9))).isTrue();
        assertThat(PlanDeletionPolicy.mayDelete(duoTerm, false, ISSUED.plusDays(10))).isFalse();
    }

    @Test
    @DisplayName("a revision does not move the term start (N2): the revised PIP cannot be deleted after it")
    void revisedPipFollowsTheInitialTermStart_N2() {
        PlanHistory revised = new PlanHistory(ISSUED, ISSUED.plusMonths(6), Route.EDUCATION, 1, null);
        assertThat(PlanDeletionPolicy.mayDelete(revised, false, ISSUED.plusMonths(6))).isFalse();
    }

    @Test
    @DisplayName("no current PIP: nothing to delete (a 404, not a rule)")
    void nothingToDelete() {
        assertThat(PlanDeletionPolicy.mayDelete(PlanHistory.none(), false, ISSUED)).isFalse();
        assertThatThrownBy(() -> PlanDeletionPolicy.requireDeletable(PlanHistory.none(), false, ISSUED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
