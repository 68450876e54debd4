package nl.inburgering.pip.rest;

import nl.inburgering.kit.http.Page;
import org.jboss.resteasy.reactive.RestResponse;
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
import java.util.UUID;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.service.command.ZRouteCompletionRequest;
import nl.inburgering.pip.service.command.HoursEntryRequest;
import nl.inburgering.pip.service.ZRouteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/participants/{participantId}/zroute")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Z-route (zelfredzaamheidsroute)")
public class ZRouteResource {

    @Inject
    ZRouteService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read Z-route progress (voortgang zelfredzaamheidsroute)",
            description = "Hours counted (getelde uren) against the hours required: course hours (participatietaalles, "
                    + "default 800) for everyone, plus participation hours (participatieactiviteiten, default 800) for "
                    + "asylum permit holders only (N13, N14; thresholds in pip.zroute.*); lessons during the brede "
                    + "intake do not count (§2.2). Also the final interview date (eindgesprek) once recorded. "
                    + "Officers of the participant's municipality, DUO, and the participant themself.")
    public Uni<ZRouteView> progress(@PathParam("participantId") UUID participantId) {
        return service.progress(participantId).map(ZRouteView::of);
    }

    @POST
    @Path("hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Register hours followed (gevolgde uren registreren)",
            description = "A dated entry of COURSE (participatietaalles), PARTICIPATION (participatieactiviteiten) or "
                    + "INTAKE_LANGUAGE (taalles/KNM tijdens de brede intake) hours, after DUO's GevolgdeUren API. "
                    + "Accepted whatever the current route (hours carry over after a route switch, §3.4); not for a "
                    + "closed case (409, §9/E14). Role: municipality-officer of the participant's municipality.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the entry",
            content = @Content(schema = @Schema(implementation = HoursEntryView.class)))
    public Uni<Response> addHours(@PathParam("participantId") UUID participantId,
            @NotNull @Valid HoursEntryRequest body) {
        return service.addHours(participantId, body)
                .map(entry -> Response.created(URI.create("/v1/participants/" + participantId + "/zroute/hours/"
                        + entry.id)).entity(HoursEntryView.of(entry)).build());
    }

    @GET
    @Path("hours")
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "List registered hours (gevolgde uren)",
            description = "Newest date first, paged (page from 1, pageSize up to 100) with a Link header.")
    public Uni<RestResponse<Page<HoursEntryView>>> hours(@PathParam("participantId") UUID participantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return service.entries(participantId).map(all -> Page.of(all, page, pageSize, HoursEntryView::of).ok(uri));
    }

    @GET
    @Path("hours/{entryId}")
    @RolesAllowed({Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT})
    @Operation(summary = "Read one entry of hours (gevolgde uren)", description = "One dated entry of hours "
            + "followed, by its id from the Location of the POST. Same access as the list.")
    public Uni<HoursEntryView> hoursEntry(@PathParam("participantId") UUID participantId,
            @PathParam("entryId") UUID entryId) {
        return service.entry(participantId, entryId).map(HoursEntryView::of);
    }

    @POST
    @Path("completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "Record the Z-route completion (afronding zelfredzaamheidsroute, eindgesprek)",
            description = "Records the date of the final interview (datumAfrondingZroute). Refused with a 409 naming "
                    + "the rule unless the current PIP is on the Z-route (§3.3), the date is not in the future "
                    + "(DUO-ZROUTE-1) nor before the term start (DUO-ZROUTE-2), the hours were met by that date (N13 "
                    + "asylum permit holders, N14 others) and no known MAP or PVT date lies after it (E17). Recorded "
                    + "once: the same date again answers 200, another date 409 (DUO-ZROUTE-3). Emits zroute.completed "
                    + "and re-evaluates completion. Role: municipality-officer of the participant's municipality.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the Z-route progress",
            content = @Content(schema = @Schema(implementation = ZRouteView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded with this date",
            content = @Content(schema = @Schema(implementation = ZRouteView.class)))
    public Uni<Response> complete(@PathParam("participantId") UUID participantId,
            @NotNull @Valid ZRouteCompletionRequest body) {
        return service.complete(participantId, body)
                .map(done -> (done.created()
                        ? Response.created(URI.create("/v1/participants/" + participantId + "/zroute"))
                        : Response.ok()).entity(ZRouteView.of(done.progress())).build());
    }
}
