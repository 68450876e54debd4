package nl.inburgering.exam.domain.rules;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * N7 and the seed ("If you fail an exam and have to take it again, the municipality will pay for the exam one
 * more time. After that, you have to pay for it yourself."): who pays an exam attempt.
 *
 * <ul>
 *   <li>A gezins- of overige migrant pays every attempt, unless they kept asylum rights ("Behoud asielrechten",
 *       E11): the rules are given the group whose <em>rights</em> apply on the registration day.</li>
 *   <li>For an asylum permit holder the municipality pays the first
 *       {@link ExamPolicyConfig#freeAttemptsPerComponent()} (2) attempts of each component — counted per
 *       component, like DUO's {@code gratisPogingenTegoed} per onderdeel …</li>
 *   <li>… but never a language exam below the level the current PIP requires for that component (N7, §3.1):
 *       B1 on the B1-route, A2 only for a component a later PIP permitted at A2 (afschalen, E4). After afschalen
 *       of SPEAKING, a READING exam at A2 is still below the plan and paid by the participant (issue 8 item 1).
 *       A2 attempts registered before the permission were paid by the participant and stay so (E4).</li>
 *   <li>KNM has no level, so a KNM attempt is never below the plan level.</li>
 * </ul>
 *
 * <p>Free attempts used = earlier attempts of the component that the municipality paid and that consumed an
 * attempt ({@link AttemptCounter}: an open registration holds one; an in-time cancellation or a not-culpable
 * no-result gives it back). Attempts the participant paid (below the plan level, or before becoming an asylum
 * permit holder) do not use up free attempts. The decision is taken once, at registration, from the facts of
 * that day (target group then, the level the current plan requires for the component, earlier attempts) and is not recomputed
 * when those facts change later.
 */
public final class FreeAttemptPolicy {

    private final int freeAttemptsPerComponent;
    private final AttemptCounter counter;
    private final ExamFee fee;

    public FreeAttemptPolicy(ExamPolicyConfig config) {
        this.freeAttemptsPerComponent = config.freeAttemptsPerComponent();
        this.counter = new AttemptCounter(config);
        this.fee = new ExamFee(config);
    }

    /**
     * Free attempts left for one component (DUO {@code gratisPogingenTegoed}): 0 for anyone who is not an asylum
     * permit holder; otherwise the configured number minus the municipality-paid attempts used, never below 0.
     *
     * @param targetGroup the target group in force now
     */
    public int freeAttemptsLeft(TargetGroup targetGroup, ExamComponent component, Collection<PriorAttempt> prior) {
        Objects.requireNonNull(targetGroup, "targetGroup");
        Objects.requireNonNull(component, "component");
        if (targetGroup != TargetGroup.ASYLUM_PERMIT_HOLDER) {
            return 0;
        }
        long usedFree = prior.stream()
                .filter(a -> a.component() == component)
                .filter(a -> a.payer() == Payer.MUNICIPALITY)
                .filter(counter::consumesAttempt)
                .count();
        return (int) Math.max(0, freeAttemptsPerComponent - usedFree);
    }

    /** {@link #freeAttemptsLeft(TargetGroup, ExamComponent, Collection)} for every component, like DUO's list. */
    public Map<ExamComponent, Integer> freeAttemptsLeft(TargetGroup targetGroup, Collection<PriorAttempt> prior) {
        Map<ExamComponent, Integer> left = new EnumMap<>(ExamComponent.class);
        for (ExamComponent c : ExamComponent.values()) {
            left.put(c, freeAttemptsLeft(targetGroup, c, prior));
        }
        return left;
    }

    /** Whether a language exam is below the level the current PIP requires for its component (N7, E4). */
    public static boolean isBelowPlanLevel(RegistrationFacts facts) {
        ExamCatalogue.requireValid(facts.component(), facts.level());
        return facts.component().isLanguage() && facts.requiredLevel() != null
                && !facts.level().atLeast(facts.requiredLevel());
    }

    /**
     * Decides payer, fee and attempt number for a new registration.
     *
     * @throws nl.inburgering.kit.problem.RuleViolationException rule {@code §4} if the component/level does not exist
     */
    public PaymentDecision decide(RegistrationFacts facts) {
        ExamCatalogue.requireValid(facts.component(), facts.level());
        int attemptNumber = counter.nextAttemptNumber(facts.component(), facts.priorAttempts());
        int left = freeAttemptsLeft(facts.targetGroup(), facts.component(), facts.priorAttempts());
        Payer payer;
        PaymentReason reason;
        if (facts.targetGroup() != TargetGroup.ASYLUM_PERMIT_HOLDER) {
            payer = Payer.PARTICIPANT;
            reason = PaymentReason.NOT_AN_ASYLUM_PERMIT_HOLDER;
        } else if (isBelowPlanLevel(facts)) {
            payer = Payer.PARTICIPANT;
            reason = PaymentReason.BELOW_PLAN_LEVEL;
        } else if (left > 0) {
            payer = Payer.MUNICIPALITY;
            reason = PaymentReason.FREE_ATTEMPT;
        } else {
            payer = Payer.PARTICIPANT;
            reason = PaymentReason.NO_FREE_ATTEMPTS_LEFT;
        }
        return new PaymentDecision(payer, fee.feeCents(payer), attemptNumber, left, reason);
    }
}
