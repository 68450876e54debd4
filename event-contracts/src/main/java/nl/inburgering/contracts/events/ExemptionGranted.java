package nl.inburgering.contracts.events;

import java.time.LocalDate;
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
        if ((scope == ExemptionScope.PARTIAL) == components.isEmpty()) {
            throw new IllegalArgumentException("components must be non-empty exactly when scope is PARTIAL");
        }
        if (ground.kind() != kind) {
            throw new IllegalArgumentException("ground " + ground + " is a ground for " + ground.kind() + ", not " + kind);
        }
        if (!ground.allows(scope)) {
            throw new IllegalArgumentException("ground " + ground + " allows scope " + ground.scopes() + ", not " + scope);
        }
        boolean partialVrijstelling = kind == ExemptionKind.VRIJSTELLING && scope == ExemptionScope.PARTIAL;
        if (partialVrijstelling && components.contains(ExamComponent.KNM)) {
            throw new IllegalArgumentException("a partial vrijstelling covers language components only, not KNM");
        }
        if (partialVrijstelling != (level != null)) {
            throw new IllegalArgumentException("level must be present exactly for a partial vrijstelling");
        }
        if (level != null && level != LanguageLevel.A2 && level != LanguageLevel.B1) {
            throw new IllegalArgumentException("the level of a partial vrijstelling is A2 or B1, not " + level);
        }
        if (participationHoursCap != null) {
            if (kind != ExemptionKind.ONTHEFFING || scope != ExemptionScope.PARTIAL) {
                throw new IllegalArgumentException("participationHoursCap belongs to a partial ontheffing only");
            }
            Checks.atLeast(participationHoursCap, 0, "participationHoursCap");
            if (participationHoursCap > 9999) {
                throw new IllegalArgumentException("participationHoursCap must be at most 9999");
            }
        }
        Checks.required(validFrom, "validFrom");
    }
}
