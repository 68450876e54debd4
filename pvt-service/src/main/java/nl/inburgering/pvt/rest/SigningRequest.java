package nl.inburgering.pvt.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.pvt.service.PvtService.Signing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PvtSigningRequest", description = "The signing (ondertekening) of the participatieverklaring.")
public record SigningRequest(
        @Schema(description = "Datum ondertekening PVT: not in the future, not before the start of the "
                + "inburgeringstermijn, not after the Z-route completion", example = "2026-11-20")
        @NotNull LocalDate signedOn,
        @Schema(description = "The name the participant signed with, as printed on the statement",
                example = "Amanuel Tesfay") @NotBlank @Size(max = 200) String participantName,
        @Schema(description = "DUO verwijtbaar: NO only from 2 months before the end of the term, YES only once it "
                + "has been exceeded; absent when not assessed", example = "NO") Culpability culpableDelay) {

    Signing toCommand() {
        return new Signing(signedOn, participantName.strip(), culpableDelay);
    }
}
