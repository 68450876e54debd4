package nl.inburgering.exam.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * §4 / E19: changing or cancelling an exam "up to 7 days before the exam" keeps the attempt (and a free attempt
 * stays free); cancelling or moving later, or not showing up, uses it up.
 *
 * <p><b>Boundary (decision).</b> With N = {@link ExamPolicyConfig#cancellationNoticeDays()} (default 7), the
 * last day that keeps the attempt is {@code examDate − N days}, inclusive: for an exam on Tuesday 10 March a
 * cancellation on Tuesday 3 March (exactly 7 days before) keeps it, one on 4 March (6 days before) does not.
 * Days are calendar days of the caller's local date (Europe/Amsterdam); the time of day does not matter. This
 * reads "at least 7 days before" literally and is the reading most favourable to the candidate.
 *
 * <p><b>Discrepancy (documented, not resolved).</b> DUO's Examen API describes "Nietverwijtbaar" as, among
 * others, moving or cancelling "uiterlijk tot 14 dagen voor de Examendatum". The 7 days come from DUO's
 * examenreglement art. 11(11) via third-party notes ({@code wi2021-rules.md} §4, [I]). We keep 7 as the
 * configurable default as the issue asks; set 14 in {@link ExamPolicyConfig} if DUO confirms that.
 *
 * <p>Refused (rule {@code §4}): cancelling or moving after the exam date, or once a result exists, or a
 * registration that is already cancelled. Cancelling on the exam day itself is allowed but late.
 */
public final class CancellationPolicy {

    private final int noticeDays;

    public CancellationPolicy(ExamPolicyConfig config) {
        this.noticeDays = config.cancellationNoticeDays();
    }

    /** The last day on which cancelling or moving keeps the attempt: {@code examDate − N days}, inclusive. */
    public LocalDate lastDayToKeepAttempt(LocalDate examDate) {
        Objects.requireNonNull(examDate, "examDate");
        return examDate.minusDays(noticeDays);
    }

    /** Whether a cancellation or move on {@code on} is in time for an exam on {@code examDate}. */
    public boolean isInTime(LocalDate examDate, LocalDate on) {
        Objects.requireNonNull(on, "on");
        return !on.isAfter(lastDayToKeepAttempt(examDate));
    }

    /**
     * Cancels a registration.
     *
     * @param current     the registration's status now
     * @param examDate    the date of the exam
     * @param cancelledOn the day the candidate (or school) cancels
     */
    public CancellationDecision cancel(AttemptStatus current, LocalDate examDate, LocalDate cancelledOn) {
        requireChangeable(current, examDate, cancelledOn, "cancelled");
        boolean inTime = isInTime(examDate, cancelledOn);
        return new CancellationDecision(
                inTime ? AttemptStatus.CANCELLED_IN_TIME : AttemptStatus.CANCELLED_LATE,
                !inTime, false, lastDayToKeepAttempt(examDate));
    }

    /**
     * Moves a registration to another exam date. In time: the same registration keeps its attempt number and
     * payer. Late: the old attempt is used up and the new date needs a new registration.
     */
    public CancellationDecision reschedule(AttemptStatus current, LocalDate examDate, LocalDate requestedOn,
                                           LocalDate newExamDate) {
        requireChangeable(current, examDate, requestedOn, "moved");
        Objects.requireNonNull(newExamDate, "newExamDate");
        if (!newExamDate.isAfter(requestedOn)) {
            throw new RuleViolation(RuleCodes.S4_EXAMS, "examDate",
                    "an exam can only be moved to a date after today").toException();
        }
        if (newExamDate.equals(examDate)) {
            throw new RuleViolation(RuleCodes.S4_EXAMS, "examDate",
                    "the new exam date is the same as the current one").toException();
        }
        boolean inTime = isInTime(examDate, requestedOn);
        return inTime
                ? new CancellationDecision(AttemptStatus.REGISTERED, false, false, lastDayToKeepAttempt(examDate))
                : new CancellationDecision(AttemptStatus.CANCELLED_LATE, true, true, lastDayToKeepAttempt(examDate));
    }

    private static void requireChangeable(AttemptStatus current, LocalDate examDate, LocalDate on, String verb) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(examDate, "examDate");
        Objects.requireNonNull(on, "on");
        switch (current) {
            case RESULT -> throw new RuleViolation(RuleCodes.S4_EXAMS, "status",
                    "an exam with a result cannot be " + verb).toException();
            case CANCELLED_IN_TIME, CANCELLED_LATE -> throw new RuleViolation(RuleCodes.S4_EXAMS, "status",
                    "the registration is already cancelled").toException();
            case REGISTERED -> {
                // fine
            }
        }
        if (on.isAfter(examDate)) {
            throw new RuleViolation(RuleCodes.S4_EXAMS, "examDate",
                    "an exam cannot be " + verb + " after the exam date").toException();
        }
    }
}
