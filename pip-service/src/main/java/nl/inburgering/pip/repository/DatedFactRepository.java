package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.pip.domain.DatedFact;
import nl.inburgering.pip.domain.DatedFactRecord;

/**
 * MAP and PVT dates (DESIGN §2, §5): one per participant and kind, the one recorded last wins, a withdrawal
 * included (issue 9 item 4).
 */
@ApplicationScoped
public class DatedFactRepository implements PanacheRepositoryBase<DatedFactRecord, DatedFactRecord.Key> {

    /** Stores the fact, or replaces the stored one if this one was recorded later (CloudEvent time). */
    public Uni<Void> store(DatedFactRecord fact) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into completion_fact (participant_id, kind, fact_date, recorded_at, event_id, withdrawn) "
                                + "values (:participant, :kind, :date, :recordedAt, :eventId, :withdrawn) "
                                + "on conflict (participant_id, kind) do update set fact_date = excluded.fact_date, "
                                + "recorded_at = excluded.recorded_at, event_id = excluded.event_id, "
                                + "withdrawn = excluded.withdrawn "
                                + "where completion_fact.recorded_at < excluded.recorded_at")
                .setParameter("participant", fact.participantId)
                .setParameter("kind", fact.kind.name())
                .setParameter("date", fact.date)
                .setParameter("recordedAt", fact.recordedAt.atOffset(ZoneOffset.UTC))
                .setParameter("eventId", fact.eventId)
                .setParameter("withdrawn", fact.withdrawn)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The participant's dated facts by kind; a kind not reported, or withdrawn last, is absent. */
    public Uni<Map<DatedFact, LocalDate>> factsOf(UUID participantId) {
        return list("participantId = ?1 and withdrawn = false", participantId).map(rows -> {
            Map<DatedFact, LocalDate> facts = new EnumMap<>(DatedFact.class);
            rows.forEach(r -> facts.put(r.kind, r.date));
            return facts;
        });
    }
}
