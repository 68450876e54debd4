package nl.inburgering.deadline.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.inburgering.deadline.service.ReminderService;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The scheduler on demand, for operators (issue 11 item 5). */
@Path("/v1/operations/term-signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class OperationsResource {

    static final AuditAction RUN = AuditAction.of("term.signals.run", "scheduler");

    @Inject
    ReminderService reminders;

    @Inject
    Audited audited;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Run the term signals now",
            description = "What the daily run does (deadline.scheduler.cron): plan-deadline.missed when no initial "
                    + "PIP was dated within 10 weeks (N5), term.ending-soon from 2 months before the end (N18), "
                    + "term.exceeded after the end without completion (with the requirements still open), "
                    + "term.closed when the case closes (completed on time or late, fully exempted, obligation "
                    + "ended). Each signal goes out once, whatever the number of runs or instances; a run sends only "
                    + "what is due and not sent. Role operator; audited.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(schema = @Schema(implementation = ReminderService.Run.class)))
    public Uni<ReminderService.Run> run() {
        // the run's transactions go to their end even when the operator's client hangs up
        return nl.inburgering.kit.persistence.RunToTheEnd.of(reminders::run).call(r -> audited.transaction(RUN, r.day(), () -> Uni.createFrom().item(r)));
    }
}
