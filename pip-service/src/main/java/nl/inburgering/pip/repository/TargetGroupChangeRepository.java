package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.kit.participants.TargetGroupHistory;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.TargetGroupChange;

@ApplicationScoped
public class TargetGroupChangeRepository implements PanacheRepositoryBase<TargetGroupChange, UUID> {

    /** Newest first. */
    public Uni<List<TargetGroupChange>> changesOf(UUID participantId) {
        return list("participantId", Sort.by("recordedAt", Sort.Direction.Descending).and("id"), participantId);
    }

    /**
     * The participant's target group over time: the group before the first recorded change (or the current one
     * when none was recorded), then every change from its effective date with its rights (E11, issue 8 items 3, 4).
     */
    public Uni<TargetGroupHistory> historyOf(Participant p) {
        return changesOf(p.id).map(changes -> new TargetGroupHistory(
                changes.isEmpty() ? p.targetGroup : changes.get(changes.size() - 1).fromGroup,
                changes.stream().map(c -> new TargetGroupHistory.Change(c.effectiveDate, c.toGroup,
                        c.rightsAfterChange)).toList()));
    }
}
