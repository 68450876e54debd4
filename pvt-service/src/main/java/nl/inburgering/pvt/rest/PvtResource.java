package nl.inburgering.pvt.rest;

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
import nl.inburgering.kit.http.ETags;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pvt.service.PvtService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The PVT of one participant (issue 10). Thin: the rules and the transactions are {@link PvtService}'s. */
@Path("/v1/participants/{participantId}/pvt")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PVT (participatieverklaringstraject)")
public class PvtResource {

    @Inject
    nl.inburgering.kit.explain.Explanations explanations;

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Inject
    PvtService service;

    @Inject
    IdempotencyStore idempotency;

    @GET
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "Read the PVT progress",
            description = "Hours attended against the 12 required (N12), each requirement of the signing (hours, "
                    + "education on the core values, the walk through the community, required topics) with its "
                    + "state, what is left in words an officer can read to the participant, the signing, every "
                    + "attendance and the sessions enrolled in. Officers of the participant's municipality (the "
                    + "previous one for a month after a move), the participant, DUO; anyone else 404.")
    @APIResponse(responseCode = "200", description = "The PVT",
            content = @Content(schema = @Schema(implementation = PvtProgressView.class)))
    public Uni<PvtProgressView> progress(@PathParam("participantId") UUID participantId,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return service.progress(participantId).map(p -> PvtProgressView.of(p, explanations.forRequest(headers)));
    }

    @POST
    @Path("attendances")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Record a one-to-one meeting",
            description = "For a trajectory outside the group sessions: kind, topic, day (not after today: "
                    + "FACT-NOT-IN-FUTURE), hours in quarters. Not in a completed (§9) or closed case (E14). Emits "
                    + "pvt.session-attended, whose sessionId is the attendance's id (a session of one).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the participant's PVT",
            content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    public Uni<Response> attendance(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid IndividualAttendanceRequest body) {
        return idempotency.once("pvt.attendance", key, new IdempotencyStore.Keyed(participantId, body), AttendanceView.class,
                        () -> service.recordIndividual(participantId, body.toCommand())
                                .map(a -> new Outcome<>(201, a.id.toString(), AttendanceView.of(a))))
                .map(o -> Response.status(o.status()).location(URI.create(pvt(participantId)))
                        .tag(ETags.of(o.body().version())).entity(o.body()).build());
    }

    @POST
    @Path("attendances/{attendanceId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Withdraw an attendance",
            description = "Kept, marked withdrawn with who, when and why, and counted no more. Not while a signing "
                    + "rests on the hours (409 PVT-SIGNED: withdraw the signing first), not twice (409 PVT-WITHDRAWN). "
                    + "If-Match with the attendance's version is required (428 without, 412 when it changed).")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    public Uni<Response> withdrawAttendance(@PathParam("participantId") UUID participantId,
            @PathParam("attendanceId") UUID attendanceId,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The version of the attendance as you read it") @HeaderParam(ETags.IF_MATCH)
            String ifMatch, @NotNull @Valid WithdrawalRequest body) {
        long version = ETags.requireIfMatch(ifMatch, "attendance");
        return service.withdrawAttendance(participantId, attendanceId, body.reason().strip(), version)
                .map(a -> Response.ok(AttendanceView.of(a)).tag(ETags.of(a.version)).build());
    }

    @POST
    @Path("signing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Record the signing of the participatieverklaring",
            description = "Refused with a 409 naming the rule: a completed (§9) or closed case (E14); signed already "
                    + "(PVT-SIGNED); DUO's rules (SDI016): a current PIP (DUO-PVT-1), not in the future (DUO-PVT-2), "
                    + "the inburgeringstermijn known (TERM-NOT-YET-KNOWN) and not before its start (DUO-PVT-3), not "
                    + "after the Z-route completion (DUO-PVT-4), verwijtbaar NO only from 2 months before the end of "
                    + "the term (DUO-PVT-5), YES only once it has been exceeded (DUO-PVT-6); and by the day of the "
                    + "signing at least 12 hours attended (N12), education on the core values (PVT-EDUCATION), the "
                    + "walk through the community (PVT-COMMUNITY-WALK), the required topics (PVT-TOPICS). The "
                    + "statement text and its version are kept with the signing. Emits pvt.statement-signed, which "
                    + "pip-service's completion check consumes. Officers of the participant's municipality; a "
                    + "pvt-provider never signs.")
    @APIResponse(responseCode = "201", description = "Signed; Location names the signing",
            content = @Content(schema = @Schema(implementation = SigningView.class)))
    @APIResponse(responseCode = "409", description = "A rule forbids it; rule names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA),
                    example = "{\"type\":\"https://inburgering.nl/problems/rule-violation\",\"title\":\"A rule of "
                            + "the domain forbids this\",\"status\":409,\"detail\":\"N12: the statement signed on "
                            + "2026-11-20 needs what comes before it done by that day: 9.5 of 12 hours attended; 2.5 "
                            + "hours to go (N12).\",\"rule\":\"N12\"}"))
    public Uni<Response> sign(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid SigningRequest body) {
        return idempotency.once("pvt.signing", key, new IdempotencyStore.Keyed(participantId, body), SigningView.class,
                        () -> service.sign(participantId, body.toCommand())
                                .map(s -> new Outcome<>(201, s.id.toString(), SigningView.of(s))))
                .map(o -> Response.status(o.status()).location(URI.create(pvt(participantId) + "/signing"))
                        .tag(ETags.of(o.body().version())).entity(o.body()).build());
    }

    @GET
    @Path("signing")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "Read the signing",
            description = "The signing that stands, with its ETag for If-Match; 404 when the statement is not signed "
                    + "(or its signing was withdrawn).")
    @APIResponse(responseCode = "200", description = "The signing",
            content = @Content(schema = @Schema(implementation = SigningView.class)))
    public Uni<Response> signing(@PathParam("participantId") UUID participantId) {
        return service.signing(participantId).map(s -> Response.ok(SigningView.of(s)).tag(ETags.of(s.version))
                .build());
    }

    @POST
    @Path("signing/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Withdraw the signing",
            description = "For a signing recorded in error, with a reason: kept, marked withdrawn, and the PVT is "
                    + "open again. Only until integration is completed (409 §9; pip-service keeps a completion it "
                    + "published), not in a closed case (E14), not once the Z-route completion rests on it (409 E17). "
                    + "If-Match with the signing's version is required. Emits pvt.signing-withdrawn.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = SigningView.class)))
    public Uni<Response> withdrawSigning(@PathParam("participantId") UUID participantId,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The version of the signing as you read it") @HeaderParam(ETags.IF_MATCH)
            String ifMatch, @NotNull @Valid WithdrawalRequest body) {
        long version = ETags.requireIfMatch(ifMatch, "signing");
        return service.withdrawSigning(participantId, body.reason().strip(), version)
                .map(s -> Response.ok(SigningView.of(s)).build());
    }

    @GET
    @Path("statement")
    @Produces("application/pdf")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "Download the signed participatieverklaring",
            description = "A PDF with the statement text as signed (and its version), the participant's name, the "
                    + "date of signing and the municipality. The participant downloads their own; 404 while not "
                    + "signed.")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Uni<Response> statement(@PathParam("participantId") UUID participantId) {
        return service.statement(participantId).map(s -> Response.ok(s.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"participatieverklaring-" + s.signing().signedOn
                        + ".pdf\"")
                .build());
    }

    private static String pvt(UUID participantId) {
        return "/v1/participants/" + participantId + "/pvt";
    }
}
