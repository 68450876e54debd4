package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Deleting the current PIP (DUO {@code DELETE /personen/{bsn}/PIP}): allowed only while the term has not
 * started and no course hours have been registered (§2.4 [C], rule code DUO-PIP-7).
 *
 * <p>"Started": the term starts on the day after the initial PIP's dagtekening (N2), or on the start DUO set
 * (SDI007). So a PIP can be deleted up to and including its own dagtekening, and from the next day on it
 * cannot: {@code today > initial dagtekening} means the term has started. Deleting does not reset a term once
 * started (N2: the start never moves), which is why the day matters and not the number of PIPs.
 *
 * <p>Whether there is a PIP to delete at all is the caller's concern (404), not a rule.
 */
public final class PlanDeletionPolicy {

    private PlanDeletionPolicy() {
    }

    /**
     * @param history               the participant's PIP history; must have a current PIP
     * @param courseHoursRegistered whether any course hours have been registered (GevolgdeUren)
     * @param today                 the date of the request (Europe/Amsterdam)
     * @throws RuleViolationException {@link RuleCodes#DELETE_ONLY_BEFORE_TERM_START}
     */
    public static void requireDeletable(PlanHistory history, boolean courseHoursRegistered, LocalDate today) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(today, "today");
        if (!history.hasCurrentPlan()) {
            throw new IllegalArgumentException("there is no current PIP to delete");
        }
        if (history.termStartedOn(today)) {
            throw new RuleViolationException(RuleCodes.DELETE_ONLY_BEFORE_TERM_START,
                    "a PIP can be deleted only while the civic integration term has not started");
        }
        if (courseHoursRegistered) {
            throw new RuleViolationException(RuleCodes.DELETE_ONLY_BEFORE_TERM_START,
                    "a PIP can be deleted only while no course hours have been registered");
        }
    }

    /** @return whether {@link #requireDeletable} would allow the deletion */
    public static boolean mayDelete(PlanHistory history, boolean courseHoursRegistered, LocalDate today) {
        return history.hasCurrentPlan() && !history.termStartedOn(today) && !courseHoursRegistered;
    }
}
