package nl.inburgering.pvt.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.kit.http.ETags;
import nl.inburgering.kit.http.Page;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pvt.service.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** PVT group sessions for planners (issue 10 items 2 and 5). Thin: the rules are {@link SessionService}'s. */
@Path("/v1/pvt-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PVT sessions (bijeenkomsten)")
public class PvtSessionResource {

    @Inject
    SessionService service;

    @Inject
    IdempotencyStore idempotency;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Plan a session",
            description = "In the officer's municipality: its kind, topic (one of pvt.topics; an EDUCATION session "
                    + "names one), day, hours, place, capacity, and the pvt-provider that runs it, if one does. A "
                    + "session may be planned in the past, to record one held already.")
    @APIResponse(responseCode = "201", description = "Planned; Location names it",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Uni<Response> plan(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER)
            String key, @NotNull @Valid SessionRequest body) {
        return idempotency.once("pvt.session", key, body, SessionView.class,
                        () -> service.plan(body.toPlan()).map(s -> new Outcome<>(201, s.id.toString(),
                                SessionView.of(s))))
                .map(o -> Response.status(o.status()).location(URI.create("/v1/pvt-sessions/" + o.resourceId()))
                        .tag(ETags.of(o.body().version())).entity(o.body()).build());
    }

    @GET
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PVT_PROVIDER, Roles.DUO})
    @Operation(summary = "List sessions",
            description = "By date, paged (page from 1, pageSize up to 100) with an RFC 8288 Link header: an officer "
                    + "sees the sessions of their municipality, a pvt-provider those it runs, DUO all. Optional "
                    + "filters: from and to (days, inclusive), provider.")
    public Uni<RestResponse<Page<SessionView>>> list(
            @Parameter(description = "First day, inclusive", example = "2026-11-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, inclusive", example = "2026-11-30") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only the sessions this pvt-provider runs", example = "prodemos")
            @QueryParam("provider") String provider,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "range", "lies before from (" + from + ")");
        }
        return service.list(from, to, provider, page, pageSize)
                .map(p -> new Page<>(p.items().stream().map(SessionView::of).toList(), page, pageSize, p.total())
                        .ok(uri));
    }

    @GET
    @Path("{sessionId}")
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PVT_PROVIDER, Roles.DUO})
    @Operation(summary = "Read a session",
            description = "With the participants enrolled and the attendance recorded. Officers of its municipality, "
                    + "the pvt-provider that runs it, DUO; anyone else 404.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Uni<SessionView> get(@PathParam("sessionId") UUID sessionId) {
        return service.session(sessionId).map(SessionView::of);
    }

    @POST
    @Path("{sessionId}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Enrol participants",
            description = "Participants of the session's municipality, up to its capacity (409 PVT-SESSION-FULL), "
                    + "not in a completed (§9) or closed case (E14) on the session's day. All or none: a participant "
                    + "not known here is a 400 naming each; one enrolled already is reported, so the same list sent "
                    + "twice changes nothing. Officers of the session's municipality.")
    @APIResponse(responseCode = "200", description = "Enrolled",
            content = @Content(schema = @Schema(implementation = EnrolmentResultView.class)))
    public Uni<EnrolmentResultView> enrol(@PathParam("sessionId") UUID sessionId,
            @NotNull @Valid EnrolmentRequest body) {
        if (body.participantIds().stream().distinct().count() != body.participantIds().size()) {
            throw InvalidInputException.of("participantIds", "duplicate", "lists a participant twice");
        }
        return service.enrol(sessionId, body.participantIds()).map(EnrolmentResultView::of);
    }

    @DELETE
    @Path("{sessionId}/enrolments/{participantId}")
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "End an enrolment",
            description = "Only while no attendance of the participant is recorded for the session (409 "
                    + "PVT-ATTENDANCE-RECORDED: withdraw it first).")
    @APIResponse(responseCode = "204", description = "Ended")
    public Uni<Response> unenrol(@PathParam("sessionId") UUID sessionId,
            @PathParam("participantId") UUID participantId) {
        return service.unenrol(sessionId, participantId).map(v -> Response.noContent().build());
    }

    @POST
    @Path("{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MUNICIPALITY_OFFICER, Roles.PVT_PROVIDER})
    @Operation(summary = "Record a session's attendance list",
            description = "The whole presentielijst in one request, all or none: each participant enrolled "
                    + "(PVT-NOT-ENROLLED), once per session (PVT-ATTENDED-ONCE), hours in quarters and at most the "
                    + "session's (absent = all of it), the session's day not after today (FACT-NOT-IN-FUTURE), the "
                    + "case open on that day (§9, E14). A refusal names every entry refused. With an Idempotency-Key "
                    + "a retry gets the first answer. Emits pvt.session-attended per participant. Officers of the "
                    + "session's municipality and the pvt-provider that runs it.")
    @APIResponse(responseCode = "200", description = "Recorded; the session with its attendance",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Uni<Response> attendance(@PathParam("sessionId") UUID sessionId,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotencyStore.HEADER) String key,
            @NotNull @Valid AttendanceListRequest body) {
        return idempotency.once("pvt.attendance-list", key, new IdempotencyStore.Keyed(sessionId, body), SessionView.class,
                        () -> service.recordAttendance(sessionId, body.toLines())
                                .map(d -> new Outcome<>(200, sessionId.toString(), SessionView.of(d))))
                .map(o -> Response.status(o.status()).entity(o.body()).build());
    }
}
