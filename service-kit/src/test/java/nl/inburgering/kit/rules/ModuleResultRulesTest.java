package nl.inburgering.kit.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.inburgering.kit.participants.KnownParticipant.Term;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.kit.rules.ModuleResultRules.Facts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ModuleResultRules: DUO SDI016 date and verwijtbaar rules for the MAP final interview and the PVT signing")
class ModuleResultRulesTest {

    private static final ModuleResultRules MAP = new ModuleResultRules("DUO-MAP", "the final interview");
    /** Term from 2026-02-02 up to and including 2029-02-01. */
    private static final Term TERM = new Term(LocalDate.of(2026, 2, 2), LocalDate.of(2029, 2, 2));
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private static void refused(String code, Facts f) {
        assertThatThrownBy(() -> MAP.requireValid(f)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(code));
    }

    private static void accepted(Facts f) {
        assertThatCode(() -> MAP.requireValid(f)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("SDI016: a date inside the term, not in the future, without verwijtbaar, is accepted")
    void aDateInsideTheTermIsAccepted() {
        accepted(new Facts(TODAY, null, TODAY, true, TERM, null));
        accepted(new Facts(TERM.start(), null, TODAY, true, TERM, null));
    }

    @Test
    @DisplayName("SDI016 (DUO-MAP-1): a current PIP is required")
    void aCurrentPipIsRequired() {
        refused("DUO-MAP-1", new Facts(TODAY, null, TODAY, false, TERM, null));
    }

    @Test
    @DisplayName("SDI016 (DUO-MAP-2): the date may not lie in the future; today is allowed")
    void theDateMayNotLieInTheFuture() {
        refused("DUO-MAP-2", new Facts(TODAY.plusDays(1), null, TODAY, true, TERM, null));
        accepted(new Facts(TODAY, null, TODAY, true, TERM, null));
    }

    @Test
    @DisplayName("SDI016: without the term the answer names the missing fact, never a guess")
    void aMissingTermIsNamed() {
        refused(ModuleResultRules.TERM_NOT_YET_KNOWN, new Facts(TODAY, null, TODAY, true, null, null));
    }

    @Test
    @DisplayName("SDI016 (DUO-MAP-3): the date may not lie before the start of the term")
    void theDateMayNotLieBeforeTheTermStart() {
        refused("DUO-MAP-3", new Facts(TERM.start().minusDays(1), null, TODAY, true, TERM, null));
    }

    @Test
    @DisplayName("SDI016, §3.3 (DUO-MAP-4): the date may not lie after the Z-route completion date; the same day is allowed")
    void theDateMayNotLieAfterTheZRouteCompletion() {
        LocalDate zroute = LocalDate.of(2026, 8, 1);
        refused("DUO-MAP-4", new Facts(zroute.plusDays(1), null, TODAY, true, TERM, zroute));
        accepted(new Facts(zroute, null, TODAY, true, TERM, zroute));
    }

    @ParameterizedTest(name = "today {0}: verwijtbaar NO {1}")
    @CsvSource({
            "2028-12-01, refused",   // the end (2029-02-02) is more than 2 months away
            "2028-12-02, accepted",  // exactly 2 months before the exclusive end
            "2029-02-01, accepted",  // last day of the term
            "2029-06-01, accepted"   // after the term: not culpable is still a possible finding
    })
    @DisplayName("SDI016 (DUO-MAP-5): culpableNoOnlyWhenTheTermEndsWithinTwoMonths")
    void culpableNoOnlyWhenTheTermEndsWithinTwoMonths(LocalDate today, String expected) {
        Facts f = new Facts(TODAY, Culpability.NO, today, true, TERM, null);
        if (expected.equals("accepted")) {
            accepted(f);
        } else {
            refused("DUO-MAP-5", f);
        }
    }

    @ParameterizedTest(name = "today {0}: verwijtbaar YES {1}")
    @CsvSource({
            "2028-12-02, refused",
            "2029-02-01, refused",   // last day of the term: not exceeded yet
            "2029-02-02, accepted",  // first day after the term
            "2030-01-01, accepted"
    })
    @DisplayName("SDI016 (DUO-MAP-6): culpableYesOnlyWhenTheTermHasBeenExceeded")
    void culpableYesOnlyWhenTheTermHasBeenExceeded(LocalDate today, String expected) {
        Facts f = new Facts(TODAY, Culpability.YES, today, true, TERM, null);
        if (expected.equals("accepted")) {
            accepted(f);
        } else {
            refused("DUO-MAP-6", f);
        }
    }

    @Test
    @DisplayName("SDI016: the codes carry the service's prefix (the PVT shares the rules)")
    void theCodesCarryThePrefix() {
        ModuleResultRules pvt = new ModuleResultRules("DUO-PVT", "the signing");
        assertThatThrownBy(() -> pvt.requireValid(new Facts(TODAY.plusDays(1), null, TODAY, true, TERM, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo("DUO-PVT-2"));
    }

    @Test
    @DisplayName("N3: the term's last day is the day before its exclusive end")
    void theTermsLastDay() {
        org.assertj.core.api.Assertions.assertThat(TERM.lastDay()).isEqualTo(LocalDate.of(2029, 2, 1));
        org.assertj.core.api.Assertions.assertThat(TERM.exceededOn(LocalDate.of(2029, 2, 1))).isFalse();
        org.assertj.core.api.Assertions.assertThat(TERM.exceededOn(LocalDate.of(2029, 2, 2))).isTrue();
    }
}
