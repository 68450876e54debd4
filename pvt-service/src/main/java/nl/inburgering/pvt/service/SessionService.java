package nl.inburgering.pvt.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.PvtSessionAttended;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.pvt.domain.PvtAttendance;
import nl.inburgering.pvt.domain.PvtEnrolment;
import nl.inburgering.pvt.domain.PvtSession;
import nl.inburgering.pvt.domain.rules.PvtSigningPolicy;
import nl.inburgering.pvt.domain.rules.RuleCodes;
import nl.inburgering.pvt.repository.PvtRepository;

/**
 * PVT group sessions (issue 10 item 2): planning, enrolment against the capacity, and a session's attendance list in
 * one request. A list is all or none: every entry is checked first, and any refusal names every entry refused.
 * Each participant's change is audited against the participant, the request against the session.
 */
@ApplicationScoped
public class SessionService {

    public static final String SESSION_OBJECT = "pvt-session";
    public static final AuditAction PLAN = AuditAction.of("pvt.session.plan", SESSION_OBJECT);
    public static final AuditAction READ = AuditAction.of("pvt.session.read", SESSION_OBJECT);
    public static final AuditAction ENROL = AuditAction.of("pvt.session.enrol", SESSION_OBJECT);
    public static final AuditAction UNENROL = AuditAction.of("pvt.session.unenrol", SESSION_OBJECT);
    public static final AuditAction ATTENDANCE = AuditAction.of("pvt.session.attendance", SESSION_OBJECT);

    /** A session to plan. */
    public record SessionPlan(PvtSessionKind kind, String topic, LocalDate date, BigDecimal hours, String place,
            String providerId, int capacity) {
    }

    /** One line of a session's attendance list; hours null = the whole session. */
    public record AttendanceLine(UUID participantId, BigDecimal hours) {
    }

    /** A session with who is enrolled and whose attendance stands. */
    public record SessionDetail(PvtSession session, List<PvtEnrolment> enrolments, List<PvtAttendance> attendances) {
    }

    /** What an enrolment request changed. */
    public record EnrolmentResult(SessionDetail session, List<UUID> enrolled, List<UUID> alreadyEnrolled) {
    }

    @Inject
    PvtRepository repository;

    @Inject
    PvtAccess access;

    @Inject
    PvtSigningPolicy policy;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Plans a session in the officer's municipality; joins the transaction of an idempotent POST. */
    public Uni<PvtSession> plan(SessionPlan plan) {
        String municipality = access.plannerMunicipality();
        requireTopic(plan.kind(), plan.topic());
        PvtSession s = new PvtSession();
        s.id = UUID.randomUUID();
        s.municipalityCode = municipality;
        s.kind = plan.kind();
        s.topic = plan.topic();
        s.date = plan.date();
        s.hours = plan.hours();
        s.place = plan.place();
        s.providerId = plan.providerId();
        s.capacity = plan.capacity();
        s.plannedBy = caller.actor();
        s.plannedAt = now();
        return audited.transaction(PLAN, municipality, created -> created.id, () -> s.<PvtSession>persist());
    }

    public Uni<SessionDetail> session(UUID sessionId) {
        return audited.read(READ, sessionId, () -> access.sessionForRead(sessionId).chain(this::detail));
    }

    public Uni<nl.inburgering.pvt.repository.PvtRepository.SessionPage> list(LocalDate from, LocalDate to,
            String provider, int page, int pageSize) {
        PvtAccess.SessionScope scope = access.sessionScope(provider);
        return audited.read(READ, scope.municipality() == null ? "all" : scope.municipality(),
                () -> repository.sessions(scope.municipality(), scope.provider(), from, to, page, pageSize));
    }

