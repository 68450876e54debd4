package nl.inburgering.exam.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Results of exams booked elsewhere (issue 12 item 2). Thin: ExamResultService decides. */
@Path("/v1/participants/{participantId}/results-booked-elsewhere")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exam results (uitslagen)")
public class ResultBookedElsewhereResource {

    @Inject
    ExamResultService service;

    @Inject
    IdempotencyStore idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DUO, Roles.EXAM_PROVIDER})
    @Operation(summary = "Record the result of an exam booked elsewhere (uitslag, elders aangemeld)",
            description = "Roles duo and exam-provider. For an exam the participant booked outside this system (Mijn "
                    + "Inburgering), whose result reaches the municipality from DUO: it is kept as a registration "
                    + "with its result (source BOOKED_ELSEWHERE), counts as an attempt, has no payer here (who paid is "
                    + "not known), and emits exam.result-recorded, so pip-service's completion check sees it. The "
                    + "exam date lies today or before; the result date not before it nor in the future (409 N17). "
                    + "The same reference with the same result again is answered as the first (200), with another "
                    + "result refused (409 DUO-EXAMEN-2); an exam of a component on a day with a registration here "
                    + "is that registration's (409 §4: record it there).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamResultView.class)))
    @APIResponse(responseCode = "200", description = "This exact result with this reference was recorded already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamResultView.class)))
    public Uni<Response> record(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe: the same key and request give the same answer")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid ResultBookedElsewhereRequest body) {
        return idempotency.once("exam-result.booked-elsewhere", idempotencyKey,
                        new IdempotencyStore.Keyed(participantId, body), ExamResultView.class,
                        () -> service.recordBookedElsewhere(participantId, body.toCommand())
                                .map(recorded -> new Outcome<>(recorded.created() ? 201 : 200,
                                        recorded.registration().id.toString(),
                                        ExamResultView.of(recorded.registration()))))
                .map(outcome -> Response.status(outcome.status())
                        .location(URI.create(ExamRegistrationResource.BASE + outcome.resourceId() + "/result"))
                        .entity(outcome.body()).build());
    }
}
