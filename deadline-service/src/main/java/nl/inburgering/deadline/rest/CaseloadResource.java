package nl.inburgering.deadline.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.deadline.domain.CaseloadList;
import nl.inburgering.deadline.service.CaseloadService;
import nl.inburgering.deadline.service.CaseloadService.Ask;
import nl.inburgering.kit.http.Page;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The officer's caseload lists (issue 11 item 7), as JSON pages or one CSV file. Thin: CaseloadService decides. */
@Path("/v1/caseload/{list}")
@Tag(name = "Caseload")
public class CaseloadResource {

    static final String CSV = "text/csv";
    private static final String LISTS = "terms-ending (open cases whose term ends after today and on or before "
            + "`before`, default today + 2 months), terms-exceeded (open cases past their end without completion), "
            + "plan-deadlines-missed (open cases whose initial PIP was not dated within 10 weeks, N5: MISSED without "
            + "a PIP, LATE with one made later; as the daily run found them), extension-requests (filed, not yet "
            + "decided by DUO).";

    @Inject
    CaseloadService service;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "A caseload list of the officer's municipality",
            description = "One of " + LISTS + " Only the officer's own municipality (the token's). Filter with route "
                    + "and targetGroup; sort with a field of the list (- for descending; comma separated; the "
                    + "participant id always breaks ties); paged (page from 1, pageSize up to 100) with an RFC 8288 "
                    + "Link header. The same list as CSV: GET /v1/caseload/{list}/export. Audited.")
    @APIResponse(responseCode = "200", description = "One page of the list")
    public Uni<RestResponse<Page<CaseloadEntry>>> page(
            @Parameter(description = "terms-ending, terms-exceeded, plan-deadlines-missed or extension-requests",
                    example = "terms-ending") @PathParam("list") CaseloadList list,
            @Parameter(description = "terms-ending: the last exclusive end to list", example = "2027-06-01")
            @QueryParam("before") LocalDate before,
            @Parameter(description = "Only this leerroute", example = "B1") @QueryParam("route") Route route,
            @Parameter(description = "Only this target group", example = "ASYLUM_PERMIT_HOLDER")
            @QueryParam("targetGroup") TargetGroup targetGroup,
            @Parameter(description = "Fields to sort by, - for descending: endDateExclusive, startDate (the term "
                    + "lists), planDeadline, initialPlanDateOfIssue (plan-deadlines-missed), requestedOn, "
                    + "endDateExclusive (extension-requests), participantId (every list)", example = "-endDateExclusive")
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE)
            int pageSize) {
        return service.page(new Ask(known(list), before, route, targetGroup, sort), page, pageSize)
                .map(rows -> new Page<>(rows.items().stream().map(CaseloadEntry::of).toList(), page, pageSize,
                        rows.total()).ok(uri));
    }

    @GET
    @Path("export")
    @Produces(CSV)
    @RolesAllowed(Roles.MUNICIPALITY_OFFICER)
    @Operation(summary = "A caseload list as CSV",
            description = "The whole list (up to 50,000 rows; narrow it with the filters) as RFC 4180 CSV with a "
                    + "header row, the columns of CaseloadEntry; filters and sort as for the JSON list. Audited.")
    @APIResponse(responseCode = "200", description = "The list as CSV")
    public Uni<Response> csv(@PathParam("list") CaseloadList list, @QueryParam("before") LocalDate before,
            @QueryParam("route") Route route, @QueryParam("targetGroup") TargetGroup targetGroup,
            @QueryParam("sort") String sort) {
        CaseloadList known = known(list);
        return service.export(new Ask(known, before, route, targetGroup, sort)).map(rows -> {
            StringBuilder body = new StringBuilder(CaseloadEntry.CSV_HEADER).append("\r\n");
            rows.forEach(r -> body.append(CaseloadEntry.of(r).csv()));
            return Response.ok(body.toString(), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"caseload-" + known.path() + ".csv\"")
                    .build();
        });
    }

    private static CaseloadList known(CaseloadList list) {
        if (list == null) {
            throw new NotFoundException("No such caseload list; there are terms-ending, terms-exceeded, "
                    + "plan-deadlines-missed and extension-requests.");
        }
        return list;
    }
}