    /**
     * Enrols the participants (of the session's municipality, case open on the session's day) up to the capacity;
     * those enrolled already are reported, not refused, so a list sent twice changes nothing.
     */
    public Uni<EnrolmentResult> enrol(UUID sessionId, List<UUID> participantIds) {
        return audited.transaction(ENROL, sessionId, () -> access.sessionForEnrolment(sessionId)
                .chain(session -> repository.enrolmentsOf(sessionId).chain(existing -> {
                    Set<UUID> enrolledBefore = new HashSet<>();
                    existing.forEach(e -> enrolledBefore.add(e.participantId));
                    return knownAll(participantIds).chain(known -> {
                        BulkRefusal refusal = new BulkRefusal();
                        List<UUID> fresh = new ArrayList<>();
                        List<UUID> already = new ArrayList<>();
                        for (int i = 0; i < participantIds.size(); i++) {
                            UUID id = participantIds.get(i);
                            KnownParticipant k = known.get(i);
                            if (!ofMunicipality(k, session)) {
                                refusal.invalid("participantIds[" + i + "]", "unknown", "no participant " + id
                                        + " of this session's municipality is known here");
                                continue;
                            }
                            if (enrolledBefore.contains(id)) {
                                already.add(id);
                                continue;
                            }
                            try {
                                k.requireOpenOn(session.date, "no new PVT session is planned for them");
                                fresh.add(id);
                            } catch (RuleViolationException e) {
                                refusal.violation(i, e);
                            }
                        }
                        refusal.throwIfAny(participantIds.size());
                        if (existing.size() + fresh.size() > session.capacity) {
                            throw new RuleViolationException(RuleCodes.SESSION_FULL, "the session holds "
                                    + session.capacity + " participants; " + existing.size() + " are enrolled, so "
                                    + (session.capacity - existing.size()) + " more fit, not " + fresh.size());
                        }
                        Instant at = now();
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (UUID id : fresh) {
                            PvtEnrolment e = new PvtEnrolment();
                            e.sessionId = sessionId;
                            e.participantId = id;
                            e.enrolledBy = caller.actor();
                            e.enrolledAt = at;
                            chain = chain.chain(() -> e.persist()).chain(() -> audit.record(ENROL.name(),
                                    PvtService.AUDIT_OBJECT, id, AuditLog.SUCCESS));
                        }
                        return chain.chain(() -> detail(session))
                                .map(d -> new EnrolmentResult(d, fresh, already));
                    });
                })));
    }

    /** Ends an enrolment that has no attendance recorded. */
    public Uni<Void> unenrol(UUID sessionId, UUID participantId) {
        return audited.transaction(UNENROL, sessionId, () -> access.sessionForEnrolment(sessionId)
                .chain(session -> PvtEnrolment.<PvtEnrolment>findById(new PvtEnrolment.Key(sessionId, participantId)))
                .chain(enrolment -> {
                    if (enrolment == null) {
                        throw new ResourceNotFoundException("Participant " + participantId + " is not enrolled in "
                                + "this session.");
                    }
                    return repository.attendancesOfSession(sessionId).chain(attended -> {
                        if (attended.stream().anyMatch(a -> a.participantId.equals(participantId))) {
                            throw new RuleViolationException(RuleCodes.ATTENDANCE_RECORDED, "their attendance of "
                                    + "this session is recorded; withdraw it first");
                        }
                        return enrolment.delete();
                    });
                })
                .call(() -> audit.record(UNENROL.name(), PvtService.AUDIT_OBJECT, participantId, AuditLog.SUCCESS)));
    }

    /**
     * Records a session's attendance list: each participant enrolled, of the session's municipality, not recorded
     * yet, hours at most the session's, the session not in the future and the case open on its day. All or none;
     * joins the transaction of an idempotent POST. Emits pvt.session-attended per line.
     */
    public Uni<SessionDetail> recordAttendance(UUID sessionId, List<AttendanceLine> lines) {
        return audited.transaction(ATTENDANCE, sessionId, () -> access.sessionForAttendance(sessionId)
                .chain(session -> {
                    if (session.date.isAfter(access.today())) {
                        throw new RuleViolationException(RuleCodes.NOT_IN_FUTURE, "the session of " + session.date
                                + " has not taken place yet; its attendance is recorded on or after that day");
                    }
                    BulkRefusal refusal = new BulkRefusal();
                    Set<UUID> seen = new HashSet<>();
                    for (int i = 0; i < lines.size(); i++) {
                        AttendanceLine line = lines.get(i);
                        if (!seen.add(line.participantId())) {
                            refusal.invalid("entries[" + i + "].participantId", "duplicate", "participant "
                                    + line.participantId() + " is listed twice");
                        }
                        if (line.hours() != null && line.hours().compareTo(session.hours) > 0) {
                            refusal.invalid("entries[" + i + "].hours", "max", "at most the session's "
                                    + session.hours.stripTrailingZeros().toPlainString() + " hours");
                        }
                    }
                    refusal.throwIfAny(lines.size());
                    List<UUID> ids = lines.stream().map(AttendanceLine::participantId).toList();
                    return repository.lockCases(ids)
                            .chain(() -> knownAll(ids))
                            .chain(known -> repository.enrolmentsOf(sessionId)
                                    .chain(enrolments -> repository.attendancesOfSession(sessionId)
                                            .chain(attended -> {
                                                check(session, lines, known, enrolments, attended);
                                                return record(session, lines);
                                            })))
                            .chain(() -> detail(session));
                }));
    }

