package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.pip.domain.ParticipantMove;

@ApplicationScoped
public class MoveRepository implements PanacheRepositoryBase<ParticipantMove, UUID> {

    /** Newest first. */
    public Uni<List<ParticipantMove>> movesOf(UUID participantId) {
        return list("participantId", Sort.by("recordedAt", Sort.Direction.Descending).and("id"), participantId);
    }
}
