package nl.inburgering.exam.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.contracts.vocabulary.Payer;

/**
 * An earlier registration of the same participant, as the counting and payment rules need it.
 *
 * <p>Whether a cancellation was in time is decided once, by {@link CancellationPolicy} when it is recorded,
 * and kept in {@code status}: a later change of the notice period does not rewrite history. Likewise
 * {@code payer} is the payer decided at that registration ({@link FreeAttemptPolicy}), never recomputed.
 *
 * @param level          null for KNM
 * @param payer          null for an exam booked elsewhere, whose result alone reached this service (issue 12 item
 *                       2): it counts as an attempt and used no free attempt the municipality pays
 * @param outcome        set when {@code status} is {@link AttemptStatus#RESULT}; also NO_RESULT when DUO
 *                       reported a late cancellation ({@link AttemptStatus#CANCELLED_LATE}) as "Geen" (E23)
 * @param noResultReason set exactly when {@code outcome} is {@link ExamOutcome#NO_RESULT}
 */
public record PriorAttempt(ExamComponent component,
                           LanguageLevel level,
                           LocalDate examDate,
                           Payer payer,
                           AttemptStatus status,
                           ExamOutcome outcome,
                           NoResultReason noResultReason) {

    public PriorAttempt {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(examDate, "examDate");
        Objects.requireNonNull(status, "status");
        ExamCatalogue.requireValid(component, level);
        if (status == AttemptStatus.RESULT && outcome == null) {
            throw new IllegalArgumentException("status RESULT needs an outcome");
        }
        if (outcome != null && status != AttemptStatus.RESULT
                && !(status == AttemptStatus.CANCELLED_LATE && outcome == ExamOutcome.NO_RESULT)) {
            throw new IllegalArgumentException("an outcome belongs to status RESULT, or NO_RESULT to a late cancellation");
        }
        if ((outcome == ExamOutcome.NO_RESULT) != (noResultReason != null)) {
            throw new IllegalArgumentException("a no-result reason belongs to, and only to, outcome NO_RESULT");
        }
    }

    public static PriorAttempt registered(ExamComponent c, LanguageLevel l, LocalDate examDate, Payer payer) {
        return new PriorAttempt(c, l, examDate, payer, AttemptStatus.REGISTERED, null, null);
    }

    public static PriorAttempt cancelledInTime(ExamComponent c, LanguageLevel l, LocalDate examDate, Payer payer) {
        return new PriorAttempt(c, l, examDate, payer, AttemptStatus.CANCELLED_IN_TIME, null, null);
    }

    public static PriorAttempt cancelledLate(ExamComponent c, LanguageLevel l, LocalDate examDate, Payer payer) {
        return new PriorAttempt(c, l, examDate, payer, AttemptStatus.CANCELLED_LATE, null, null);
    }

    /** A late cancellation that DUO reported as "Geen" with this reason (E23). */
    public static PriorAttempt cancelledLate(ExamComponent c, LanguageLevel l, LocalDate examDate, Payer payer,
                                             NoResultReason reason) {
        return new PriorAttempt(c, l, examDate, payer, AttemptStatus.CANCELLED_LATE, ExamOutcome.NO_RESULT, reason);
    }

    /** A PASSED or FAILED result. */
    public static PriorAttempt result(ExamComponent c, LanguageLevel l, LocalDate examDate, Payer payer,
                                      ExamOutcome outcome) {
        return new PriorAttempt(c, l, examDate, payer, AttemptStatus.RESULT, outcome, null);
    }

    /** A NO_RESULT ("Geen") result with its reason. */
    public static PriorAttempt noResult(ExamComponent c, LanguageLevel l, LocalDate examDate, Payer payer,
                                        NoResultReason reason) {
        return new PriorAttempt(c, l, examDate, payer, AttemptStatus.RESULT, ExamOutcome.NO_RESULT, reason);
    }
}
