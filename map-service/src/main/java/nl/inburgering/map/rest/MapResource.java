package nl.inburgering.map.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.inburgering.kit.http.ETags;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.map.config.MapSettings;
import nl.inburgering.map.domain.MapEntry;
import nl.inburgering.map.service.MapService;
import nl.inburgering.map.service.command.EntryCommand;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The MAP of one participant (issue 9). Thin: the rules and the transactions are {@link MapService}'s.
 */
@Path("/v1/participants/{participantId}/map")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MAP (Module Arbeidsmarkt en Participatie)")
public class MapResource {

    @Inject
    nl.inburgering.kit.explain.Explanations explanations;

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String RULES = " Refused with a 409 naming the rule: no current PIP known here "
            + "(PLAN-NOT-YET-KNOWN), the Onderwijsroute (§5), a completed (§9) or closed case (E14), a date after today "
            + "(FACT-NOT-IN-FUTURE).";
    private static final String CORRECTION = " Correcting (PUT) needs If-Match with the entry's ETag (428 without, 412 "
            + "when it changed since) and a reason; the earlier state is kept in the entry's history.";

    @Inject
    MapService service;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    MapSettings settings;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "Read the MAP progress",
            description = "Each part with its state — start interview, the labour-market themes, the hours of work "
                    + "experience against the 40 required (N11), the final interview — what is left and why in words "
                    + "an officer can read to the participant, and every entry (withdrawn ones too). Officers of the "
                    + "participant's municipality (the previous one for a month after a move), the participant, DUO; "
                    + "anyone else 404.")
    @APIResponse(responseCode = "200", description = "The MAP",
            content = @Content(schema = @Schema(implementation = MapProgressView.class)))
    public Uni<MapProgressView> progress(@PathParam("participantId") UUID participantId,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return service.progress(participantId).map(p -> MapProgressView.of(p, settings.startInterviewRequired(),
                explanations.forRequest(headers)));
    }

    @POST
    @Path("start-interview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Record the start interview (startgesprek)",
            description = "Once (409 MAP-RECORDED-ONCE: correct or withdraw the one there is). Emits "
                    + "map.part-completed START_INTERVIEW." + RULES)
    @APIResponse(responseCode = "201", description = "Recorded; Location names the entry", headers = @Header(
            name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> startInterview(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid StartInterviewRequest body) {
        return create("map.start-interview", participantId, key, body, () -> body.toCommand());
    }

    @PUT
    @Path("start-interview/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Correct the start interview", description = "With a reason." + CORRECTION)
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> correctStartInterview(@PathParam("participantId") UUID participantId,
            @PathParam("entryId") UUID entryId, @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The ETag of the entry as you read it") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid StartInterviewRequest body) {
        return correct(participantId, entryId, ifMatch, body.reason(), body.toCommand());
    }

    @POST
    @Path("themes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.MAP_PROVIDER})
    @Operation(summary = "Record a labour-market theme done",
            description = "One of the configured themes (§5; an unknown one is a 400), once each (409 "
                    + "MAP-RECORDED-ONCE). When the last theme is done, emits map.part-completed "
                    + "LABOUR_MARKET_EDUCATION. Officers, and a map-provider assigned to the participant." + RULES)
    @APIResponse(responseCode = "201", description = "Recorded; Location names the entry",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> theme(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid ThemeRequest body) {
        return create("map.theme", participantId, key, body, () -> body.toCommand());
    }

    @PUT
    @Path("themes/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Correct a theme entry", description = "With a reason." + CORRECTION)
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> correctTheme(@PathParam("participantId") UUID participantId,
            @PathParam("entryId") UUID entryId, @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The ETag of the entry as you read it") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ThemeRequest body) {
        return correct(participantId, entryId, ifMatch, body.reason(), body.toCommand());
    }

    @POST
    @Path("work-experience")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.MAP_PROVIDER})
    @Operation(summary = "Record hours of work experience",
            description = "Hours more than 0, at most 24, in quarters (400 otherwise); one day holds at most 24 "
                    + "(409 MAP-HOURS-PER-DAY). When the total reaches 40 (N11), emits map.part-completed "
                    + "WORK_EXPERIENCE. Officers, and a map-provider assigned to the participant." + RULES)
    @APIResponse(responseCode = "201", description = "Recorded; Location names the entry",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> workExperience(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid WorkExperienceRequest body) {
        return create("map.work-experience", participantId, key, body, () -> body.toCommand());
    }

    @PUT
    @Path("work-experience/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Correct a work-experience entry", description = "With a reason." + CORRECTION)
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> correctWorkExperience(@PathParam("participantId") UUID participantId,
            @PathParam("entryId") UUID entryId, @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The ETag of the entry as you read it") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid WorkExperienceRequest body) {
        return correct(participantId, entryId, ifMatch, body.reason(), body.toCommand());
    }

    @POST
    @Path("final-interviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Record a final interview (eindgesprek)",
            description = "Only after the parts before it, done by its date: the start interview "
                    + "(MAP-START-INTERVIEW, configurable), every theme (§5-THEMES), 40 hours of work experience (N11); "
                    + "and not once the MAP is completed (MAP-COMPLETED). DUO's rules (SDI016): a current PIP "
                    + "(DUO-MAP-1), not in the future (DUO-MAP-2), the term known (TERM-NOT-YET-KNOWN) and not before "
                    + "its start (DUO-MAP-3), not after the Z-route completion (DUO-MAP-4), culpableDelay NO only from "
                    + "2 months before the end of the term (DUO-MAP-5), YES only once it has been exceeded "
                    + "(DUO-MAP-6). SUFFICIENT completes the MAP: map.part-completed FINAL_INTERVIEW and "
                    + "map.completed, which pip-service's completion check consumes; NOT_SUFFICIENT is kept and "
                    + "completes nothing, a later one can." + RULES)
    @APIResponse(responseCode = "201", description = "Recorded; Location names the entry",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    @APIResponse(responseCode = "409", description = "A rule forbids it; rule names it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA),
                    example = "{\"type\":\"https://inburgering.nl/problems/rule-violation\",\"title\":\"A rule of "
                            + "the domain forbids this\",\"status\":409,\"detail\":\"N11: the final interview of "
                            + "2026-09-01 needs the parts before it done by that day: 12.5 of 40 hours of work "
                            + "experience are recorded; 27.5 hours to go.\",\"rule\":\"N11\"}"))
    public Uni<Response> finalInterview(@PathParam("participantId") UUID participantId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid FinalInterviewRequest body) {
        return create("map.final-interview", participantId, key, body, () -> body.toCommand());
    }

    @PUT
    @Path("final-interviews/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Correct a final interview",
            description = "With a reason; judged by the same rules as a new one. A changed date or culpableDelay of "
                    + "the completing interview emits map.completed again; a SUFFICIENT one corrected to "
                    + "NOT_SUFFICIENT emits map.completion-withdrawn. Not after the Z-route completion (409 E17)."
                    + CORRECTION)
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> correctFinalInterview(@PathParam("participantId") UUID participantId,
            @PathParam("entryId") UUID entryId, @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The ETag of the entry as you read it") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid FinalInterviewRequest body) {
        return correct(participantId, entryId, ifMatch, body.reason(), body.toCommand());
    }

    @GET
    @Path("entries/{entryId}")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "Read an entry with its history",
            description = "The entry as it is (ETag = its version, for If-Match) and every earlier state with who "
                    + "changed it, when and why.")
    @APIResponse(responseCode = "200", description = "The entry",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MapEntryHistoryView.class)))
    public Uni<Response> entry(@PathParam("participantId") UUID participantId, @PathParam("entryId") UUID entryId) {
        return service.entry(participantId, entryId).map(h -> Response.ok(MapEntryHistoryView.of(h, json))
                .tag(ETags.of(h.entry().version)).build());
    }

    @POST
    @Path("entries/{entryId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Withdraw an entry",
            description = "The entry is kept, marked withdrawn with who, when and why, and counts no more. "
                    + "Withdrawing the final interview that completed the MAP emits map.completion-withdrawn "
                    + "(pip-service then shows the MAP outstanding again, unless integration was already completed). "
                    + "Not a final interview once the Z-route is completed (409 E17); not twice (409 MAP-WITHDRAWN). "
                    + "If-Match with the entry's ETag is required.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = MapEntryView.class)))
    public Uni<Response> withdraw(@PathParam("participantId") UUID participantId, @PathParam("entryId") UUID entryId,
            @Parameter(in = ParameterIn.HEADER, name = ETags.IF_MATCH, required = true, example = "\"0\"",
                    description = "The ETag of the entry as you read it") @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid WithdrawalRequest body) {
        long version = ETags.requireIfMatch(ifMatch, "entry");
        return service.withdraw(participantId, entryId, body.reason().strip(), version).map(MapResource::entity);
    }

    @GET
    @Path("providers")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.DUO})
    @Operation(summary = "List the MAP providers assigned to the participant",
            description = "The ids (token subjects) of the organisations that may record themes and work experience "
                    + "for this participant now; ended assignments are not listed.")
    @APIResponse(responseCode = "200", description = "The providers' ids")
    public Uni<List<String>> providers(@PathParam("participantId") UUID participantId) {
        return service.providers(participantId);
    }

    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Assign a MAP provider",
            description = "The provider (an organisation the municipality contracts; its map-provider token's sub) "
                    + "may then record themes and work experience for this participant, nothing else. 201 when new, "
                    + "200 when it was assigned already.")
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "200", description = "Was assigned already")
    public Uni<Response> assign(@PathParam("participantId") UUID participantId,
            @NotNull @Valid ProviderAssignmentRequest body) {
        return service.assign(participantId, body.providerId()).map(created -> (created
                ? Response.created(URI.create("/v1/participants/" + participantId + "/map/providers/"
                        + body.providerId()))
                : Response.ok()).build());
    }

    @DELETE
    @Path("providers/{providerId}")
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "End a MAP provider's assignment", description = "From now on the provider meets a 404 "
            + "for this participant; what it recorded stays, with its id as recordedBy.")
    @APIResponse(responseCode = "204", description = "Ended")
    public Uni<Response> unassign(@PathParam("participantId") UUID participantId,
            @PathParam("providerId") String providerId) {
        return service.unassign(participantId, providerId).map(v -> Response.noContent().build());
    }

    private Uni<Response> create(String scope, UUID participantId, String key, Object body,
            Supplier<EntryCommand> command) {
        return idempotency.once(scope, key, new IdempotencyStore.Keyed(participantId, body), MapEntryView.class,
                        () -> service.record(participantId, command.get())
                                .map(e -> new Outcome<>(201, e.id.toString(), MapEntryView.of(e))))
                .map(outcome -> Response.status(outcome.status())
                        .location(URI.create("/v1/participants/" + participantId + "/map/entries/"
                                + outcome.resourceId()))
                        .tag(ETags.of(outcome.body().version())).entity(outcome.body()).build());
    }


    private Uni<Response> correct(UUID participantId, UUID entryId, String ifMatch, String reason,
            EntryCommand command) {
        long version = ETags.requireIfMatch(ifMatch, "entry");
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "required", "a correction says why the entry changes");
        }
        return service.correct(participantId, entryId, command, reason.strip(), version).map(MapResource::entity);
    }

    private static Response entity(MapEntry e) {
        return Response.ok(MapEntryView.of(e)).tag(ETags.of(e.version)).build();
    }
}
