package nl.inburgering.exam.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.inburgering.exam.domain.ExamRegistration;

@ApplicationScoped
public class ExamRegistrationRepository implements PanacheRepositoryBase<ExamRegistration, UUID> {

    private static final String BY_PARTICIPANT =
            "from ExamRegistration where participantId = :id order by examDate, createdAt, id";

    /** A participant's registrations in a stable order: exam date, then creation, then id. */
    public Uni<List<ExamRegistration>> listByParticipant(UUID participantId) {
        return list(BY_PARTICIPANT, Parameters.with("id", participantId));
    }

    /**
     * {@link #listByParticipant}, read-only: for answers that change nothing (the overview, the free attempts), the
     * session keeps no snapshot of each registration for dirty checking. Never change what this returns.
     */
    public Uni<List<ExamRegistration>> readByParticipant(UUID participantId) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(BY_PARTICIPANT, ExamRegistration.class)
                .setParameter("id", participantId)
                .setReadOnly(true)
                .getResultList());
    }

    /**
     * Locks the participant's exam record for the rest of the transaction (creating it on first use). Every
     * change for a participant starts here, so two registrations cannot both count the same earlier attempts,
     * and the outbox rows of one participant are inserted in commit order.
     */
    public Uni<Void> lockCandidate(UUID participantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into exam_candidate (participant_id) values (:id) "
                                + "on conflict (participant_id) do update set last_change_at = now()")
                .setParameter("id", participantId)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * {@link #lockCandidate} for the participant of a registration, before the registration is read, so that
     * what is read next is what this transaction may change. Locks nothing if the registration does not exist.
     */
    public Uni<Void> lockCandidateOfRegistration(UUID registrationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into exam_candidate (participant_id) "
                                + "select participant_id from exam_registration where id = :id "
                                + "on conflict (participant_id) do update set last_change_at = now()")
                .setParameter("id", registrationId)
                .executeUpdate())
                .replaceWithVoid();
    }
}
