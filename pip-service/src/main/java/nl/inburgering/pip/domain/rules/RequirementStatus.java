package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.CompletionRequirement;

/**
 * One line of the progress view.
 *
 * @param requirement what
 * @param state       where it stands
 * @param date        DONE: the day it was met; EXEMPTED: the day the exemption took effect; otherwise null
 * @param fact        the fact behind the state, in words (which pass, which exemption; for OUTSTANDING, facts
 *                    that do not count and why); may be null
 * @param rule        the rule behind the state, e.g. {@code "DESIGN §2; rules §3.1, §9"}
 */
public record RequirementStatus(CompletionRequirement requirement, RequirementState state, LocalDate date, String fact, String rule) {

    public RequirementStatus {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rule, "rule");
        boolean dated = state == RequirementState.DONE || state == RequirementState.EXEMPTED;
        if (dated != (date != null)) {
            throw new IllegalArgumentException("DONE and EXEMPTED have a date, the other states none");
        }
    }

    /** @return whether this requirement stands in the way of completion */
    public boolean isOutstanding() {
        return state == RequirementState.OUTSTANDING;
    }
}
