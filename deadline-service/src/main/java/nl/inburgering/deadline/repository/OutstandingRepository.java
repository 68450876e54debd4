package nl.inburgering.deadline.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgering.contracts.events.IntegrationOutstandingChanged;
import nl.inburgering.contracts.vocabulary.CompletionRequirement;

/** The requirements still open per participant, as pip-service's completion check last published them. */
@ApplicationScoped
public class OutstandingRepository {

    /** Keeps the latest (pip.events is ordered per participant, and each event is applied once). */
    public Uni<Void> keep(IntegrationOutstandingChanged e, String eventId, Instant now) {
        String open = EnumSet.copyOf(e.outstanding()).stream().map(Enum::name).collect(Collectors.joining(","));
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
        if (rows.isEmpty() || rows.get(0).isBlank()) {
            return Set.of();
        }
        return Arrays.stream(rows.get(0).split(",")).map(CompletionRequirement::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CompletionRequirement.class)));
    }
}
