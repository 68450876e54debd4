package nl.inburgering.pvt.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.pvt.domain.PvtAttendance;
import nl.inburgering.pvt.domain.PvtEnrolment;
import nl.inburgering.pvt.domain.PvtSession;
import nl.inburgering.pvt.domain.PvtSigning;

/** The PVT tables. Every change to a participant's PVT first {@link #lockCase locks} their case row. */
@ApplicationScoped
public class PvtRepository {

    /**
     * Creates or locks the participant's case row (an upsert takes the row lock), so one participant's changes run one
     * after another and a signing is judged on hours no concurrent withdrawal changes.
     */
    public Uni<Void> lockCase(UUID participantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into pvt_case (participant_id) values (:id) "
                                + "on conflict (participant_id) do update set last_change_at = now()")
                        .setParameter("id", participantId).executeUpdate())
                .replaceWithVoid();
    }

    /** Locks every case row in one order (by id), so two bulk requests never wait on each other crosswise. */
    public Uni<Void> lockCases(List<UUID> participantIds) {
        List<UUID> sorted = new ArrayList<>(participantIds);
        sorted.sort(null);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : sorted) {
            chain = chain.chain(() -> lockCase(id));
        }
        return chain;
    }

    /** Every attendance of the participant, withdrawn ones too, oldest first. */
    public Uni<List<PvtAttendance>> attendancesOf(UUID participantId) {
        return PvtAttendance.list("participantId = ?1 order by date, recordedAt, id", participantId);
    }

    public Uni<PvtAttendance> attendance(UUID participantId, UUID attendanceId) {
        return PvtAttendance.<PvtAttendance>find("id = ?1 and participantId = ?2", attendanceId, participantId)
                .firstResult();
    }

    /** The attendances of a session that stand (not withdrawn). */
    public Uni<List<PvtAttendance>> attendancesOfSession(UUID sessionId) {
        return PvtAttendance.list("sessionId = ?1 and withdrawnAt is null order by recordedAt, id", sessionId);
    }

    /** The signing that stands, or null. */
    public Uni<PvtSigning> currentSigning(UUID participantId) {
        return PvtSigning.<PvtSigning>find("participantId = ?1 and withdrawnAt is null", participantId).firstResult();
    }

    /** Every signing, withdrawn ones too, oldest first. */
    public Uni<List<PvtSigning>> signingsOf(UUID participantId) {
        return PvtSigning.list("participantId = ?1 order by recordedAt, id", participantId);
    }

    public Uni<PvtSession> session(UUID sessionId) {
        return PvtSession.findById(sessionId);
    }

    /** A session, locked: enrolments against its capacity are counted one request at a time. */
    public Uni<PvtSession> lockSession(UUID sessionId) {
        return Panache.getSession().chain(s -> s.find(PvtSession.class, sessionId,
                org.hibernate.LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<List<PvtEnrolment>> enrolmentsOf(UUID sessionId) {
        return PvtEnrolment.list("sessionId = ?1 order by enrolledAt, participantId", sessionId);
    }

    /** The sessions the participant is enrolled in, by date. */
    public Uni<List<PvtSession>> sessionsOfParticipant(UUID participantId) {
        return PvtSession.list("id in (select e.sessionId from PvtEnrolment e where e.participantId = ?1) "
                + "order by date, id", participantId);
    }

    /** One page of sessions, by date, with the total; each filter null for "any". */
    public Uni<SessionPage> sessions(String municipality, String provider, LocalDate from, LocalDate to, int page,
            int pageSize) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (municipality != null) {
            where.append(" and municipalityCode = :m");
            params.put("m", municipality);
        }
        if (provider != null) {
            where.append(" and providerId = :p");
            params.put("p", provider);
        }
        if (from != null) {
            where.append(" and date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and date <= :to");
            params.put("to", to);
        }
        var query = PvtSession.<PvtSession>find(where + " order by date, id", params);
        return query.page(page - 1, pageSize).list()
                .chain(items -> PvtSession.count(where.toString(), params).map(total -> new SessionPage(items, total)));
    }

    /** A page of sessions and the count on all pages. */
    public record SessionPage(List<PvtSession> items, long total) {
    }
}
