package nl.inburgering.exam.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.exam.service.ParticipantExamsService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Free attempts left per component, like DUO's {@code gratispogingen}. */
@Schema(name = "FreeAttempts", description = "Free attempts (gratis pogingen) left per exam component, like DUO's "
        + "GET /personen/{bsn}/examens/gratispogingen (gratisPogingenTegoed per onderdeel). Asylum permit holders "
        + "(asielstatushouders) get 2 per component paid by the municipality (N7), and so does a family migrant who "
        + "kept asylum rights (Behoud asielrechten); everyone else 0.")
public record FreeAttemptsView(
        @Schema(description = "The participant (inburgeringsplichtige)", example = "3f1c2a9e-6b1d-4c55-9a0e-2b7d8c4e5f60")
        UUID participantId,
        @Schema(description = "Target group (doelgroep) in force today; a reported change counts from its effective "
                + "date", example = "ASYLUM_PERMIT_HOLDER") TargetGroup targetGroup,
        @Schema(description = "Whose rights apply today (AsielrechtenWijzigingVerblijfsdoel): ASYLUM_PERMIT_HOLDER "
                + "for asylum rights, also for a family migrant who kept them (Behoud asielrechten)",
                example = "ASYLUM_PERMIT_HOLDER") TargetGroup rightsOf,
        @Schema(description = "Free attempts per component for an asylum permit holder (configurable)", example = "2")
        int freeAttemptsPerComponent,
        @Schema(description = "One entry per exam component") List<Item> items) {

    public static FreeAttemptsView of(ParticipantExamsService.FreeAttempts free) {
        return new FreeAttemptsView(free.participantId(), free.targetGroup(), free.rightsOf(), free.perComponent(),
                items(free.left()));
    }

    /** One item per component, in the catalogue's order. */
    static List<Item> items(Map<ExamComponent, Integer> left) {
        return left.entrySet().stream()
                .map(e -> new Item(e.getKey(), e.getKey().duoCode(), e.getValue())).toList();
    }

    @Schema(name = "FreeAttemptsItem", description = "Free attempts left (gratisPogingenTegoed) for one component")
    public record Item(
            @Schema(description = "Exam component (examenonderdeel)", example = "READING") ExamComponent component,
            @Schema(description = "DUO code (onderdeel)", example = "LE") String componentCode,
            @Schema(description = "Free attempts left (gratisPogingenTegoed)", example = "1") int freeAttemptsLeft) {
    }
}
