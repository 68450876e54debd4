package nl.inburgering.deadline.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.inburgering.deadline.domain.Term;

@ApplicationScoped
public class TermRepository {

    public Uni<Term> find(UUID participantId) {
        return Term.findById(participantId);
    }
}
