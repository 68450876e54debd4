package nl.inburgering.pip.domain.rules;

import java.util.Objects;

import nl.inburgering.kit.problem.RuleViolationException;

/**
 * A closed case takes no further steps (§9, E14, E15): once civic integration is completed (inburgeringsplicht
 * voldaan), or the case was closed by a full exemption or the end of the obligation, no new PIP, hours or
 * Z-route completion are registered. The records are kept and stay readable.
 */
public final class CasePolicy {

    private CasePolicy() {
    }

    /**
     * @param status the participant's current status
     * @throws RuleViolationException {@link RuleCodes#CASE_COMPLETED} or {@link RuleCodes#CASE_CLOSED}
     */
    public static void requireOpen(ProgressStatus status) {
        Objects.requireNonNull(status, "status");
        if (status == ProgressStatus.COMPLETED) {
            throw new RuleViolationException(RuleCodes.CASE_COMPLETED,
                    "civic integration is completed; the case takes no further steps");
        }
        if (status == ProgressStatus.EXEMPTED || status == ProgressStatus.OBLIGATION_ENDED) {
            throw new RuleViolationException(RuleCodes.CASE_CLOSED,
                    "the case is closed (full exemption or end of the obligation); it takes no further steps");
        }
    }
}
