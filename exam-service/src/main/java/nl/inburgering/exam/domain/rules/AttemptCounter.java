package nl.inburgering.exam.domain.rules;

import java.util.Collection;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;

/**
 * Counts exam attempts per participant and component (N7: free attempts are "per exam"; §4: each component is
 * examined and recorded on its own). The caller passes one participant's earlier registrations; other
 * components in the list are ignored.
 *
 * <p>What is an attempt:
 * <ul>
 *   <li>a live registration ({@link AttemptStatus#REGISTERED}) — it will be used up unless cancelled in time,
 *       so it already counts (otherwise two open registrations could both get the "second" free attempt);</li>
 *   <li>a late cancellation or late move ({@link AttemptStatus#CANCELLED_LATE}) — §4, E19 — unless DUO
 *       afterwards reports it as a NO_RESULT whose reason does not consume (E23: "Nietverwijtbaar", e.g. ill on
 *       the day: the candidate is not to blame for cancelling late);</li>
 *   <li>a PASSED or FAILED result;</li>
 *   <li>a NO_RESULT whose reason consumes an attempt per {@link NoResultPolicy} (E23).</li>
 * </ul>
 * A cancellation at least {@link ExamPolicyConfig#cancellationNoticeDays()} days before the exam
 * ({@link AttemptStatus#CANCELLED_IN_TIME}, decided by {@link CancellationPolicy}) is not an attempt.
 */
public final class AttemptCounter {

    private final NoResultPolicy noResultPolicy;

    public AttemptCounter(ExamPolicyConfig config) {
        this.noResultPolicy = new NoResultPolicy(config);
    }

    /** Whether this earlier registration used up (or, while open, holds) an attempt. */
    public boolean consumesAttempt(PriorAttempt attempt) {
        return switch (attempt.status()) {
            case REGISTERED -> true;
            case CANCELLED_LATE -> attempt.noResultReason() == null
                    || noResultPolicy.consumesAttempt(attempt.noResultReason());
            case CANCELLED_IN_TIME -> false;
            case RESULT -> attempt.outcome() != ExamOutcome.NO_RESULT
                    || noResultPolicy.consumesAttempt(attempt.noResultReason());
        };
    }

    /** Whether this registration holds its attempt (open), used it up, or did not use it. */
    public AttemptUse use(PriorAttempt attempt) {
        if (attempt.status() == AttemptStatus.REGISTERED) {
            return AttemptUse.HELD;
        }
        return consumesAttempt(attempt) ? AttemptUse.USED : AttemptUse.NOT_USED;
    }

    /** How many attempts of this component the participant has used (or holds). */
    public int attemptsUsed(ExamComponent component, Collection<PriorAttempt> prior) {
        Objects.requireNonNull(component, "component");
        return (int) prior.stream()
                .filter(a -> a.component() == component)
                .filter(this::consumesAttempt)
                .count();
    }

    /** The attempt number (1, 2, 3, …) a new registration of this component gets. */
    public int nextAttemptNumber(ExamComponent component, Collection<PriorAttempt> prior) {
        return attemptsUsed(component, prior) + 1;
    }
}
