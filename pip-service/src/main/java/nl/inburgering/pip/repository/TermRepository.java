package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.inburgering.pip.domain.TermRecord;

/** The term as deadline-service set it (DESIGN §5); the event recorded last wins. */
@ApplicationScoped
public class TermRepository implements PanacheRepositoryBase<TermRecord, UUID> {

    /** Stores the term, or replaces the stored one if this one was recorded later (CloudEvent time). */
    public Uni<Void> store(TermRecord term) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into term (participant_id, start_date, end_date_exclusive, recorded_at) "
                                + "values (:participant, :start, :end, :recordedAt) "
                                + "on conflict (participant_id) do update set start_date = excluded.start_date, "
                                + "end_date_exclusive = excluded.end_date_exclusive, recorded_at = excluded.recorded_at "
                                + "where term.recorded_at < excluded.recorded_at")
                .setParameter("participant", term.participantId)
                .setParameter("start", term.startDate)
                .setParameter("end", term.endDateExclusive)
                .setParameter("recordedAt", term.recordedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The start of the term; null when no term.started arrived. */
    public Uni<LocalDate> startOf(UUID participantId) {
        return findById(participantId).map(t -> t == null ? null : t.startDate);
    }

    /** Forgets the term of a PIP that was deleted before it started (rules §2.4: deletion only before the term). */
    public Uni<Void> forget(UUID participantId) {
        return delete("participantId", participantId).replaceWithVoid();
    }
}
