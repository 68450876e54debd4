package nl.inburgering.deadline.domain.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /** The most participation hours a partial ontheffing can leave (DUO urenBelastbaarheidParticipatieactiviteit). */
    public static final int MAX_PARTICIPATION_HOURS = 9999;

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

    /** Every way {@code d} breaks DUO's model of exemptions; empty when it is one DUO can grant. */
    public static List<FieldError> errors(Decision d) {
        List<FieldError> errors = new ArrayList<>();
        ExemptionKind kind = d.kindOrGround();
        Set<ExamComponent> components = d.components() == null ? Set.of() : d.components();
        if (d.kind() != null && d.ground().kind() != d.kind()) {
            errors.add(new FieldError("ground", "§1.2-ground-kind", "ground " + d.ground() + " is a ground for a "
                    + d.ground().kind().name().toLowerCase() + ", not a " + d.kind().name().toLowerCase()));
        }
        if (!d.ground().allows(d.scope())) {
            errors.add(new FieldError("scope", "§1.2-ground-scope", "ground " + d.ground() + " allows "
                    + d.ground().scopes() + ", not " + d.scope()));
        }
        if (d.scope() == ExemptionScope.PARTIAL && components.isEmpty()) {
            errors.add(new FieldError("components", "§1.2-partial-components", "a partial exemption names the exam "
                    + "components it covers"));
        }
        if (d.scope() != ExemptionScope.PARTIAL && !components.isEmpty()) {
            errors.add(new FieldError("components", "§1.2-partial-components", "only a partial exemption names "
                    + "components; a " + d.scope().name().toLowerCase() + " one covers everything"));
        }
        boolean partialVrijstelling = kind == ExemptionKind.VRIJSTELLING && d.scope() == ExemptionScope.PARTIAL;
        if (partialVrijstelling && components.contains(ExamComponent.KNM)) {
            errors.add(new FieldError("components", "§1.2-partial-language-only", "a partial vrijstelling covers "
                    + "language components (READING, LISTENING, WRITING, SPEAKING), never KNM"));
        }
        if (partialVrijstelling && d.level() != LanguageLevel.A2 && d.level() != LanguageLevel.B1) {
            errors.add(new FieldError("level", "§1.2-partial-level", "a partial vrijstelling is at level A2 or B1 "
                    + "(DUO ExamenniveauGedeeltelijkeVrijstelling)"));
        }
        if (!partialVrijstelling && d.level() != null) {
            errors.add(new FieldError("level", "§1.2-partial-level", "only a partial vrijstelling has a level"));
        }
        if (d.participationHoursCap() != null) {
            if (kind != ExemptionKind.ONTHEFFING || d.scope() != ExemptionScope.PARTIAL) {
                errors.add(new FieldError("participationHoursCap", "§1.2-hours-cap", "only a partial ontheffing "
                        + "caps the Z-route's participation hours"));
            } else if (d.participationHoursCap() < 0 || d.participationHoursCap() > MAX_PARTICIPATION_HOURS) {
                errors.add(new FieldError("participationHoursCap", "§1.2-hours-cap", "must be 0 to "
                        + MAX_PARTICIPATION_HOURS + " (0: cannot take part)"));
            }
        }
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
