package nl.inburgering.exam.domain.rules;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.SPEAKING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.ExamOutcome.FAILED;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.A2;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B2;
import static nl.inburgering.contracts.vocabulary.Payer.MUNICIPALITY;
import static nl.inburgering.contracts.vocabulary.Payer.PARTICIPANT;
import static nl.inburgering.contracts.vocabulary.TargetGroup.ASYLUM_PERMIT_HOLDER;
import static nl.inburgering.contracts.vocabulary.TargetGroup.FAMILY_OR_OTHER_MIGRANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.participants.TargetGroupHistory;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * N7 ("the first 2 attempts of each exam … not for an exam taken at a level below the level in the PIP";
 * asielstatushouders only), the seed ("the municipality will pay for the exam one more time. After that, you
 * have to pay for it yourself"), §3.1, §11 E4 (A2 attempts before afschalen are not free) and E11/SS124
 * (target-group change). DUO Examen API gratisPogingenTegoed per onderdeel.
 */
class FreeAttemptPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private final FreeAttemptPolicy policy = new FreeAttemptPolicy(ExamPolicyConfig.defaults());

    private static RegistrationFacts asylum(ExamComponent c, LanguageLevel level, LanguageLevel plan,
                                            List<PriorAttempt> prior) {
        return new RegistrationFacts(c, level, ASYLUM_PERMIT_HOLDER, plan, prior);
    }

    /**
     * The level a B1-route PIP with {@code a2} permitted requires for {@code c}, as plan.established carries it
     * (pip publishes such a PIP with DUO's level A2, the minimum: issue 8 item 1).
     */
    private static LanguageLevel afgeschaald(ExamComponent c, Set<ExamComponent> a2) {
        return PlanEstablished.deriveRequiredLevels(Route.B1, A2, a2).get(c);
    }

    private static PriorAttempt failed(ExamComponent c, LanguageLevel level, Payer payer) {
        return PriorAttempt.result(c, level, DAY, payer, FAILED);
    }

    private static List<PriorAttempt> failures(ExamComponent c, LanguageLevel level, Payer payer, int n) {
        return Collections.nCopies(n, failed(c, level, payer));
    }

    @ParameterizedTest(name = "{0}: attempt {1} is paid by the municipality")
    @CsvSource(nullValues = "none", value = {
            "READING,   B1,   1",
            "READING,   B1,   2",
            "LISTENING, B1,   1",
            "LISTENING, B1,   2",
            "WRITING,   B1,   2",
            "SPEAKING,  B1,   2",
            "KNM,       none, 1",
            "KNM,       none, 2",
    })
    void firstAndSecondAttemptOfAComponentArePaidByTheMunicipality_N7(ExamComponent c, LanguageLevel level,
                                                                      int attempt) {
        PaymentDecision d = policy.decide(asylum(c, level, B1, failures(c, level, MUNICIPALITY, attempt - 1)));
        assertThat(d.payer()).isEqualTo(MUNICIPALITY);
        assertThat(d.reason()).isEqualTo(PaymentReason.FREE_ATTEMPT);
        assertThat(d.attemptNumber()).isEqualTo(attempt);
        assertThat(d.freeAttemptsLeft()).isEqualTo(3 - attempt);
        assertThat(d.freeAttemptsLeftAfter()).isEqualTo(2 - attempt);
        assertThat(d.feeCents()).isEqualTo(5000);
    }

    @ParameterizedTest(name = "attempt {0} is paid by the participant")
    @ValueSource(ints = {3, 4, 7})
    void thirdAttemptIsPaidByTheParticipant_N7_seed(int attempt) {
        List<PriorAttempt> prior = new ArrayList<>(failures(READING, B1, MUNICIPALITY, 2));
        prior.addAll(failures(READING, B1, PARTICIPANT, attempt - 3));
        PaymentDecision d = policy.decide(asylum(READING, B1, B1, prior));
        assertThat(d.payer()).isEqualTo(PARTICIPANT);
        assertThat(d.reason()).isEqualTo(PaymentReason.NO_FREE_ATTEMPTS_LEFT);
        assertThat(d.attemptNumber()).isEqualTo(attempt);
        assertThat(d.freeAttemptsLeft()).isZero();
        assertThat(d.freeAttemptsLeftAfter()).isZero();
        assertThat(d.feeCents()).isEqualTo(5000);
    }

    @Test
    void componentsAreCountedSeparately_N7() {
        List<PriorAttempt> prior = List.of(failed(READING, B1, MUNICIPALITY), failed(READING, B1, MUNICIPALITY));
        assertThat(policy.decide(asylum(READING, B1, B1, prior)).payer()).isEqualTo(PARTICIPANT);
        PaymentDecision writing = policy.decide(asylum(WRITING, B1, B1, prior));
        assertThat(writing.payer()).isEqualTo(MUNICIPALITY);
        assertThat(writing.attemptNumber()).isEqualTo(1);
        assertThat(policy.decide(asylum(KNM, null, B1, prior)).payer()).isEqualTo(MUNICIPALITY);
    }

    @Test
    void a2ExamBelowAB1PlanIsNotFree_N7() {
        PaymentDecision d = policy.decide(asylum(READING, A2, B1, List.of()));
        assertThat(d.payer()).isEqualTo(PARTICIPANT);
        assertThat(d.reason()).isEqualTo(PaymentReason.BELOW_PLAN_LEVEL);
        assertThat(d.reason().rule()).isEqualTo("N7");
        assertThat(d.freeAttemptsLeft()).isEqualTo(2);
        assertThat(d.freeAttemptsLeftAfter()).isEqualTo(2);
    }

    @Test
    void paidAttemptsBelowThePlanLevelDoNotUseUpFreeAttempts_N7() {
        List<PriorAttempt> prior = failures(READING, A2, PARTICIPANT, 2);
        PaymentDecision b1 = policy.decide(asylum(READING, B1, B1, prior));
        assertThat(b1.payer()).isEqualTo(MUNICIPALITY);
        assertThat(b1.attemptNumber()).isEqualTo(3);
        assertThat(b1.freeAttemptsLeft()).isEqualTo(2);
        assertThat(policy.freeAttemptsLeft(ASYLUM_PERMIT_HOLDER, READING, prior)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} with a {1} plan: {2}")
    @CsvSource({
            "B2, B1, MUNICIPALITY",   // above the plan level
            "B1, B1, MUNICIPALITY",   // at the plan level
            "B1, B2, PARTICIPANT",    // onderwijsroute at B2: B1 is below
            "A2, B2, PARTICIPANT",
            "A2, A2, MUNICIPALITY",   // a plan at A2 (e.g. a Z-route taking the optional A2 exams)
            "A2, A1, MUNICIPALITY",
    })
    void anExamBelowThePlanLevelIsNeverFree_N7(LanguageLevel level, LanguageLevel plan, Payer payer) {
        assertThat(policy.decide(asylum(SPEAKING, level, plan, List.of())).payer()).isEqualTo(payer);
    }

    @Test
    void withoutAKnownPlanLevelNoExamIsBelowIt_N7() {
        assertThat(policy.decide(asylum(SPEAKING, A2, null, List.of())).payer()).isEqualTo(MUNICIPALITY);
    }

    @ParameterizedTest
    @EnumSource(LanguageLevel.class)
    void knmHasNoLevelSoItIsNeverBelowThePlan_N7(LanguageLevel plan) {
        PaymentDecision d = policy.decide(asylum(KNM, null, plan, List.of()));
        assertThat(d.payer()).isEqualTo(MUNICIPALITY);
        assertThat(d.reason()).isEqualTo(PaymentReason.FREE_ATTEMPT);
    }

    @Test
    void a2ExamIsFreeWhenALaterPipPermittedA2ForThatComponent_E4() {
        // Two A2 attempts of Speaking taken BEFORE the permission: paid by the participant, so not free (E4) ...
        List<PriorAttempt> beforePermission = failures(SPEAKING, A2, PARTICIPANT, 2);
        assertThat(policy.decide(asylum(SPEAKING, A2, B1, List.of())).payer()).isEqualTo(PARTICIPANT);
        // ... then a later PIP permits Speaking at A2: the next A2 attempts are free, and the earlier paid ones
        // have not used up the free attempts.
        RegistrationFacts after = new RegistrationFacts(SPEAKING, A2, ASYLUM_PERMIT_HOLDER, 
                afgeschaald(SPEAKING, Set.of(SPEAKING)),
                beforePermission);
        PaymentDecision d = policy.decide(after);
        assertThat(d.payer()).isEqualTo(MUNICIPALITY);
        assertThat(d.attemptNumber()).isEqualTo(3);
        assertThat(d.freeAttemptsLeft()).isEqualTo(2);
    }

    @Test
    void afterAfschalenOfSpeakingReadingAtA2IsStillBelowThePlan_N7_E4_issue8item1() {
        // Asylum permit holder, B1-route PIP v2 with only SPEAKING at A2: DUO's PIP level is A2, yet READING is
        // required at B1, so a READING exam at A2 is paid by the participant; at B1 it is free.
        assertThat(policy.decide(asylum(READING, A2, afgeschaald(READING, Set.of(SPEAKING)), List.of())).payer())
                .isEqualTo(PARTICIPANT);
        assertThat(policy.decide(asylum(READING, B1, afgeschaald(READING, Set.of(SPEAKING)), List.of())).payer())
                .isEqualTo(MUNICIPALITY);
        assertThat(policy.decide(asylum(SPEAKING, B1, afgeschaald(SPEAKING, Set.of(SPEAKING)), List.of())).payer())
                .isEqualTo(MUNICIPALITY);
    }

    @Test
    void anA2PermissionCoversOnlyItsOwnComponent_E4() {
        RegistrationFacts reading = new RegistrationFacts(READING, A2, ASYLUM_PERMIT_HOLDER, 
                afgeschaald(READING, Set.of(SPEAKING)),
                List.of());
        assertThat(policy.decide(reading).payer()).isEqualTo(PARTICIPANT);
        assertThat(policy.decide(reading).reason()).isEqualTo(PaymentReason.BELOW_PLAN_LEVEL);
    }

    @Test
    void freeAttemptsUsedAtB1CountForTheSameComponentAtA2_N7() {
        // The free attempts are per component (gratisPogingenTegoed per onderdeel), not per level.
        RegistrationFacts facts = new RegistrationFacts(SPEAKING, A2, ASYLUM_PERMIT_HOLDER, 
                afgeschaald(SPEAKING, Set.of(SPEAKING)),
                failures(SPEAKING, B1, MUNICIPALITY, 2));
        assertThat(policy.decide(facts).payer()).isEqualTo(PARTICIPANT);
        assertThat(policy.decide(facts).reason()).isEqualTo(PaymentReason.NO_FREE_ATTEMPTS_LEFT);
    }

    @ParameterizedTest(name = "attempt {0}")
    @ValueSource(ints = {1, 2, 3})
    void familyMigrantPaysEveryAttempt_N7(int attempt) {
        RegistrationFacts facts = new RegistrationFacts(READING, B1, FAMILY_OR_OTHER_MIGRANT, B1,
                failures(READING, B1, PARTICIPANT, attempt - 1));
        PaymentDecision d = policy.decide(facts);
        assertThat(d.payer()).isEqualTo(PARTICIPANT);
        assertThat(d.reason()).isEqualTo(PaymentReason.NOT_AN_ASYLUM_PERMIT_HOLDER);
        assertThat(d.attemptNumber()).isEqualTo(attempt);
        assertThat(d.freeAttemptsLeft()).isZero();
        assertThat(d.feeCents()).isEqualTo(5000);
        assertThat(policy.freeAttemptsLeft(FAMILY_OR_OTHER_MIGRANT, READING, List.of())).isZero();
    }

    @Test
    void targetGroupChangeAppliesToAttemptsRegisteredAfterIt_SS124() {
        LocalDate change = LocalDate.of(2026, 4, 1);
        TargetGroupHistory history = TargetGroupHistory.of(ASYLUM_PERMIT_HOLDER)
                .withChange(change, FAMILY_OR_OTHER_MIGRANT);

        // Registered the day before the change: still an asylum permit holder, free.
        PaymentDecision before = policy.decide(new RegistrationFacts(READING, B1,
                history.on(change.minusDays(1)), B1, List.of()));
        assertThat(before.payer()).isEqualTo(MUNICIPALITY);

        // That registration keeps its payer (it is stored, not recomputed); anything registered on or after the
        // change is paid by the participant, even a component with untouched free attempts.
        List<PriorAttempt> prior = List.of(PriorAttempt.registered(READING, B1, change.plusDays(20), before.payer()));
        for (ExamComponent c : List.of(READING, WRITING)) {
            PaymentDecision after = policy.decide(new RegistrationFacts(c, B1, history.on(change), B1,
                    prior));
            assertThat(after.payer()).isEqualTo(PARTICIPANT);
            assertThat(after.reason()).isEqualTo(PaymentReason.NOT_AN_ASYLUM_PERMIT_HOLDER);
        }
        assertThat(policy.decide(new RegistrationFacts(READING, B1, history.on(change), B1, prior))
                .attemptNumber()).isEqualTo(2);
    }

    @Test
    void becomingAnAsylumPermitHolderGivesFreeAttemptsFromThen_SS125() {
        LocalDate change = LocalDate.of(2026, 4, 1);
        TargetGroupHistory history = TargetGroupHistory.of(FAMILY_OR_OTHER_MIGRANT)
                .withChange(change, ASYLUM_PERMIT_HOLDER);
        List<PriorAttempt> paidBefore = failures(READING, B1, PARTICIPANT, 2);
        PaymentDecision d = policy.decide(new RegistrationFacts(READING, B1, history.on(change), B1,
                paidBefore));
        assertThat(d.payer()).isEqualTo(MUNICIPALITY);
        assertThat(d.attemptNumber()).isEqualTo(3);
    }

    @Test
    void aCancellationInTimeGivesTheFreeAttemptBackALateOneDoesNot_E19() {
        List<PriorAttempt> inTime = List.of(
                PriorAttempt.cancelledInTime(READING, B1, DAY, MUNICIPALITY), failed(READING, B1, MUNICIPALITY));
        PaymentDecision d = policy.decide(asylum(READING, B1, B1, inTime));
        assertThat(d.payer()).isEqualTo(MUNICIPALITY);
        assertThat(d.attemptNumber()).isEqualTo(2);

        List<PriorAttempt> late = List.of(
                PriorAttempt.cancelledLate(READING, B1, DAY, MUNICIPALITY), failed(READING, B1, MUNICIPALITY));
        assertThat(policy.decide(asylum(READING, B1, B1, late)).payer()).isEqualTo(PARTICIPANT);
    }

    @Test
    void openRegistrationsHoldTheirFreeAttempts_N7() {
        List<PriorAttempt> open = List.of(PriorAttempt.registered(READING, B1, DAY, MUNICIPALITY),
                PriorAttempt.registered(READING, B1, DAY.plusDays(30), MUNICIPALITY));
        assertThat(policy.decide(asylum(READING, B1, B1, open)).payer()).isEqualTo(PARTICIPANT);
    }

    @ParameterizedTest(name = "no result ({0}) gives the free attempt back: {1}")
    @CsvSource({
            "NOT_CULPABLE, true",
            "CULPABLE,     false",
            "ABSENT,       false",
            "WITHDRAWN,    false",
    })
    void aNoResultUsesUpAFreeAttemptUnlessNotCulpable_E23(NoResultReason reason, boolean givenBack) {
        List<PriorAttempt> prior = List.of(failed(READING, B1, MUNICIPALITY),
                PriorAttempt.noResult(READING, B1, DAY, MUNICIPALITY, reason));
        assertThat(policy.decide(asylum(READING, B1, B1, prior)).payer())
                .isEqualTo(givenBack ? MUNICIPALITY : PARTICIPANT);
    }

    @Test
    void freeAttemptsLeftPerComponentLikeDuoGratisPogingenTegoed_N7() {
        List<PriorAttempt> prior = List.of(failed(READING, B1, MUNICIPALITY), failed(READING, B1, MUNICIPALITY),
                failed(READING, B1, PARTICIPANT), failed(KNM, null, MUNICIPALITY));
        Map<ExamComponent, Integer> left = policy.freeAttemptsLeft(ASYLUM_PERMIT_HOLDER, prior);
        assertThat(left).containsExactlyInAnyOrderEntriesOf(Map.of(
                READING, 0, ExamComponent.LISTENING, 2, WRITING, 2, SPEAKING, 2, KNM, 1));
        assertThat(policy.freeAttemptsLeft(FAMILY_OR_OTHER_MIGRANT, prior)).allSatisfy((c, n) -> assertThat(n).isZero());
    }

    @Test
    void freeAttemptsLeftIsNeverBelowZero_N7() {
        FreeAttemptPolicy one = new FreeAttemptPolicy(ExamPolicyConfig.defaults().withFreeAttemptsPerComponent(1));
        assertThat(one.freeAttemptsLeft(ASYLUM_PERMIT_HOLDER, READING, failures(READING, B1, MUNICIPALITY, 2)))
                .isZero();
    }

    @Test
    void theNumberOfFreeAttemptsIsConfigurable_N7() {
        FreeAttemptPolicy three = new FreeAttemptPolicy(ExamPolicyConfig.defaults().withFreeAttemptsPerComponent(3));
        assertThat(three.decide(asylum(READING, B1, B1, failures(READING, B1, MUNICIPALITY, 2))).payer())
                .isEqualTo(MUNICIPALITY);
        assertThat(three.decide(asylum(READING, B1, B1, failures(READING, B1, MUNICIPALITY, 3))).payer())
                .isEqualTo(PARTICIPANT);
    }

    @Test
    void anExamThatDoesNotExistIsRefused_section4() {
        assertThatThrownBy(() -> policy.decide(asylum(KNM, B1, B1, List.of())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("§4"));
        assertThatThrownBy(() -> policy.decide(asylum(READING, LanguageLevel.A1, B1, List.of())))
                .isInstanceOf(RuleViolationException.class);
    }

    @ParameterizedTest
    @EnumSource(TargetGroup.class)
    void theFeeIsTheSameWhoeverPays_N6(TargetGroup group) {
        ExamPolicyConfig config = ExamPolicyConfig.defaults().withFeeCents(6500);
        PaymentDecision d = new FreeAttemptPolicy(config).decide(
                new RegistrationFacts(READING, B2, group, B1, List.of()));
        assertThat(d.feeCents()).isEqualTo(6500);
    }
}
