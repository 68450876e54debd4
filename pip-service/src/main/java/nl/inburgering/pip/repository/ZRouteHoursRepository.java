package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.pip.domain.ZRouteHoursEntry;
import nl.inburgering.pip.domain.rules.HoursKind;

@ApplicationScoped
public class ZRouteHoursRepository implements PanacheRepositoryBase<ZRouteHoursEntry, UUID> {

    /** The participant's entries, newest first (by date, then by registration). */
    public Uni<List<ZRouteHoursEntry>> entriesOf(UUID participantId) {
        return list("participantId", Sort.by("date", Sort.Direction.Descending)
                .and("recordedAt", Sort.Direction.Descending).and("id"), participantId);
    }

    /** Whether course hours were registered (a PIP can then no longer be deleted, rules §2.4). */
    public Uni<Boolean> courseHoursRegistered(UUID participantId) {
        return count("participantId = ?1 and kind = ?2", participantId, HoursKind.COURSE).map(n -> n > 0);
    }
}
