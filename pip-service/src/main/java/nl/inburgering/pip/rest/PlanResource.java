package nl.inburgering.pip.rest;

import nl.inburgering.kit.http.Page;
import org.jboss.resteasy.reactive.RestResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
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
import nl.inburgering.pip.service.command.PlanRequest;
import nl.inburgering.pip.service.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PIP (persoonlijk plan inburgering en participatie)")
public class PlanResource {

    @Inject
    PlanService service;

    @Inject
    IdempotencyStore idempotency;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Establish or revise the PIP (PIP vaststellen of herzien)",
            description = "Registers a new version of the persoonlijk plan inburgering en participatie: the first "
                    + "is the initial PIP (initiële PIP, the term starts the day after its dagtekening), later ones "
                    + "are revisions (herziening); the history is kept. DUO's rules, each a 409 naming the rule: "
                    + "dagtekening not before the start of the obligation (DUO-PIP-1) nor the registration in the "
                    + "municipality (DUO-PIP-2), a revision not before the initial or current PIP (DUO-PIP-3); no A2 "
                    + "with the onderwijsroute (DUO-PIP-4); no B1 with the zelfredzaamheidsroute (DUO-PIP-5); A2 "
                    + "(afschalen) in the B1-route per component and never in the first PIP (DUO-PIP-6, E4); "
                    + "estimated intensity only for asylum permit holders on the B1-route (DUO-PIP-8); leerroute "
                    + "levels (§3.1, §3.2); no MAP in the onderwijsroute (§5); a route switch (schakelen) once, "
                    + "B1-route → onderwijsroute only within 18 months of the term start (N16); no PIP for a closed "
                    + "case (§9, E14); no dagtekening after today (FACT-NOT-IN-FUTURE). Afschalen with fewer than "
                    + "600 hours of NT2 course registered up to the dagtekening is accepted (the municipality decides, "
                    + "N15) but carries a warning in warnings and in the audit. The level defaults to B1 for the B1-route and the onderwijsroute. Emits "
                    + "plan.established (version, initial, level absent for a Z-route without one) and re-evaluates "
                    + "completion. Role: municipality-officer of the participant's municipality (others get 404).")
    @APIResponse(responseCode = "201", description = "Registered; Location names the version",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Uni<Response> establish(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe (e.g. after a 503): the same key and request give the "
                    + "version established the first time, never a second version")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid PlanRequest body) {
        return idempotency.once("plan.establish", idempotencyKey, new IdempotencyStore.Keyed(participantId, body),
                        PlanView.class, () -> service.establish(participantId, body).map(version -> new Outcome<>(201,
                                String.valueOf(version.version), PlanView.of(version, true))))
                .map(outcome -> Response.status(outcome.status())
                        .location(URI.create("/v1/participants/" + participantId + "/plans/" + outcome.resourceId()))
                        .entity(outcome.body()).build());
    }

    @GET
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "List the PIP's versions (PIP-historie)",
            description = "Every version, newest first, paged (page from 1, pageSize up to 100) with a Link header; "
                    + "current marks the current PIP (huidige PIP). Officers of the participant's municipality (and "
                    + "of the previous one for a month after a move), DUO, and the participant themself.")
    public Uni<RestResponse<Page<PlanView>>> list(@PathParam("participantId") UUID participantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return service.history(participantId).map(all -> Page.of(all, page, pageSize, PlanView::of).ok(uri));
    }

    @GET
    @Path("{version: [0-9]+}")
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read one version of the PIP (PIP-versie)", description = "One version of the persoonlijk "
            + "plan inburgering en participatie by its number (1 = the initial PIP), with its dagtekening, leerroute "
            + "and level. Same access as the list.")
    public Uni<PlanView> get(@PathParam("participantId") UUID participantId, @PathParam("version") int version) {
        return service.version(participantId, version).map(PlanView::of);
    }

    @DELETE
    @Path("{planId: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Delete the PIP (PIP intrekken)",
            description = "Deletes the current PIP with all its versions, only while the civic integration term "
                    + "(inburgeringstermijn) has not started (up to and including the initial dagtekening) and no "
                    + "course hours were registered (409, rule DUO-PIP-7). planId is the PIP's id from the plan "
                    + "(the same for all versions). Role: municipality-officer of the participant's municipality.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("participantId") UUID participantId, @PathParam("planId") UUID planId) {
        return service.delete(participantId, planId).map(ignored -> Response.noContent().build());
    }
}
