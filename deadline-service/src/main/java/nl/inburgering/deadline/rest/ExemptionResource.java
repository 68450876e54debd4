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
import nl.inburgering.deadline.domain.rules.ExemptionPolicy.Decision;
import nl.inburgering.deadline.service.ExemptionService;
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

/** DUO's exemptions of one participant (issue 11 item 4). Thin: the rules are ExemptionPolicy's. */
@Path("/v1/participants/{participantId}/exemptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exemptions (vrijstelling, ontheffing)")
public class ExemptionResource {

    @Inject
    ExemptionService service;

    @Inject
    IdempotencyStore idempotency;

    @GET
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "List the exemptions", description = "Every vrijstelling and ontheffing DUO granted, by "
            + "validFrom. Officers of the participant's municipality, the participant, DUO; anyone else 404.")
    @APIResponse(responseCode = "200", description = "The exemptions")
    public Uni<Items<ExemptionView>> list(@PathParam("participantId") UUID participantId) {
        return service.of(participantId).map(all -> Items.of(all.stream().map(ExemptionView::of).toList()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "Record DUO's exemption (vrijstelling or ontheffing)",
            description = "Publishes exemption.granted. FULL closes the case from validFrom (term.closed EXEMPTED "
                    + "on the next daily run); PARTIAL removes its components from what pip-service's completion "
                    + "check asks; TEMPORARY during the term stops the term's clock: the end moves by the days "
                    + "paused and term.extended (ground TEMPORARY_EXEMPTION) carries the old and new end. A decision "
                    + "that breaks DUO's model is a 400 listing every error (codes §1.2-…); a closed case a 409 (§9, "
                    + "E14), a decision dated after today 409 FACT-NOT-IN-FUTURE, two temporary exemptions on the "
                    + "same day 409 EXEMPTION-TEMPORARY-OVERLAP. Role duo.")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(schema = @Schema(implementation = ExemptionView.class)))
    public Uni<Response> grant(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid ExemptionBody body) {
        return idempotency.once("exemption.grant", key, new IdempotencyStore.Keyed(participantId, body),
                        ExemptionView.class, () -> service.grant(participantId, new Decision(body.kind(),
                                        body.ground(), body.scope(), body.components(), body.level(),
                                        body.participationHoursCap(), body.validFrom(), body.validUntil()),
                                body.decidedOn()).map(e -> new Outcome<>(201, e.id.toString(), ExemptionView.of(e))))
                .map(o -> Response.status(o.status()).location(URI.create("/v1/participants/" + participantId
                        + "/exemptions")).entity(o.body()).build());
    }
}
