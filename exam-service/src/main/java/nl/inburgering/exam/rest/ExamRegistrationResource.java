package nl.inburgering.exam.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.inburgering.kit.http.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.inburgering.exam.service.ExamRegistrationService;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/exam-registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exam registrations (examenaanmeldingen)")
public class ExamRegistrationResource {

    static final String BASE = "/v1/exam-registrations/";
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Inject
    ExamRegistrationService service;

    @Inject
    ExamViews views;

    @Inject
    IdempotencyStore idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER})
    @Operation(summary = "Register for an exam component (aanmelden voor een examen)",
            description = "A participant registers themself (as in Mijn Inburgering), or an officer of the "
                    + "participant's municipality registers them. The attempt (poging) number is counted per "
                    + "participant and component; who pays (betaler) and the fee (examengeld) are decided now and "
                    + "stored: an asylum permit holder (asielstatushouder) gets the first 2 attempts of each "
                    + "component paid by the municipality (gemeente), never for an exam below the level of the "
                    + "current PIP unless a later PIP permitted that component at A2; everyone else pays €50 (N6, N7, "
                    + "E4). Refused: an exam date (examendatum) that is not after today, a component/level that does "
                    + "not exist (400); an ended obligation (409 E14) or a completed one (409 VOLDAAN); a second "
                    + "booking of the component on that day (409 EXAM-ONE-SITTING-PER-DAY); your own registration as "
                    + "a participant that has not "
                    + "reached exam-service yet (409 PARTICIPANT-NOT-YET-KNOWN); someone else's participant "
                    + "(404). Emits exam.registered. The same request with the same Idempotency-Key returns the first "
                    + "answer.")
    @APIResponse(responseCode = "201", description = "Registered (aangemeld); Location names the registration",
            headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamRegistrationView.class)))
    public Uni<Response> register(
            @Parameter(description = "Makes retries safe: the same key and request give the same answer")
            @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @NotNull @Valid RegisterExamRequest body) {
        return idempotency.once("exam-registration.create", idempotencyKey, body, ExamRegistrationView.class,
                        () -> service.register(body.toCommand())
                                .map(r -> new Outcome<>(201, r.id.toString(), views.registration(r))))
                .map(outcome -> Response.status(outcome.status())
                        .location(URI.create(BASE + outcome.resourceId()))
                        .tag(ETags.of(outcome.body().version()))
                        .entity(outcome.body()).build());
    }

    @GET
    @Path("{registrationId}")
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER, Roles.DUO})
    @Operation(summary = "Read an exam registration (examenaanmelding)",
            description = "With its attempt (poging), who pays (betaler), the last day to cancel and keep the attempt, "
                    + "and the result (uitslag) once recorded. Participants see their own, officers their "
                    + "municipality's; anyone else gets 404. The ETag is the version, for If-Match on changes.")
    @APIResponse(responseCode = "200", description = "The registration",
            headers = @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamRegistrationView.class)))
    public Uni<Response> get(@PathParam("registrationId") UUID registrationId) {
        return service.get(registrationId).map(views::registration)
                .map(view -> Response.ok(view).tag(ETags.of(view.version())).build());
    }

    @PATCH
    @Path("{registrationId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER})
    @Operation(summary = "Change the exam date or place (examen verzetten)",
            description = "Give a new examDate (examendatum) and/or location (examenlocatie); If-Match with the ETag "
                    + "you read is required (428 without it, 412 when someone changed the registration since). At "
                    + "least 7 days (configurable) before the exam the same registration moves and keeps its attempt "
                    + "and payer: 200. Later, the change counts as a late cancellation (te laat afgemeld: the attempt "
                    + "is used up, exam.cancelled) and the new date or place becomes a new registration with its own "
                    + "attempt number and payer (exam.registered): 201 with Location naming it (§4, E19). Refused "
                    + "(409 §4): after the exam date, once cancelled, or once a result is known; onto a day the "
                    + "component is already booked (409 EXAM-ONE-SITTING-PER-DAY).")
    @APIResponse(responseCode = "200", description = "Moved in time: the same registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamRegistrationView.class)))
    @APIResponse(responseCode = "201", description = "Moved late: the new registration that replaces this one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExamRegistrationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag: read the registration again",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA),
                    example = "{\"type\":\"https://inburgering.nl/problems/precondition-failed\",\"title\":"
                            + "\"Precondition failed\",\"status\":412,\"detail\":\"The registration was changed "
                            + "since you read it (its version is 2, If-Match said 1). Read it again and retry.\"}"))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA),
                    example = "{\"type\":\"https://inburgering.nl/problems/precondition-required\",\"title\":"
                            + "\"Precondition required\",\"status\":428,\"detail\":\"Send If-Match with the ETag "
                            + "of the registration as you read it, so that a change never overwrites one you have not "
                            + "seen.\"}"))
    public Uni<Response> change(@PathParam("registrationId") UUID registrationId,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true,
                    description = "The ETag of the registration as you read it", example = "\"0\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ChangeExamRegistrationRequest body) {
        return service.change(registrationId, body.toCommand(), ETags.ifMatch(ifMatch))
                .map(change -> {
                    ExamRegistrationView view = views.registration(change.registration());
                    Response.ResponseBuilder b = change.created()
                            ? Response.status(Response.Status.CREATED).location(URI.create(BASE + view.id()))
                            : Response.ok();
                    return b.tag(ETags.of(view.version())).entity(view).build();
                });
    }

    @POST
    @Path("{registrationId}/cancellation")
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER})
    @Operation(summary = "Cancel an exam registration (afmelden)",
            description = "At least 7 days (configurable) before the exam the attempt (poging) is kept — a free "
                    + "attempt (gratis poging) stays free; later, or on the exam day, the attempt is used up (§4, "
                    + "E19). Emits exam.cancelled with attemptConsumed. If-Match is optional; when given it must be "
                    + "the current ETag. Refused (409 §4): after the exam date, twice, or once a result is known.")
    @APIResponse(responseCode = "201", description = "Cancelled (afgemeld); Location names the cancellation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CancellationView.class)))
    @APIResponse(responseCode = "412", description = "If-Match was given and is not the current ETag",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Uni<Response> cancel(@PathParam("registrationId") UUID registrationId,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH,
                    description = "Optional: the ETag of the registration as you read it", example = "\"0\"")
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return service.cancel(registrationId, ETags.ifMatch(ifMatch)).map(views::cancellation)
                .map(view -> Response.status(Response.Status.CREATED)
                        .location(URI.create(BASE + registrationId + "/cancellation")).entity(view).build());
    }

    @GET
    @Path("{registrationId}/cancellation")
    @RolesAllowed({Roles.PARTICIPANT, Roles.MUNICIPALITY_OFFICER, Roles.DUO})
    @Operation(summary = "Read the cancellation (afmelding) of a registration",
            description = "When and whether the attempt (poging) was used up; 404 when the registration was not "
                    + "cancelled.")
    @APIResponse(responseCode = "200", description = "The cancellation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CancellationView.class)))
    public Uni<CancellationView> getCancellation(@PathParam("registrationId") UUID registrationId) {
        return service.getCancellation(registrationId).map(views::cancellation);
    }
}
