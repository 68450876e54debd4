package nl.inburgering.map.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.inburgering.map.domain.MapCase;
import nl.inburgering.map.domain.MapEntry;
import nl.inburgering.map.domain.MapEntryRevision;

/** The MAP tables. Every change first {@link #lockCase locks} the participant's case row. */
@ApplicationScoped
public class MapRepository {

    /**
     * Creates or locks the participant's case row (an upsert takes the row lock), so that one participant's changes
     * run one after another: entries are judged on a stable set, and events enter the outbox in commit order.
     */
    public Uni<MapCase> lockCase(UUID participantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                                "insert into map_case (participant_id) values (:id) "
                                        + "on conflict (participant_id) do update set last_change_at = now()")
                        .setParameter("id", participantId)
                        .executeUpdate())
                .chain(() -> MapCase.<MapCase>findById(participantId));
    }

    public Uni<MapCase> findCase(UUID participantId) {
        return MapCase.findById(participantId);
    }

    /** Every entry, withdrawn ones too, oldest first. */
    public Uni<List<MapEntry>> entriesOf(UUID participantId) {
        return MapEntry.list("participantId = ?1 order by date, recordedAt, id", participantId);
    }

    public Uni<MapEntry> entry(UUID participantId, UUID entryId) {
        return MapEntry.<MapEntry>find("id = ?1 and participantId = ?2", entryId, participantId).firstResult();
    }

    public Uni<List<MapEntryRevision>> revisionsOf(UUID entryId) {
        return MapEntryRevision.list("entryId = ?1 order by version", entryId);
    }

    /** Whether the provider is assigned to the participant by {@code municipality}, where it lives now. */
    public Uni<Boolean> isAssigned(UUID participantId, String providerId, String municipality) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*) from map_provider_assignment "
                                + "where participant_id = :p and provider_id = :provider and municipality_code = :m",
                                Long.class)
                        .setParameter("p", participantId).setParameter("provider", providerId)
                        .setParameter("m", municipality)
                        .getSingleResult())
                .map(n -> ((Number) n).longValue() > 0);
    }

    /** The providers the participant's current municipality assigned. */
    public Uni<List<String>> providersOf(UUID participantId, String municipality) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select provider_id from map_provider_assignment "
                                + "where participant_id = :p and municipality_code = :m order by provider_id", String.class)
                        .setParameter("p", participantId).setParameter("m", municipality).getResultList());
    }

    /** @return whether the assignment is new */
    public Uni<Boolean> assign(UUID participantId, String providerId, String municipality, String by, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into map_provider_assignment "
                                + "(participant_id, provider_id, municipality_code, assigned_by, assigned_at) "
                                + "values (:p, :provider, :m, :by, :at) on conflict (participant_id, provider_id) do "
                                + "update set municipality_code = excluded.municipality_code, assigned_by = excluded.assigned_by, "
                                + "assigned_at = excluded.assigned_at "
                                + "where map_provider_assignment.municipality_code is distinct from excluded.municipality_code")
                        .setParameter("p", participantId).setParameter("provider", providerId)
                        .setParameter("m", municipality)
                        .setParameter("by", by).setParameter("at", java.time.OffsetDateTime.ofInstant(at,
                                java.time.ZoneOffset.UTC))
                        .executeUpdate())
                .map(n -> n > 0);
    }

    /** @return whether there was such an assignment */
    public Uni<Boolean> unassign(UUID participantId, String providerId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from map_provider_assignment "
                                + "where participant_id = :p and provider_id = :provider")
                        .setParameter("p", participantId).setParameter("provider", providerId)
                        .executeUpdate())
                .map(n -> n > 0);
    }
}
