package nl.inburgering.pip.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.pip.repository.CompletionInputsRepository;
import nl.inburgering.pip.repository.CompletionInputsRepository.Term;
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

    @Inject
    CompletionInputsRepository inputs;

    /** The judgement, and the term as deadline-service published it (null before term.started). */
    public record Progress(Evaluation evaluation, Term term) {
    }

    /** Route, each requirement with its state, fact and rule, the status, and the term (issue 8 item 13). */
    public Uni<Progress> progress(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(p -> inputs.load(p.id).map(stored -> new Progress(completion.assess(p, stored), stored.term()))));
    }
}
