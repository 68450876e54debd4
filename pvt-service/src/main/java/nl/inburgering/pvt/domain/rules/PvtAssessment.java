package nl.inburgering.pvt.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a participant's PVT stands on a day: the hours, and each requirement of the signing with its state.
 *
 * @param hoursAttended the hours of every attendance up to the day
 * @param hoursRequired N12
 * @param requirements  every requirement, the ones not required by the configuration too (required = false)
 */
public record PvtAssessment(BigDecimal hoursAttended, BigDecimal hoursRequired, List<State> requirements) {

    /**
     * @param met   whether it is met (always true when not required)
     * @param metOn the day it became met; null when not met or not required
     * @param left  what is left, in words for the participant; null when met
     */
    public record State(PvtRequirement requirement, boolean required, boolean met, LocalDate metOn, String left) {

        public String rule() {
            return requirement.rule();
        }
    }

    public BigDecimal hoursLeft() {
        return hoursRequired.subtract(hoursAttended).max(BigDecimal.ZERO);
    }

    /** The requirements still unmet, in the order a refusal names them. */
    public List<State> unmet() {
        return requirements.stream().filter(s -> !s.met()).toList();
    }

    /** Whether the statement may be signed: every required requirement met. */
    public boolean readyToSign() {
        return unmet().isEmpty();
    }

    /** The first day on which every requirement was met; empty while one is not. */
    public Optional<LocalDate> readyOn() {
        if (!readyToSign()) {
            return Optional.empty();
        }
        return requirements.stream().map(State::metOn).filter(d -> d != null).max(LocalDate::compareTo);
    }
}