    private void check(PvtSession session, List<AttendanceLine> lines, List<KnownParticipant> known,
            List<PvtEnrolment> enrolments, List<PvtAttendance> attended) {
        Set<UUID> enrolled = new HashSet<>();
        enrolments.forEach(e -> enrolled.add(e.participantId));
        Set<UUID> recorded = new HashSet<>();
        attended.forEach(a -> recorded.add(a.participantId));
        BulkRefusal refusal = new BulkRefusal();
        for (int i = 0; i < lines.size(); i++) {
            UUID id = lines.get(i).participantId();
            KnownParticipant k = known.get(i);
            if (!ofMunicipality(k, session)) {
                refusal.invalid("entries[" + i + "].participantId", "unknown", "no participant " + id
                        + " of this session's municipality is known here");
                continue;
            }
            try {
                if (!enrolled.contains(id)) {
                    throw new RuleViolationException(RuleCodes.NOT_ENROLLED, "participant " + id + " is not enrolled "
                            + "in this session");
                }
                if (recorded.contains(id)) {
                    throw new RuleViolationException(RuleCodes.ATTENDED_ONCE, "the attendance of participant " + id
                            + " is recorded already; withdraw it to record it anew");
                }
                k.requireOpenOn(session.date, "no PVT attendance is recorded for them");
            } catch (RuleViolationException e) {
                refusal.violation(i, e);
            }
        }
        refusal.throwIfAny(lines.size());
    }

    private Uni<Void> record(PvtSession session, List<AttendanceLine> lines) {
        Instant at = now();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AttendanceLine line : lines) {
            PvtAttendance a = new PvtAttendance();
            a.id = UUID.randomUUID();
            a.participantId = line.participantId();
            a.sessionId = session.id;
            a.kind = session.kind;
            a.topic = session.topic;
            a.date = session.date;
            a.hours = line.hours() == null ? session.hours : line.hours();
            a.recordedBy = caller.actor();
            a.recordedRole = caller.primaryRole();
            a.recordedAt = at;
            chain = chain.chain(() -> a.persist())
                    .chain(() -> outbox.append(new PvtSessionAttended(a.participantId, session.id, a.kind, a.date,
                            a.hours)))
                    .chain(() -> audit.record(ATTENDANCE.name(), PvtService.AUDIT_OBJECT, a.participantId,
                            AuditLog.SUCCESS));
        }
        return chain;
    }

    /** An EDUCATION session names one of the configured topics; another kind may, from the same list. */
    void requireTopic(PvtSessionKind kind, String topic) {
        if (topic == null) {
            if (kind == PvtSessionKind.EDUCATION) {
                throw InvalidInputException.of("topic", "required", "an EDUCATION session names its topic, one of "
                        + policy.config().topics());
            }
            return;
        }
        if (!policy.config().topics().contains(topic)) {
            throw InvalidInputException.of("topic", "unknown", "not one of the topics " + policy.config().topics());
        }
    }

    private Uni<List<KnownParticipant>> knownAll(List<UUID> ids) {
        List<KnownParticipant> out = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            chain = chain.chain(() -> access.known(id)).invoke(out::add).replaceWithVoid();
        }
        return chain.map(v -> out);
    }

    private static boolean ofMunicipality(KnownParticipant k, PvtSession session) {
        return k != null && session.municipalityCode.equals(k.municipalityCode());
    }

    private Uni<SessionDetail> detail(PvtSession session) {
        return repository.enrolmentsOf(session.id).chain(enrolments -> repository.attendancesOfSession(session.id)
                .map(attended -> new SessionDetail(session, enrolments, attended)));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
