package nl.inburgering.duogateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.inburgering.duogateway.repository.TaskRepository;
import nl.inburgering.duogateway.repository.TaskRepository.TaskRow;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.logging.BsnMaskingFilter;
import nl.inburgering.kit.problem.ResourceNotFoundException;

/**
 * The operators' view of the DUO exchanges: list (a read, its record group-committed), replay one or all, discard one
 * with a reason; each change commits with its audit record or not at all.
 */
@ApplicationScoped
public class TaskOperations {

    public static final AuditAction LIST = AuditAction.of("duo.tasks.list", "duo-task");
    public static final AuditAction REPLAY = AuditAction.of("duo.task.replay", "duo-task");
    public static final AuditAction REPLAY_ALL = AuditAction.of("duo.tasks.replay", "duo-task");
    public static final AuditAction DISCARD = AuditAction.of("duo.task.discard", "duo-task");

    public record PageOf(List<TaskRow> items, long total) {
    }

    @Inject
    TaskRepository tasks;

    @Inject
    Audited audited;

    public Uni<PageOf> list(String status, int page, int pageSize) {
        return audited.read(LIST, status, () -> tasks.count(status)
                .chain(total -> tasks.list(status, page, pageSize).map(items -> new PageOf(items, total))));
    }

    public Uni<TaskRow> replay(UUID id) {
        return audited.transaction(REPLAY, id, () -> tasks.replay(id).invoke(replayed -> {
            if (!replayed) {
                throw new ResourceNotFoundException("No DEAD or DISCARDED DUO exchange with this id.");
            }
        })).chain(() -> tasks.find(id));
    }

    /** Every DEAD (or DISCARDED) exchange, of one direction and kind where given, again; how many. */
    public Uni<Integer> replayAll(String status, String direction, String kind) {
        String what = status + (direction == null ? "" : " " + direction) + (kind == null ? "" : " " + kind);
        return audited.transaction(REPLAY_ALL, null, what, () -> tasks.replayAll(status, direction, kind));
    }

    /** Sets a DEAD or PENDING exchange aside for good; the reason is kept with it and in the audit record. */
    public Uni<TaskRow> discard(UUID id, String reason) {
        // An operator's text could quote a BSN; it is stored masked, as DUO's texts are.
        String masked = BsnMaskingFilter.mask(reason.strip());
        return audited.transaction(DISCARD, id, masked, () -> tasks.discard(id, masked).invoke(discarded -> {
            if (!discarded) {
                throw new ResourceNotFoundException("No DEAD or PENDING DUO exchange with this id.");
            }
        })).chain(() -> tasks.find(id));
    }
}
