package nl.inburgering.pip.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.service.ParticipantService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The BSN for duo-gateway (issue 13): DUO's API is keyed by BSN, so the gateway asks for it right before each request
 * to DUO and keeps it no longer than that request. A POST whose answer carries the BSN in its body, never in a URI;
 * role duo-gateway only (not duo, not officers); every disclosure audited with its purpose.
 */
@Path("/v1/participants/{participantId}/bsn-disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants (inburgeringsplichtigen)")
public class BsnDisclosureResource {

    @Schema(name = "BsnDisclosureRequest", description = "Why the BSN is needed: the DUO exchange it goes into.")
    public record DisclosureRequest(
            @Schema(description = "The purpose, a code of lower-case letters, digits, dots and hyphens",
                    example = "duo.pip.post")
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,59}", message = "must be a purpose code: lower-case "
                    + "letters, digits, dots and hyphens, at most 60") String purpose) {
    }

    @Schema(name = "BsnDisclosure")
    public record Disclosure(@Schema(description = "Burgerservicenummer", example = "999990019") String bsn) {
    }

    @Inject
    ParticipantService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO_GATEWAY)
    @Operation(summary = "Disclose a participant's BSN to duo-gateway (BSN-verstrekking)",
            description = "For role duo-gateway only: the BSN to put into one request to DUO, whose API is keyed by "
                    + "BSN. The BSN is in the answer's body only; the disclosure is audited with its purpose. 404 for "
                    + "an unknown participant.")
    @APIResponse(responseCode = "200", description = "The BSN")
    public Uni<Disclosure> disclose(@PathParam("participantId") UUID participantId,
            @NotNull @Valid DisclosureRequest body) {
        return service.discloseBsn(participantId, body.purpose()).map(Disclosure::new);
    }
}
