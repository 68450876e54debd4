package nl.inburgering.duogateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.inburgering.duogateway.repository.TaskRepository.TaskRow;
import nl.inburgering.duogateway.service.TaskOperations;
import nl.inburgering.kit.http.Page;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The exchanges with DUO for operators (issue 13 items 2, 3): the notifications and reports that failed for good
 * (DEAD), or any other status; the replay of one or all after the cause is fixed; the discard of one with a reason.
 * Never a BSN.
 */
@Path("/v1/operations/duo-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class TaskOperationsResource {

    @Inject
    TaskOperations operations;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List the DUO exchanges by status (uitwisselingen met DUO)",
            description = "The notifications DUO sent (direction IN) and the reports to DUO (OUT) in one status: DEAD "
                    + "(failed for good: after the last retry, or refused for a reason no retry mends), PENDING, "
                    + "RUNNING or DONE; oldest first, paged, with the outcome of the last attempt. Role operator.")
    public Uni<RestResponse<Page<TaskRow>>> list(
            @QueryParam("status") @DefaultValue("DEAD") @Pattern(regexp = "PENDING|RUNNING|DONE|DEAD|DISCARDED") String status,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return operations.list(status, page, pageSize)
                .map(result -> new Page<>(result.items(), page, pageSize, result.total()).ok(uri));
    }

    @POST
    @Path("{taskId}/replay")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Replay a DEAD DUO exchange (opnieuw aanbieden)",
            description = "Makes a DEAD or DISCARDED notification or report PENDING again with a fresh retry window, "
                    + "after the cause was fixed; it keeps its place in its participant's order. Answers the exchange as it "
                    + "stands right after: PENDING, or RUNNING or DONE when a worker took it up at once. 404 when no "
                    + "DEAD or DISCARDED exchange has this id. Audited. Role operator.")
    public Uni<TaskRow> replay(@PathParam("taskId") UUID taskId) {
        return operations.replay(taskId);
    }

    /** How many exchanges a bulk replay made PENDING again. */
    public record Replayed(@Schema(description = "How many exchanges are PENDING again", example = "12") int replayed) {
    }

    @POST
    @Path("replay")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Replay every DEAD DUO exchange (alle opnieuw aanbieden)",
            description = "After an outage longer than the retry window, or once a cause is fixed: every DEAD exchange "
                    + "(or every DISCARDED one, e.g. the reports from before the cut-over, for a backfill), of one "
                    + "direction and kind where given, PENDING again with a fresh retry window, in their order. "
                    + "Audited. Role operator.")
    public Uni<Replayed> replayAll(
            @QueryParam("status") @DefaultValue("DEAD") @Pattern(regexp = "DEAD|DISCARDED") String status,
            @QueryParam("direction") @Pattern(regexp = "IN|OUT") String direction,
            @QueryParam("kind") @Pattern(regexp = "[A-Z0-9_]{1,20}") String kind) {
        return operations.replayAll(status, direction, kind).map(Replayed::new);
    }

    /** Why an operator sets an exchange aside. */
    public record DiscardBody(@Schema(description = "Why the exchange is set aside (no BSN: nine-digit runs are "
            + "masked)", example = "DUO registered this PIP by hand") @NotBlank @Size(max = 300) String reason) {
    }

    @POST
    @Path("{taskId}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Discard a DEAD or pending DUO exchange (afvoeren)",
            description = "Sets the exchange aside for good, with the reason (kept with it and in the audit record): "
                    + "a report DUO will never accept, a notification handled by hand. It no longer holds back the "
                    + "reports that wait for it (a MAP waiting for its PIP goes). A notification's sealed BSN is erased. "
                    + "404 when no DEAD or PENDING exchange has this id. Role operator.")
    public Uni<TaskRow> discard(@PathParam("taskId") UUID taskId, @NotNull @Valid DiscardBody body) {
        return operations.discard(taskId, body.reason());
    }
}
