package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.inburgering.pip.domain.ExamPassRecord;

/** Exam passes (DESIGN §2, §5): kept once per registration, whatever the order or repetition of the events. */
@ApplicationScoped
public class ExamPassRepository implements PanacheRepositoryBase<ExamPassRecord, UUID> {

    /** Stores the pass unless this registration's pass is stored already (a redelivery). */
    public Uni<Void> store(ExamPassRecord pass) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into exam_pass (registration_id, participant_id, component, level, exam_date, "
                                + "result_date, event_id) values (:registration, :participant, :component, :level, "
                                + ":examDate, :resultDate, :eventId) on conflict (registration_id) do nothing")
                .setParameter("registration", pass.registrationId)
                .setParameter("participant", pass.participantId)
                .setParameter("component", pass.component.name())
                .setParameter("level", pass.level == null ? null : pass.level.name())
                .setParameter("examDate", pass.examDate)
                .setParameter("resultDate", pass.resultDate)
                .setParameter("eventId", pass.eventId)
                .executeUpdate())
                .replaceWithVoid();
    }
}
