package nl.inburgering.pip.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.inburgering.kit.http.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.inburgering.kit.problem.Problem;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.service.command.IntakeRequest;
import nl.inburgering.pip.service.IntakeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Broad intake (brede intake)")
public class IntakeResource {

    @Inject
    IntakeService service;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Record the broad intake (brede intake) and the learnability test (leerbaarheidstoets)",
            description = "Creates or replaces the brede intake of a participant (inburgeringsplichtige) of your "
                    + "municipality: the interview date, that education (opleiding), work experience (werkervaring) "
                    + "and personal circumstances (persoonlijke omstandigheden) were discussed, and the outcome of "
                    + "DUO's leerbaarheidstoets (B1-route haalbaar / niet haalbaar / onbekend with score, required "
                    + "score and test date, or SKIPPED). No health details are stored. Creating needs no If-Match; "
                    + "replacing needs If-Match with the ETag you read (428 without it, 412 when it is stale). "
                    + "Moves the status from REGISTERED to INTAKE. Role: municipality-officer of the participant's "
                    + "municipality (others get 404).")
    @APIResponse(responseCode = "201", description = "Created; ETag is its version",
            content = @Content(schema = @Schema(implementation = IntakeView.class)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            content = @Content(schema = @Schema(implementation = IntakeView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the current one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The intake exists and the request has no If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> put(@PathParam("participantId") UUID participantId,
            @Parameter(description = "The ETag of the intake you read; required to replace an existing intake")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid IntakeRequest body) {
        return Uni.createFrom().deferred(() -> service.put(participantId, body, ETags.ifMatch(ifMatch)))
                .map(saved -> (saved.created()
                        ? Response.created(URI.create("/v1/participants/" + participantId + "/intake"))
                        : Response.ok())
                        .tag(ETags.of(saved.intake().version)).entity(IntakeView.of(saved.intake())).build());
    }

    @GET
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read the broad intake (brede intake)",
            description = "With its ETag for a later PUT. 404 while none was recorded. Officers of the participant's "
                    + "municipality (and of the previous one for a month after a move), DUO, and the participant "
                    + "themself.")
    public Uni<Response> get(@PathParam("participantId") UUID participantId) {
        return service.get(participantId)
                .map(intake -> Response.ok(IntakeView.of(intake)).tag(ETags.of(intake.version)).build());
    }
}
