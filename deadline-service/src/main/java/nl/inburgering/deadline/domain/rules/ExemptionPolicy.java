package nl.inburgering.deadline.domain.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.kit.problem.Problem.FieldError;

/**
 * DUO's exemptions (rules §1.2, issue 11 item 4): a vrijstelling (DUO's RedenVrijstellingInburgeringsplicht codes:
 * full, partial per language component at A2 or B1, temporary with dates) or an ontheffing (BIO or MED, full or per
 * component, with a Z-route participation-hour cap when partial). {@link #errors} lists every way a decision breaks
 * DUO's model, all at once; {@link #pausedDays} is how long a temporary exemption stops the term's clock (§7.1,
 * SS130; how the paused time counts is [?] in the sources, rules §11.15).
 */
public final class ExemptionPolicy {

    /** A decision as DUO gives it; {@code kind} may be left out, the ground names it. */
    public record Decision(ExemptionKind kind, ExemptionGround ground, ExemptionScope scope,
            Set<ExamComponent> components, LanguageLevel level, Integer participationHoursCap, LocalDate validFrom,
            LocalDate validUntil) {

        /** The kind, from the ground when not given. */
        public ExemptionKind kindOrGround() {
            return kind != null ? kind : ground.kind();
        }
    }

    private final boolean temporaryPausesTerm;

    /** @param temporaryPausesTerm whether a temporary exemption stops the term's clock ({@code deadline.temporary-exemption-pauses-term}) */
    public ExemptionPolicy(boolean temporaryPausesTerm) {
        this.temporaryPausesTerm = temporaryPausesTerm;
    }

    /**
     * Every way {@code d} breaks DUO's model of exemptions; empty when it is one DUO can grant. The model is the
     * contract's ({@link ExemptionGranted#violations}), so what is recorded here is what the event can carry; the
     * dates are judged here.
     */
    public static List<FieldError> errors(Decision d) {
        List<FieldError> errors = new ArrayList<>();
        ExemptionGranted.violations(d.kind(), d.ground(), d.scope(), d.components(), d.level(),
                d.participationHoursCap()).forEach(v -> errors.add(new FieldError(v.field(), v.code(), v.detail())));
        if (d.scope() == ExemptionScope.TEMPORARY && d.validUntil() == null) {
            errors.add(new FieldError("validUntil", "§1.2-temporary-until", "a temporary exemption has an end date "
                    + "(DUO TijdelijkeVrijstelling)"));
        }
        if (d.validUntil() != null && d.validUntil().isBefore(d.validFrom())) {
            errors.add(new FieldError("validUntil", "before-valid-from", "lies before validFrom " + d.validFrom()));
        }
        return errors;
    }

    /**
     * The days a temporary exemption stops the clock of a term [start, endExclusive): from the later of its first day
     * and the term's start to its last day, when that begins before the end. The clock stops for the whole
     * exemption, so the end moves by all of it, even the part that lies after the old end. 0 for any other scope, a
     * pause after the end (nothing left to stop), or when pausing is switched off.
     */
    public long pausedDays(Decision d, LocalDate start, LocalDate endExclusive) {
        if (!temporaryPausesTerm || d.scope() != ExemptionScope.TEMPORARY || d.validUntil() == null) {
            return 0;
        }
        LocalDate from = d.validFrom().isAfter(start) ? d.validFrom() : start;
        if (!from.isBefore(endExclusive) || d.validUntil().isBefore(from)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(from, d.validUntil()) + 1;
    }
}
