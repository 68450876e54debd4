package nl.inburgering.pip.domain.rules;

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
     * @param intakeStarted whether the brede intake has started (or the learnability test was requested)
     * @param assessment    the completion assessment of the same facts (it knows the plan, the full exemption
     *                      and the end of the obligation)
     */
    public static ProgressStatus decide(boolean intakeStarted, CompletionAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        if (assessment.complete()) {
            return COMPLETED;
        }
        if (assessment.closure() != null) {
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
