package nl.inburgering.deadline.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.inburgering.deadline.service.ExtensionService;
import nl.inburgering.kit.http.ETags;
import nl.inburgering.kit.http.Items;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Extensions of one participant's term (issue 11 item 3). Thin: the rules are ExtensionPolicy's. */
@Path("/v1/participants/{participantId}/term")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Term (inburgeringstermijn)")
public class ExtensionResource {

    private static final String RULES = " Refused with a 409 naming the rule: no term started (TERM-NOT-STARTED), a "
            + "completed (§9) or closed case (E14), the ground not for the route (§7.2-ROUTE) or target group "
            + "(§7.2-TARGET-GROUP), the request before the term has run 2.5 years for a ground that needs it "
            + "(§7.2-WINDOW), a second extension in one period (§7.2-ONCE-PER-PERIOD), extra time outside the "
            + "ground's (§7.2-EXTRA-TIME), a decision day after today (FACT-NOT-IN-FUTURE).";

    @Inject
    ExtensionService service;

    @Inject
    IdempotencyStore idempotency;

    @GET
    @Path("extensions")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "List the extensions (Inburgeringstermijnhistorie)",
            description = "Every request, grant and refusal in the order filed, each grant with the end before and "
                    + "after. Officers of the participant's municipality, the participant, DUO; anyone else 404.")
    @APIResponse(responseCode = "200", description = "The history")
    public Uni<Items<ExtensionView>> extensions(@PathParam("participantId") UUID participantId) {
        return service.history(participantId).map(all -> Items.of(all.stream().map(ExtensionView::of).toList()));
    }

    @POST
    @Path("extension-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "File a request for an extension (verzoek verlenging)",
            description = "The municipality's request with its statement, for DUO to decide; one open at a time "
                    + "(409 EXTENSION-REQUEST-OPEN). Filed today; for most grounds DUO grants it only when filed once "
                    + "the term has run 2.5 years. Officers of the participant's current municipality.")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    public Uni<Response> request(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid ExtensionRequestBody body) {
        return idempotency.once("term.extension-request", key, new IdempotencyStore.Keyed(participantId, body), ExtensionView.class,
                        () -> service.request(participantId, new ExtensionService.Request(body.ground(),
                                        body.statement().strip(), Periods.parse(body.requestedExtra())))
                                .map(e -> new Outcome<>(201, e.id.toString(), ExtensionView.of(e))))
                .map(o -> created(participantId, o));
    }

    @POST
    @Path("extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "Record DUO's extension of the term (besluit verlenging)",
            description = "Adds the extra time to the current end and publishes term.extended with the old and new "
                    + "end; a decision after the end reopens the term (E6). On a request filed here (requestId), on "
                    + "one filed with DUO (requestedOn) or ambtshalve. Role duo." + RULES)
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    public Uni<Response> grant(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid ExtensionGrantBody body) {
        return idempotency.once("term.extension", key, new IdempotencyStore.Keyed(participantId, body), ExtensionView.class,
                        () -> service.grant(participantId, new ExtensionService.Grant(body.requestId(), body.ground(),
                                        Periods.parse(body.extraTime()), body.decidedOn(), body.requestedOn()))
                                .map(g -> new Outcome<>(201, g.extension().id.toString(),
                                        ExtensionView.of(g.extension()))))
                .map(o -> created(participantId, o));
    }

    @POST
    @Path("extension-requests/{requestId}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "Record DUO's refusal of a request",
            description = "The request is kept, refused with the reason; nothing is published and the term stands. "
                    + "If-Match with the request's version. A decided request is not decided again (409 "
                    + "EXTENSION-DECIDED). Role duo.")
    @APIResponse(responseCode = "200", description = "Refused",
            content = @Content(schema = @Schema(implementation = ExtensionView.class)))
    public Uni<Response> refuse(@PathParam("participantId") UUID participantId,
            @PathParam("requestId") UUID requestId,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The version of the request as you read it") @HeaderParam(ETags.IF_MATCH)
            String ifMatch, @NotNull @Valid RefusalBody body) {
        long version = ETags.requireIfMatch(ifMatch, "request");
        return service.refuse(participantId, requestId, body.reason().strip(), body.decidedOn(), version)
                .map(e -> Response.ok(ExtensionView.of(e)).tag(ETags.of(e.version)).build());
    }

    private static Response created(UUID participantId, Outcome<ExtensionView> o) {
        return Response.status(o.status()).location(URI.create("/v1/participants/" + participantId
                + "/term/extensions")).tag(ETags.of(o.body().version())).entity(o.body()).build();
    }
}
