package nl.inburgering.pip.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.smallrye.mutiny.Uni;
import java.net.URI;
import java.util.UUID;
import nl.inburgering.kit.http.Items;
import nl.inburgering.kit.http.Page;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import org.jboss.resteasy.reactive.RestResponse;
import java.util.List;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.domain.rules.ProgressStatus;
import nl.inburgering.pip.service.command.RegisterParticipantRequest;
import nl.inburgering.pip.service.ParticipantService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants (inburgeringsplichtigen)")
public class ParticipantResource {

    @Inject
    ParticipantService service;

    @Inject
    IdempotencyStore idempotency;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "Register a participant (inburgeringsplichtige)",
            description = "Registers a person after DUO's kennisgeving. One participant per BSN: the same BSN again "
                    + "is a 409 (rule BSN-UNIQUE); the same request with the same Idempotency-Key returns the "
                    + "participant registered the first time. An obligation that started before 1 January 2022 "
                    + "falls under the Wi2013, which this system does not handle: 409 (rule WI2021-SCOPE). Emits "
                    + "participant.registered.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the participant")
    public Uni<Response> register(
            @Parameter(description = "Makes retries safe: the same key and request give the same answer")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid RegisterParticipantRequest body) {
        // What is kept for a retry (idempotency_record) holds no BSN: the request as its HMAC, the answer without it.
        // A retry matches the stored request exactly, so its own body carries the same BSN back into the answer.
        return idempotency.once("participant.register", idempotencyKey, service.idempotencyIdentity(body),
                        ParticipantView.class,
                        () -> service.register(body).map(p -> new Outcome<>(201, p.id.toString(),
                                ParticipantView.of(p, null))))
                .map(outcome -> Response.status(outcome.status())
                        .location(URI.create("/v1/participants/" + outcome.resourceId()))
                        .entity(outcome.body().withBsn(body.bsn())).build());
    }

    @POST
    @Path("_search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER})
    @Operation(summary = "Find a participant by BSN (zoeken op BSN)",
            description = "POST so the BSN never appears in a URI. Answers an empty list when there is no "
                    + "participant with this BSN that you may see.")
    public Uni<Items<ParticipantView>> search(@NotNull @Valid BsnSearchRequest body) {
        return service.searchByBsn(body.bsn()).map(found -> Items.of(found
                .map(p -> List.of(ParticipantView.of(p, service.bsnShownTo(p))))
                .orElse(List.of())));
    }

    @GET
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "List your municipality's participants",
            description = "Paged (page from 1, pageSize up to 100), in a stable order, with an RFC 8288 Link header. "
                    + "Optional filter on status.")
    public Uni<RestResponse<Page<ParticipantView>>> list(
            @QueryParam("status") ProgressStatus status,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return service.listOwnMunicipality(status, page, pageSize)
                .map(result -> new Page<>(result.items().stream()
                        .map(p -> ParticipantView.of(p, service.bsnShownTo(p))).toList(),
                        page, pageSize, result.total()).ok(uri));
    }

    @GET
    @Path("{participantId}")
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read a participant",
            description = "Officers see their municipality's participants, a participant only themself; anyone else gets 404.")
    public Uni<Response> get(@PathParam("participantId") UUID participantId) {
        return service.get(participantId)
                .map(p -> Response.ok(ParticipantView.of(p, service.bsnShownTo(p))).tag(String.valueOf(p.version))
                        .build());
    }
}
