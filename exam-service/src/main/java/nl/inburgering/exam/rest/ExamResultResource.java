package nl.inburgering.exam.rest;

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
import nl.inburgering.exam.service.ExamResultService;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/exam-registrations/{registrationId}/result")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exam results (uitslagen)")
public class ExamResultResource {

    @Inject
    ExamResultService service;

    @Inject
    IdempotencyStore idempotency;

    /** What an Idempotency-Key is bound to: this registration and this result. */
    record ResultRequest(UUID registrationId, RecordResultRequest result) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXAM_PROVIDER)
    @Operation(summary = "Record the result of an exam (uitslag registreren)",
            description = "Role exam-provider. PASSED (Geslaagd), FAILED (Gezakt) or NO_RESULT (Geen) with DUO's "
                    + "reason (redenGeenResultaat: Verwijtbaar, Nietverwijtbaar, Afgemeld, Absent); optional score; "
                    + "the result date (datum uitslag) must not lie before the exam date (examendatum) nor in the "
                    + "future (409 N17). One result per registration: the same result again is answered as the "
                    + "first (200), a different one is refused (409 DUO-EXAMEN-2); the same request with the same "
                    + "Idempotency-Key gets the first answer again. No result for a registration cancelled in time "
                    + "(409 §4). Emits exam.result-recorded once.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamResultView.class)))
    @APIResponse(responseCode = "200", description = "This exact result was already recorded: nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamResultView.class)))
    public Uni<Response> record(@PathParam("registrationId") UUID registrationId,
            @Parameter(description = "Makes retries safe: the same key and request give the same answer")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid RecordResultRequest body) {
        return idempotency.once("exam-result.record", idempotencyKey, new ResultRequest(registrationId, body),
                        ExamResultView.class, () -> service.record(registrationId, body.toResult())
                                .map(recorded -> new Outcome<>(recorded.created() ? 201 : 200,
                                        registrationId.toString(), ExamResultView.of(recorded.registration()))))
                .map(outcome -> Response.status(outcome.status())
                        .location(URI.create(ExamRegistrationResource.BASE + registrationId + "/result"))
                        .entity(outcome.body()).build());
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER, Roles.DUO})
    @Operation(summary = "Read the result (uitslag) of a registration",
            description = "404 while no result has been recorded. Participants see their own, officers their "
                    + "municipality's.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamResultView.class)))
    public Uni<ExamResultView> get(@PathParam("registrationId") UUID registrationId) {
        return service.get(registrationId).map(ExamResultView::of);
    }
}
