package nl.inburgering.deadline.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.inburgering.deadline.service.TermService;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The term of one participant (issue 11 item 2). Thin: the rules are TermCalculator's, the reads TermService's. */
@Path("/v1/participants/{participantId}/term")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Term (inburgeringstermijn)")
public class TermResource {

    @Inject
    TermService service;

    @Inject
    ReplicaAccess replica;

    @GET
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "Read the participant's term (inburgeringstermijn)",
            description = "Start, last day and exclusive end of the term, the dagtekening of the initial PIP that "
                    + "started it, and whether it is exceeded today. Officers of the participant's municipality (the "
                    + "previous one for a month after a move), the participant, DUO; anyone else 404.")
    @APIResponse(responseCode = "200", description = "The term",
            content = @Content(schema = @Schema(implementation = TermView.class)))
    public Uni<TermView> term(@PathParam("participantId") UUID participantId) {
        return service.read(participantId).map(state -> TermView.of(state, replica.today()));
    }
}
