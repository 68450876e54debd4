package nl.inburgering.pip.rest;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.rules.ProgressStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end of the obligation (einde inburgeringsplicht). */
@Schema(name = "ObligationEnd", description = "The end of the obligation (einde inburgeringsplicht).")
public record ObligationEndView(
        UUID participantId,
        @Schema(description = "Reason (reden einde inburgeringsplicht)") ObligationEndReason reason,
        @Schema(description = "DUO's RedenGeenInburgeringsplicht for it", example = "Overig") String reasonDuo,
        @Schema(description = "Date it ended (einddatum)") LocalDate endedOn,
        @Schema(description = "The participant's status after it: OBLIGATION_ENDED, or COMPLETED if civic "
                + "integration was completed before") ProgressStatus status) {

    public static ObligationEndView of(Participant p) {
        return new ObligationEndView(p.id, p.obligationEndedReason,
                p.obligationEndedReason == null ? null : p.obligationEndedReason.duoCode(), p.obligationEndedOn, p.status);
    }
}
