package nl.inburgering.duogateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The exchanges with DUO for operators (issue 13 items 2, 3): the notifications and reports that failed for good
 * (DEAD), or any other status, and the replay of a DEAD one after the cause is fixed. Never a BSN.
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
            @QueryParam("status") @DefaultValue("DEAD") @Pattern(regexp = "PENDING|RUNNING|DONE|DEAD") String status,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return operations.list(status, page, pageSize)
                .map(result -> new Page<>(result.items(), page, pageSize, result.total()).ok(uri));
    }

    @POST
    @Path("{taskId}/replay")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Replay a DEAD DUO exchange (opnieuw aanbieden)",
            description = "Makes a DEAD notification or report PENDING again with fresh attempts, after the cause was "
                    + "fixed; it keeps its place in its participant's order. 404 when no DEAD exchange has this id. "
                    + "Audited. Role operator.")
    public Uni<TaskRow> replay(@PathParam("taskId") UUID taskId) {
        return operations.replay(taskId);
    }
}
