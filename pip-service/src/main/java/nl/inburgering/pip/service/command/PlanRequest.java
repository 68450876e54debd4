package nl.inburgering.pip.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.pip.domain.rules.LiteracyIndicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PIP as the municipality establishes it (DUO PIP API, Wet art. 15; rules §2.4). The first is the initial PIP. */
@Schema(name = "PlanRequest", description = "Persoonlijk plan inburgering en participatie (PIP), initial or a revision "
        + "(herziening). Every DUO PIP rule applies; a refusal is a 409 naming the rule (DUO-PIP-1 … DUO-PIP-8, §3.1, "
        + "§3.2, §5, E4, N16).")
public record PlanRequest(
        @Schema(description = "Date of issue (dagtekening) of the PIP document; the term starts the day after the "
                + "initial PIP's", example = "2026-02-01")
        @NotNull LocalDate dateOfIssue,
        @Schema(description = "Learning route (leerroute): B1 (B1-route), EDUCATION (onderwijsroute), SELF_SUFFICIENCY "
                + "(zelfredzaamheidsroute, Z-route)", example = "B1")
        @NotNull Route route,
        @Schema(description = "Level (niveau). Default B1 for the B1-route and the onderwijsroute; B1 or B2 for the "
                + "onderwijsroute; none, A1 or A2 for the Z-route; A2 in the B1-route only with a2PermittedComponents, "
                + "in a later PIP (afschalen)", example = "B1")
        LanguageLevel level,
        @Schema(description = "Estimated B1-route intensity in hours (geschatte intensiteit B1-route), 1–9999; asylum "
                + "permit holders (asielstatushouders) on the B1-route only", example = "1200")
        @Min(1) @Max(9999) Integer estimatedB1Intensity,
        @Schema(description = "Literacy indicator (indicator alfabetiseringsonderwijs): A, AA or NVT", example = "NVT")
        LiteracyIndicator literacyIndicator,
        @Schema(description = "May finish the current course first (indicator mag opleiding afmaken)", example = "false")
        Boolean mayFinishCurrentCourse,
        @Schema(description = "How the MAP (Module Arbeidsmarkt en Participatie) is filled in: content and intensity "
                + "(invulling en intensiteit); not for the onderwijsroute",
                example = "Work placement of 40 hours at a local employer, 8 themes in group sessions")
        @Size(max = 2000) String mapArrangement,
        @Schema(description = "How the PVT (participatieverklaringstraject) is filled in: content and intensity",
                example = "Six sessions of two hours at the municipality, then signing")
        @Size(max = 2000) String pvtArrangement,
        @Schema(description = "Language components permitted at A2 (toestemming examen A2, afschalen): B1-route only, "
                + "never in the first PIP, never KNM", example = "[\"SPEAKING\"]")
        Set<ExamComponent> a2PermittedComponents) {
}
