package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;

/**
 * {@code nl.inburgering.exemption.granted}: a vrijstelling or ontheffing was granted. Published by
 * deadline-service. Carries only the outcome and DUO's ground code, never a diagnosis (DESIGN §6).
 *
 * @param participantId the inburgeringsplichtige
 * @param kind          vrijstelling or ontheffing
 * @param ground        grond, DUO's code (e.g. DIP, GED, MED, BIO)
 * @param scope         gehele, gedeeltelijke or tijdelijke
 * @param components    the examenonderdelen covered: non-empty exactly when the scope is {@code PARTIAL}
 * @param validFrom     ingangsdatum
 * @param validUntil    einddatum, inclusive, when limited (typically for a temporary exemption)
 */
public record ExemptionGranted(
        UUID participantId,
        ExemptionKind kind,
        String ground,
        ExemptionScope scope,
        Set<ExamComponent> components,
        LocalDate validFrom,
        @OptionalField LocalDate validUntil) implements EventPayload {

    public ExemptionGranted {
        Checks.required(participantId, "participantId");
        Checks.required(kind, "kind");
        Checks.notBlank(ground, "ground");
        Checks.required(scope, "scope");
        components = Checks.enumSet(ExamComponent.class, components, "components");
        if ((scope == ExemptionScope.PARTIAL) == components.isEmpty()) {
            throw new IllegalArgumentException("components must be non-empty exactly when scope is PARTIAL");
        }
        Checks.required(validFrom, "validFrom");
    }
}
