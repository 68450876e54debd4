package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.pip.domain.PlanVersion;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<PlanVersion, UUID> {

    /** Every version of the participant's PIP, oldest first. */
    public Uni<List<PlanVersion>> versionsOf(UUID participantId) {
        return list("participantId", Sort.by("version"), participantId);
    }

    /** Whether the participant has a PIP (a new version is then a revision). */
    public Uni<Boolean> hasPlan(UUID participantId) {
        return count("participantId", participantId).map(n -> n > 0);
    }

    /** Deletes every version of one PIP. */
    public Uni<Long> deletePlan(UUID participantId, UUID planId) {
        return delete("participantId = ?1 and planId = ?2", participantId, planId);
    }
}
