package nl.inburgering.deadline.rest;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.inburgering.deadline.service.FineService;
import nl.inburgering.deadline.service.FineService.Expected;
import nl.inburgering.kit.http.Items;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Fines of one participant (issue 11 item 6). Thin: the rules are FinePolicy's. */
@Path("/v1/participants/{participantId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fines (boetes)")
public class FineResource {

    @Inject
    FineService service;

    @Inject
    IdempotencyStore idempotency;

    @GET
    @Path("fines")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "List the fines", description = "DUO's pre-announcements and decisions and the "
            + "municipality's own fines, by day. Officers of the participant's municipality, the participant, DUO.")
    @APIResponse(responseCode = "200", description = "The fines")
    public Uni<Items<FineView>> list(@PathParam("participantId") UUID participantId) {
        return service.of(participantId).map(all -> Items.of(all.stream().map(FineView::of).toList()));
    }

    @GET
    @Path("fines/expected")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.DUO})
    @Operation(summary = "The amounts to expect", description = "For each of DUO's fines (ROUTE, MAP, PVT) the amount "
            + "the rules expect today on the facts known here (0 where none may be imposed: the Onderwijsroute has no "
            + "MAP; no fines for asylum permit holders while that policy is on) and the new term a decision of it "
            + "alone would set (N22).")
    @APIResponse(responseCode = "200", description = "The expected amounts")
    public Uni<Items<Expected>> expected(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Exam components passed", example = "2") @QueryParam("examsPassed")
            @DefaultValue("0") @Min(0) @Max(5) int examsPassed,
            @Parameter(description = "Z-route course hours", example = "450") @QueryParam("zrouteHours")
            @DefaultValue("0") @Min(0) @Max(9999) int zrouteHours) {
        return service.expected(participantId, examsPassed, zrouteHours).map(Items::of);
    }

    @POST
    @Path("fines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "Record DUO's fine (vooraankondiging or boetebeschikking)",
            description = "Only after the term ended without completion (409 FINE-TERM-RUNNING), and not in a case "
                    + "closed by a full exemption or an ended obligation (E14). Refused with its rule: no fines for "
                    + "asylum permit holders while that policy is on (§7.5-ASYLUM-PERMIT-HOLDER), no MAP fine in the "
                    + "Onderwijsroute (N21-NO-MAP), an amount above the maximum (FINE-MAXIMUM), a second decision of "
                    + "a kind for the same term (FINE-DECIDED), a day after today (FACT-NOT-IN-FUTURE). A decision "
                    + "sets the new term (N22: the longest of the round's fines, from the decision day) and publishes "
                    + "term.extended with ground FINE_NEW_TERM. Role duo.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = FineView.class)))
    public Uni<Response> record(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid FineBody body) {
        return idempotency.once("fine.duo", key, new IdempotencyStore.Keyed(participantId, body), FineView.class,
                        () -> service.record(participantId, new FineService.DuoFine(body.stage(), body.kind(),
                                        body.amount(), body.decidedOn(), body.examsPassed(), body.zrouteHours()))
                                .map(f -> new Outcome<>(201, f.id.toString(), FineView.of(f))))
                .map(o -> created(participantId, o));
    }

    @POST
    @Path("municipal-fines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Record the municipality's own fine",
            description = "A brede intake no-show (N23: in at most the configured steps, each of the configured "
                    + "amount, 409 N23-STEPS / N23-AMOUNT) or a breach of the PIP's obligations (N24: up to the "
                    + "configured maximum, 409 FINE-MAXIMUM); amounts per municipality (deadline.fine.municipal). "
                    + "Officers of the participant's current municipality.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = FineView.class)))
    public Uni<Response> recordMunicipal(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid MunicipalFineBody body) {
        return idempotency.once("fine.municipal", key, new IdempotencyStore.Keyed(participantId, body),
                        FineView.class, () -> service.recordMunicipal(participantId, body.kind(), body.amount(),
                                        body.decidedOn())
                                .map(f -> new Outcome<>(201, f.id.toString(), FineView.of(f))))
                .map(o -> created(participantId, o));
    }

    private static Response created(UUID participantId, Outcome<FineView> o) {
        return Response.status(o.status()).location(URI.create("/v1/participants/" + participantId + "/fines"))
                .entity(o.body()).build();
    }
}
