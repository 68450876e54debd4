package nl.inburgering.deadline.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.deadline.domain.Exemption;

/** DUO's exemption decisions per participant. */
@ApplicationScoped
public class ExemptionRepository {

    public Uni<List<Exemption>> of(UUID participantId) {
        return Exemption.list("participantId = ?1 order by validFrom, recordedAt, id", participantId);
    }
}
