package nl.inburgering.pip.rest;

import jakarta.validation.constraints.NotNull;
import nl.inburgering.pip.service.command.ValidBsn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Look-up by BSN; POSTed so the BSN never appears in a URI or an access log (ADR /core/transport/no-sensitive-uris). */
@Schema(name = "BsnSearchRequest")
public record BsnSearchRequest(
        @Schema(description = "Burgerservicenummer (BSN)", example = "999990019") @NotNull @ValidBsn String bsn) {
}
