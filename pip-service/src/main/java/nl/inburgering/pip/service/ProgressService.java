package nl.inburgering.pip.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.pip.service.CompletionService.Evaluation;

/**
 * The progress read (issue item 6): the same judgement as the completion check ({@link CompletionService#assess}),
 * for the caller to see, without changing anything.
 */
@ApplicationScoped
public class ProgressService {

    public static final AuditAction READ = AuditAction.of("participant.progress.read", "participant");

    @Inject
    ParticipantAccess access;

    @Inject
    CompletionService completion;

    @Inject
    Audited audited;

    /** Route, each requirement with its state, fact and rule, and the status. */
    public Uni<Evaluation> progress(UUID participantId) {
        return audited.transaction(READ, participantId,
                () -> access.forRead(participantId).chain(completion::assess));
    }
}
