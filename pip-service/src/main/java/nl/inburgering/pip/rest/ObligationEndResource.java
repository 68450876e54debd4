package nl.inburgering.pip.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import jakarta.ws.rs.HeaderParam;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.service.command.ObligationEndRequest;
import nl.inburgering.pip.service.ParticipantChangeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/obligation-end")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant changes (wijzigingen inburgeringsplichtige)")
public class ObligationEndResource {

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ParticipantChangeService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DUO)
    @Operation(summary = "End the obligation (einde inburgeringsplicht)",
            description = "DUO's notice that the obligation ended without completion. NATURALISED (genaturaliseerd), "
                    + "PENSION_AGE (AOW-leeftijd bereikt), WITHDRAWN (verblijfsvergunning ingetrokken) and OTHER are "
                    + "DUO \"Overig\"; LEFT_COUNTRY is \"Vertrek uit Nederland langer dan een jaar\", DECEASED "
                    + "\"Overlijden\", RESIDENCE_PURPOSE_CHANGED \"Verblijfsdoel gewijzigd\". DUO's other "
                    + "RedenGeenInburgeringsplicht values are other facts here (completion, full exemption, temporary "
                    + "exemption). §11 E14, E15. Closes the case (status OBLIGATION_ENDED) "
                    + "unless civic integration was completed before. An obligation ends once (409, rule E14). "
                    + "Emits participant.obligation-ended. Role: duo.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is this resource",
            content = @Content(schema = @Schema(implementation = ObligationEndView.class)))
    public Uni<Response> end(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe (duo-gateway sends DUO's berichtId): the same key and request "
                    + "give the first answer, never a second change")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid ObligationEndRequest body) {
        return idempotency.once("participant.obligation-end", idempotencyKey,
                        new IdempotencyStore.Keyed(participantId, body), ObligationEndView.class,
                        () -> service.endObligation(participantId, body).map(p -> new Outcome<>(201,
                                participantId.toString(), ObligationEndView.of(p))))
                .map(outcome -> Response.status(outcome.status()).location(URI.create("/v1/participants/"
                        + participantId + "/obligation-end")).entity(outcome.body()).build());
    }

    @GET
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read the end of the obligation (einde inburgeringsplicht)",
            description = "404 while the obligation has not ended. Same access as the participant.")
    public Uni<ObligationEndView> get(@PathParam("participantId") UUID participantId) {
        return service.obligationEnd(participantId).map(ObligationEndView::of);
    }
}
