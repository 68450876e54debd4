package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.kit.persistence.ExamComponentSetConverter;
import nl.inburgering.pip.domain.ExemptionRecord;
import nl.inburgering.pip.domain.rules.Exemption;

/** Exemptions granted (DESIGN §2, §5), once per event. */
@ApplicationScoped
public class ExemptionRepository implements PanacheRepositoryBase<ExemptionRecord, UUID> {

    /** Stores the exemption unless this event's exemption is stored already (a redelivery). */
    public Uni<Void> store(ExemptionRecord e) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into exemption (id, participant_id, kind, ground, scope, components, valid_from, "
                                + "valid_until, level, participation_hours_cap, event_id) values (:id, :participant, "
                                + ":kind, :ground, :scope, :components, :validFrom, :validUntil, :level, :cap, :eventId) "
                                + "on conflict (id) do nothing")
                .setParameter("id", e.id)
                .setParameter("participant", e.participantId)
                .setParameter("kind", e.kind.name())
                .setParameter("ground", e.ground.name())
                .setParameter("scope", e.scope.name())
                .setParameter("components", new ExamComponentSetConverter().convertToDatabaseColumn(e.components))
                .setParameter("validFrom", e.validFrom)
                .setParameter("validUntil", e.validUntil)
                .setParameter("level", e.level == null ? null : e.level.name())
                .setParameter("cap", e.participationHoursCap)
                .setParameter("eventId", e.eventId)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The participant's exemptions, earliest first. */
    public Uni<List<Exemption>> exemptionsOf(UUID participantId) {
        return list("participantId", Sort.by("validFrom").and("id"), participantId)
                .map(rows -> rows.stream().map(ExemptionRecord::toRule).toList());
    }
}
