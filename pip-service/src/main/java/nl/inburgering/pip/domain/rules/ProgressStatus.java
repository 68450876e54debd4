package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The overall status of a participant's case, for the progress view (issue: REGISTERED, INTAKE,
 * PLAN_ESTABLISHED, COMPLETED, EXEMPTED, OBLIGATION_ENDED).
 *
 * <p>Precedence: a completion (dated before any closure) wins; then a closure by full exemption or ended
 * obligation; then an established PIP; then a started intake; otherwise only registered. The last three
 * statuses are final.
 */
public enum ProgressStatus {
    /** Known as obliged (DUO notification), nothing more. */
    REGISTERED,
    /** The brede intake (interview, learnability test) has started; no PIP yet. */
    INTAKE,
    /** A PIP is in force; not all requirements are met. */
    PLAN_ESTABLISHED,
    /** All requirements of the current route met. */
    COMPLETED,
    /** Closed by a full exemption (vrijstelling or ontheffing). */
    EXEMPTED,
    /** Closed because the obligation ended (naturalised, pension age, left the country, died, withdrawn). */
    OBLIGATION_ENDED;

    /**
     * The status on {@code today}. A closure dated in the future (DUO reports the pension age, or a full exemption,
     * ahead of its date: E14, E15, SS128, issue 8 item 7) does not close the case yet: until that day the
     * obligation runs and the case takes steps. The closing day itself is closed (the end date is the first day
     * without obligation; a completion on that day does not count, {@link CompletionPolicy}).
     *
     * @param intakeStarted whether the brede intake has started (or the learnability test was requested)
     * @param assessment    the completion assessment of the same facts (it knows the plan, the full exemption
     *                      and the end of the obligation)
     * @param today         the day to judge
     */
    public static ProgressStatus decide(boolean intakeStarted, CompletionAssessment assessment, LocalDate today) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(today, "today");
        if (assessment.complete()) {
            return COMPLETED;
        }
        if (assessment.closure() != null && !assessment.closure().on().isAfter(today)) {
            return assessment.closure().kind() == Closure.Kind.EXEMPTED ? EXEMPTED : OBLIGATION_ENDED;
        }
        if (assessment.planKnown()) {
            return PLAN_ESTABLISHED;
        }
        return intakeStarted ? INTAKE : REGISTERED;
    }

    /** @return whether the case is closed: completed, exempted or obligation ended */
    public boolean isFinal() {
        return this == COMPLETED || this == EXEMPTED || this == OBLIGATION_ENDED;
    }
}
