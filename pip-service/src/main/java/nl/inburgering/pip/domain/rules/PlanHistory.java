package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.Route;

/**
 * What is known of the participant's earlier PIPs, in this or any municipality.
 *
 * <p>The term starts the day after the dagtekening of the <em>initial</em> PIP and never moves when a PIP is
 * changed or replaced (N2, E1); the initial and current dagtekening are kept apart (as DUO and the GGM do).
 * After a move, fill this from what DUO knows of the previous municipality's PIP (E10), so that
 * "first PIP ever" (DUO-PIP-6) and the route switch count (N16) hold across municipalities.
 *
 * @param initialDateOfIssue dagtekening of the initial PIP; null if none is known
 * @param currentDateOfIssue dagtekening of the current PIP; null if there is none
 * @param currentRoute       route of the current PIP; null exactly when there is no current PIP
 * @param routeSwitchesSoFar route switches already made (N16); 0 or more
 * @param termStartDate      start of the term as DUO set it (SDI007); null = derive it from the initial PIP
 */
public record PlanHistory(
        LocalDate initialDateOfIssue,
        LocalDate currentDateOfIssue,
        Route currentRoute,
        int routeSwitchesSoFar,
        LocalDate termStartDate) {

    public PlanHistory {
        if ((currentDateOfIssue == null) != (currentRoute == null)) {
            throw new IllegalArgumentException("currentDateOfIssue and currentRoute go together");
        }
        if (routeSwitchesSoFar < 0) {
            throw new IllegalArgumentException("routeSwitchesSoFar must not be negative");
        }
    }

    /** No PIP was ever registered for the participant. */
    public static PlanHistory none() {
        return new PlanHistory(null, null, null, 0, null);
    }

    /** Only the initial PIP, which is also the current one. */
    public static PlanHistory initial(LocalDate dateOfIssue, Route route) {
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        return new PlanHistory(dateOfIssue, dateOfIssue, route, 0, null);
    }

    /** @return whether there is a current PIP (a new PIP is then a revision) */
    public boolean hasCurrentPlan() {
        return currentDateOfIssue != null;
    }

    /** @return whether no PIP was ever registered, in any municipality (DUO-PIP-6) */
    public boolean noPipEver() {
        return initialDateOfIssue == null && currentDateOfIssue == null && termStartDate == null;
    }

    /**
     * @return the first day of the term: {@link #termStartDate()} if DUO set it, otherwise the day after the
     *         initial PIP's dagtekening (N2, Wet art. 11(2)); null when neither is known
     */
    public LocalDate termStart() {
        if (termStartDate != null) {
            return termStartDate;
        }
        return initialDateOfIssue == null ? null : initialDateOfIssue.plusDays(1);
    }

    /** @return whether the term has started on {@code day}: {@code day} is on or after the term start */
    public boolean termStartedOn(LocalDate day) {
        LocalDate start = termStart();
        return start != null && !day.isBefore(start);
    }

    /**
     * @return the history once {@code accepted} is registered as the current PIP. If no initial PIP was known
     *         (first PIP here after a move), this one becomes the initial one; a term start set by DUO is kept.
     */
    public PlanHistory after(ValidatedPlan accepted) {
        LocalDate date = accepted.plan().dateOfIssue();
        return new PlanHistory(
                initialDateOfIssue == null ? date : initialDateOfIssue,
                date,
                accepted.plan().route(),
                routeSwitchesSoFar + (accepted.routeSwitch() ? 1 : 0),
                termStartDate);
    }
}
