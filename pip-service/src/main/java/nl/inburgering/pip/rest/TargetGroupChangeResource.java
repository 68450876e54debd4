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
import nl.inburgering.pip.service.command.TargetGroupChangeRequest;
import nl.inburgering.pip.service.ParticipantChangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/target-group-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant changes (wijzigingen inburgeringsplichtige)")
public class TargetGroupChangeResource {

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ParticipantChangeService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "Record a target group change (wijziging doelgroep, DUO SS124/SS125)",
            description = "DUO's notice that the participant's target group (doelgroep) changed: SS124 asylum permit "
                    + "holder (asielstatushouder) → family or other migrant (gezins- en overige migrant), SS125 the "
                    + "reverse (§11 E11). It affects Z-route participation hours and free exam attempts. The new group "
                    + "must differ from the current one (409, rule E11). Emits participant.target-group-changed. "
                    + "Role: duo.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the change",
            content = @Content(schema = @Schema(implementation = TargetGroupChangeView.class)))
    public Uni<Response> change(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe (duo-gateway sends DUO's berichtId): the same key and request "
                    + "give the first answer, never a second change")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid TargetGroupChangeRequest body) {
        return idempotency.once("participant.target-group-change", idempotencyKey,
                        new IdempotencyStore.Keyed(participantId, body), TargetGroupChangeView.class,
                        () -> service.changeTargetGroup(participantId, body).map(change -> new Outcome<>(201,
                                change.id.toString(), TargetGroupChangeView.of(change))))
                .map(outcome -> Response.status(outcome.status()).location(URI.create("/v1/participants/"
                        + participantId + "/target-group-changes/" + outcome.resourceId())).entity(outcome.body())
                        .build());
    }

    @GET
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "List target group changes (wijzigingen doelgroep)",
            description = "Newest first, paged (page from 1, pageSize up to 100) with a Link header. Officers of "
                    + "the participant's municipality (and of the previous one for a month after a move), DUO, and "
                    + "the participant themself; anyone else gets 404.")
    public Uni<RestResponse<Page<TargetGroupChangeView>>> list(@PathParam("participantId") UUID participantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return service.targetGroupChanges(participantId)
                .map(all -> Page.of(all, page, pageSize, TargetGroupChangeView::of).ok(uri));
    }

    @GET
    @Path("{changeId}")
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read one target group change (wijziging doelgroep)",
            description = "One change of target group (doelgroep) of the inburgeringsplichtige, by its id from the "
                    + "Location of the POST. Same access as the list; another participant's change is a 404.")
    public Uni<TargetGroupChangeView> get(@PathParam("participantId") UUID participantId,
            @PathParam("changeId") UUID changeId) {
        return service.targetGroupChange(participantId, changeId).map(TargetGroupChangeView::of);
    }
}
