package nl.inburgering.pip.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import jakarta.ws.rs.HeaderParam;
import nl.inburgering.kit.http.Page;
import org.jboss.resteasy.reactive.RestResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.service.command.MoveRequest;
import nl.inburgering.pip.service.ParticipantChangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/moves")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant changes (wijzigingen inburgeringsplichtige)")
public class MoveResource {

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ParticipantChangeService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "Record a move to another municipality (verhuizing)",
            description = "DUO's notice of a move (SS120/SS121 to the new municipality, SS122 to the old one; §11 "
                    + "E10). The new municipality (gemeente) becomes responsible; the term (inburgeringstermijn) does "
                    + "not change; officers of the previous municipality keep read access for one month from the "
                    + "move date (pip.previous-municipality-access), then get 404. A new PIP's dagtekening may not "
                    + "lie before the registration in the new municipality (DUO-PIP-2). The destination must differ "
                    + "from the current municipality (409, rule E10). Emits participant.moved. Role: duo.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the move",
            content = @Content(schema = @Schema(implementation = MoveView.class)))
    public Uni<Response> move(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe (duo-gateway sends DUO's berichtId): the same key and request "
                    + "give the first answer, never a second change")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid MoveRequest body) {
        return idempotency.once("participant.move", idempotencyKey, new IdempotencyStore.Keyed(participantId, body),
                        MoveView.class, () -> service.move(participantId, body)
                                .map(move -> new Outcome<>(201, move.id.toString(), MoveView.of(move))))
                .map(outcome -> Response.status(outcome.status()).location(URI.create("/v1/participants/"
                        + participantId + "/moves/" + outcome.resourceId())).entity(outcome.body()).build());
    }

    @GET
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "List moves (verhuizingen)",
            description = "Newest first, paged (page from 1, pageSize up to 100) with a Link header. Officers of "
                    + "the participant's municipality (and of the previous one for a month after a move), DUO, and "
                    + "the participant themself; anyone else gets 404.")
    public Uni<RestResponse<Page<MoveView>>> list(@PathParam("participantId") UUID participantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return service.moves(participantId).map(all -> Page.of(all, page, pageSize, MoveView::of).ok(uri));
    }

    @GET
    @Path("{moveId}")
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read one move (verhuizing)", description = "One move of the inburgeringsplichtige to "
            + "another municipality (gemeente), by its id from the Location of the POST. Same access as the list.")
    public Uni<MoveView> get(@PathParam("participantId") UUID participantId, @PathParam("moveId") UUID moveId) {
        return service.moveById(participantId, moveId).map(MoveView::of);
    }
}
