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
import nl.inburgering.kit.problem.ResourceNotFoundException;

/** The operators' view of the DUO exchanges and their replay, audited. */
@ApplicationScoped
public class TaskOperations {

    public static final AuditAction LIST = AuditAction.of("duo.tasks.list", "duo-task");
    public static final AuditAction REPLAY = AuditAction.of("duo.task.replay", "duo-task");

    public record PageOf(List<TaskRow> items, long total) {
    }

    @Inject
    TaskRepository tasks;

    @Inject
    Audited audited;

    public Uni<PageOf> list(String status, int page, int pageSize) {
        return audited.transaction(LIST, status, () -> tasks.count(status)
                .chain(total -> tasks.list(status, page, pageSize).map(items -> new PageOf(items, total))));
    }

    public Uni<TaskRow> replay(UUID id) {
        return audited.transaction(REPLAY, id, () -> tasks.replay(id).chain(replayed -> {
            if (replayed.isEmpty()) {
                throw new ResourceNotFoundException("No DEAD DUO exchange with this id.");
            }
            return tasks.find(id);
        }));
    }
}
