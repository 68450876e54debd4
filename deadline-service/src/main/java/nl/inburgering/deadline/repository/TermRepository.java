package nl.inburgering.deadline.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.deadline.domain.Term;
import nl.inburgering.deadline.domain.TermExtension;
import org.hibernate.LockMode;

/** The term and its extensions (the Inburgeringstermijnhistorie). */
@ApplicationScoped
public class TermRepository {

    public Uni<Term> find(UUID participantId) {
        return Term.findById(participantId);
    }

    /** The term, locked: one participant's extensions are decided one at a time. */
    public Uni<Term> lock(UUID participantId) {
        return Panache.getSession().chain(s -> s.find(Term.class, participantId, LockMode.PESSIMISTIC_WRITE));
    }

    /** Every extension request and decision, in the order filed. */
    public Uni<List<TermExtension>> extensionsOf(UUID participantId) {
        return TermExtension.list("participantId = ?1 order by requestedOn, recordedAt, id", participantId);
    }

    public Uni<TermExtension> extension(UUID participantId, UUID extensionId) {
        return TermExtension.<TermExtension>find("id = ?1 and participantId = ?2", extensionId, participantId)
                .firstResult();
    }
}
