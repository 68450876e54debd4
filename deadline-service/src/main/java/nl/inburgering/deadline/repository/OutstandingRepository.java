package nl.inburgering.deadline.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.IntegrationOutstandingChanged;
import nl.inburgering.contracts.vocabulary.CompletionRequirement;
import nl.inburgering.kit.persistence.EnumSetColumn;

/** The requirements still open per participant, as pip-service's completion check last published them. */
@ApplicationScoped
public class OutstandingRepository {

    /** Keeps the latest (pip.events is ordered per participant, and each event is applied once). */
    public Uni<Void> keep(IntegrationOutstandingChanged e, String eventId, Instant now) {
        String open = EnumSetColumn.join(e.outstanding());
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into completion_outstanding "
                                + "(participant_id, requirements, plan_version, assessed_on, event_id, updated_at) values "
                                + "(:p, :open, :version, :on, :event, :now) on conflict (participant_id) do update set "
                                + "requirements = excluded.requirements, plan_version = excluded.plan_version, "
                                + "assessed_on = excluded.assessed_on, event_id = excluded.event_id, "
                                + "updated_at = excluded.updated_at")
                        .setParameter("p", e.participantId()).setParameter("open", open)
                        .setParameter("version", e.planVersion()).setParameter("on", e.assessedOn())
                        .setParameter("event", eventId).setParameter("now", java.time.OffsetDateTime.ofInstant(now,
                                java.time.ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The open requirements; empty when none is known yet. */
    public Uni<Set<CompletionRequirement>> of(UUID participantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select requirements from completion_outstanding "
                        + "where participant_id = :p", String.class).setParameter("p", participantId).getResultList())
                .map(OutstandingRepository::parse);
    }

    private static Set<CompletionRequirement> parse(List<String> rows) {
        return rows.isEmpty() ? Set.of() : EnumSetColumn.parse(CompletionRequirement.class, rows.get(0));
    }
}
