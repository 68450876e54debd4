package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/**
 * {@code nl.inburgering.exemption.granted}: a vrijstelling or ontheffing was granted. Published by
 * deadline-service. Carries only the outcome and DUO's ground code, never a diagnosis (DESIGN §6).
 *
 * @param participantId         the inburgeringsplichtige
 * @param kind                  vrijstelling or ontheffing
 * @param ground                grond, DUO's code; it belongs to {@code kind} and allows only some scopes
 *                              ({@link ExemptionGround})
 * @param scope                 gehele, gedeeltelijke or tijdelijke
 * @param components            the examenonderdelen covered: non-empty exactly when the scope is {@code PARTIAL};
 *                              a partial vrijstelling covers language components only (never KNM)
 * @param validFrom             ingangsdatum
 * @param validUntil            einddatum, inclusive, when limited (typically for a temporary exemption)
 * @param level                 the level of a partial vrijstelling (DUO ExamenniveauGedeeltelijkeVrijstelling, A2 or
 *                              B1): it covers a component only where the plan requires no more (issue 8 item 5).
 *                              Present exactly for a partial vrijstelling.
 * @param participationHoursCap the most participation hours a partial ontheffing leaves for the Z-route (DUO
 *                              urenBelastbaarheidParticipatieactiviteit, 0–9999; 0 = cannot take part), issue 8 item
 *                              6. Only with a partial ontheffing; absent = no cap.
 */
public record ExemptionGranted(
        UUID participantId,
        ExemptionKind kind,
        ExemptionGround ground,
        ExemptionScope scope,
        Set<ExamComponent> components,
        LocalDate validFrom,
        @OptionalField LocalDate validUntil,
        @OptionalField LanguageLevel level,
        @OptionalField Integer participationHoursCap) implements EventPayload {

    /** An exemption without level or participation-hours cap. */
    public ExemptionGranted(UUID participantId, ExemptionKind kind, ExemptionGround ground, ExemptionScope scope,
            Set<ExamComponent> components, LocalDate validFrom, LocalDate validUntil) {
        this(participantId, kind, ground, scope, components, validFrom, validUntil, null, null);
    }

    public ExemptionGranted {
        Checks.required(participantId, "participantId");
        Checks.required(kind, "kind");
        Checks.required(ground, "ground");
        Checks.required(scope, "scope");
        components = Checks.enumSet(ExamComponent.class, components, "components");
        List<Violation> violations = violations(kind, ground, scope, components, level, participationHoursCap);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.get(0).field() + ": " + violations.get(0).detail());
        }
        Checks.required(validFrom, "validFrom");
    }

    /** One way an exemption breaks DUO's model (rules §1.2): the field, a code naming the rule, the words. */
    public record Violation(String field, String code, String detail) {
    }

    /**
     * Every way these facts break DUO's model of an exemption, in one list (empty when DUO can grant it): the ground
     * belongs to the kind and allows the scope; components exactly for a partial one, language components only for
     * a partial vrijstelling, with its level A2 or B1 (and a level nowhere else); a participation-hours cap only on a
     * partial ontheffing, 0 to 9999. This event's constructor and deadline-service's ExemptionPolicy both judge by
     * it. {@code kind} may be null: the ground names it.
     */
    public static List<Violation> violations(ExemptionKind kind, ExemptionGround ground, ExemptionScope scope,
            Set<ExamComponent> components, LanguageLevel level, Integer participationHoursCap) {
        List<Violation> found = new ArrayList<>();
        ExemptionKind effective = kind != null ? kind : ground.kind();
        Set<ExamComponent> covered = components == null ? Set.of() : components;
        if (ground.kind() != effective) {
            found.add(new Violation("ground", "§1.2-ground-kind", "ground " + ground + " is a ground for a "
                    + ground.kind().name().toLowerCase() + ", not a " + effective.name().toLowerCase()));
        }
        if (!ground.allows(scope)) {
            found.add(new Violation("scope", "§1.2-ground-scope", "ground " + ground + " allows " + ground.scopes()
                    + ", not " + scope));
        }
        if (scope == ExemptionScope.PARTIAL && covered.isEmpty()) {
            found.add(new Violation("components", "§1.2-partial-components", "a partial exemption names the exam "
                    + "components it covers"));
        }
        if (scope != ExemptionScope.PARTIAL && !covered.isEmpty()) {
            found.add(new Violation("components", "§1.2-partial-components", "only a partial exemption names "
                    + "components; a " + scope.name().toLowerCase() + " one covers everything"));
        }
        boolean partialVrijstelling = effective == ExemptionKind.VRIJSTELLING && scope == ExemptionScope.PARTIAL;
        if (partialVrijstelling && covered.contains(ExamComponent.KNM)) {
            found.add(new Violation("components", "§1.2-partial-language-only", "a partial vrijstelling covers "
                    + "language components (READING, LISTENING, WRITING, SPEAKING), never KNM"));
        }
        if (partialVrijstelling && level != LanguageLevel.A2 && level != LanguageLevel.B1) {
            found.add(new Violation("level", "§1.2-partial-level", "a partial vrijstelling is at level A2 or B1 "
                    + "(DUO ExamenniveauGedeeltelijkeVrijstelling)"));
        }
        if (!partialVrijstelling && level != null) {
            found.add(new Violation("level", "§1.2-partial-level", "only a partial vrijstelling has a level"));
        }
        if (participationHoursCap != null) {
            if (effective != ExemptionKind.ONTHEFFING || scope != ExemptionScope.PARTIAL) {
                found.add(new Violation("participationHoursCap", "§1.2-hours-cap", "only a partial ontheffing caps "
                        + "the Z-route's participation hours"));
            } else if (participationHoursCap < 0 || participationHoursCap > MAX_PARTICIPATION_HOURS) {
                found.add(new Violation("participationHoursCap", "§1.2-hours-cap", "must be 0 to "
                        + MAX_PARTICIPATION_HOURS + " (0: cannot take part)"));
            }
        }
        return found;
    }

    /** The most participation hours a partial ontheffing can leave (DUO urenBelastbaarheidParticipatieactiviteit). */
    public static final int MAX_PARTICIPATION_HOURS = 9999;
}
