package nl.inburgering.pvt.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.events.PvtSessionAttended;
import nl.inburgering.contracts.events.PvtSigningWithdrawn;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.rules.ModuleResultRules;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.pvt.config.PvtSettings;
import nl.inburgering.pvt.domain.PvtAttendance;
import nl.inburgering.pvt.domain.PvtSession;
import nl.inburgering.pvt.domain.PvtSigning;
import nl.inburgering.pvt.domain.rules.AttendanceFacts;
import nl.inburgering.pvt.domain.rules.PvtAssessment;
import nl.inburgering.pvt.domain.rules.PvtSigningPolicy;
import nl.inburgering.pvt.domain.rules.RuleCodes;
import nl.inburgering.pvt.repository.PvtRepository;

/**
 * A participant's PVT (issue 10): one-to-one attendance, withdrawals, the signing with its rules, its withdrawal, and
 * the signed statement. Every change locks the participant's case row first and is judged on the attendance as it
 * then stands; events go through the outbox in the same transaction.
 */
@ApplicationScoped
public class PvtService {

    public static final String AUDIT_OBJECT = "pvt";
    public static final AuditAction READ = AuditAction.of("pvt.read", AUDIT_OBJECT);
    public static final AuditAction RECORD = AuditAction.of("pvt.attendance.record", AUDIT_OBJECT);
    public static final AuditAction WITHDRAW_ATTENDANCE = AuditAction.of("pvt.attendance.withdraw", AUDIT_OBJECT);
    public static final AuditAction SIGN = AuditAction.of("pvt.sign", AUDIT_OBJECT);
    public static final AuditAction WITHDRAW_SIGNING = AuditAction.of("pvt.signing.withdraw", AUDIT_OBJECT);
    public static final AuditAction READ_STATEMENT = AuditAction.of("pvt.statement.read", AUDIT_OBJECT);

    /** A participant's PVT as it stands today. */
    public record Progress(KnownParticipant participant, List<PvtAttendance> attendances, PvtAssessment assessment,
            PvtSigning signing, List<PvtSigning> withdrawnSignings, List<PvtSession> sessions) {
    }

    /** A one-to-one meeting to record. */
    public record IndividualAttendance(PvtSessionKind kind, String topic, LocalDate date, BigDecimal hours,
            String notes) {
    }

    /** A signing to record. */
    public record Signing(LocalDate signedOn, String participantName, Culpability culpableDelay) {
    }

    /** The signed statement to print. */
    public record Statement(byte[] pdf, PvtSigning signing) {
    }

    @Inject
    PvtRepository repository;

    @Inject
    PvtAccess access;

    @Inject
    SessionService sessions;

    @Inject
    PvtSigningPolicy policy;

    @Inject
    ModuleResultRules signingRules;

    @Inject
    StatementPdf pdf;

    @Inject
    PvtSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Uni<Progress> progress(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(known -> repository.attendancesOf(participantId)
                        .chain(attendances -> repository.signingsOf(participantId)
                                .chain(signings -> repository.sessionsOfParticipant(participantId)
                                        .map(enrolled -> new Progress(known, attendances,
                                                policy.assess(facts(attendances), access.today()),
                                                signings.stream().filter(s -> !s.withdrawn()).findFirst().orElse(null),
                                                signings.stream().filter(PvtSigning::withdrawn).toList(),
                                                enrolled))))));
    }

    /** Records a one-to-one meeting (no group session); joins the transaction of an idempotent POST. */
    public Uni<PvtAttendance> recordIndividual(UUID participantId, IndividualAttendance meeting) {
        sessions.requireTopic(meeting.kind(), meeting.topic());
        return audited.transaction(RECORD, participantId, () -> access.forOfficerChange(participantId)
                .call(() -> repository.lockCase(participantId))
                .chain(known -> {
                    known.requireOpenOn(meeting.date(), "no PVT attendance is recorded for them");
                    if (meeting.date().isAfter(access.today())) {
                        throw new RuleViolationException(RuleCodes.NOT_IN_FUTURE, "an attendance is recorded on or "
                                + "after the day it took place, and " + meeting.date() + " lies after today");
                    }
                    PvtAttendance a = new PvtAttendance();
                    a.id = UUID.randomUUID();
                    a.participantId = participantId;
                    a.kind = meeting.kind();
                    a.topic = meeting.topic();
                    a.date = meeting.date();
                    a.hours = meeting.hours();
                    a.notes = meeting.notes();
                    a.recordedBy = caller.actor();
                    a.recordedRole = caller.primaryRole();
                    a.recordedAt = now();
                    // A one-to-one meeting is a session of one: its attendance id stands as the session id.
                    return a.<PvtAttendance>persist().call(() -> outbox.append(new PvtSessionAttended(participantId,
                            a.id, a.kind, a.date, a.hours)));
                }));
    }

    /** Withdraws an attendance (kept, marked, no longer counted); not while a signing rests on the hours. */
    public Uni<PvtAttendance> withdrawAttendance(UUID participantId, UUID attendanceId, String reason,
            long expectedVersion) {
        return audited.transaction(WITHDRAW_ATTENDANCE, participantId, () -> access.forOfficerChange(participantId)
                .call(() -> repository.lockCase(participantId))
                .chain(known -> repository.attendance(participantId, attendanceId).chain(a -> {
                    if (a == null) {
                        throw new ResourceNotFoundException("No PVT attendance " + attendanceId + " for this "
                                + "participant.");
                    }
                    known.requireOpenOn(access.today(), "its PVT attendance stands");
                    if (a.withdrawn()) {
                        throw new RuleViolationException(RuleCodes.WITHDRAWN, "this attendance was withdrawn on "
                                + a.withdrawnAt + "; it is kept as it was");
                    }
                    requireVersion("attendance", a.version, expectedVersion);
                    return repository.currentSigning(participantId).chain(signing -> {
                        if (signing != null) {
                            throw new RuleViolationException(RuleCodes.SIGNED, "the statement signed on "
                                    + signing.signedOn + " rests on these hours; withdraw the signing first");
                        }
                        a.withdrawnAt = now();
                        a.withdrawnBy = caller.actor();
                        a.withdrawalReason = reason;
                        return Panache.getSession().chain(s -> s.flush()).replaceWith(a);
                    });
                })));
    }

    /**
     * Signs the statement. In order: the case open (§9, E14), not signed already (PVT-SIGNED), a name the statement
     * can print (400), DUO's SDI016 rules (DUO-PVT-1..6, TERM-NOT-YET-KNOWN), then the requirements by the day of the
     * signing (N12, PVT-EDUCATION, PVT-COMMUNITY-WALK, PVT-TOPICS). Emits pvt.statement-signed.
     */
    public Uni<PvtSigning> sign(UUID participantId, Signing signing) {
        if (!pdf.printable(signing.participantName())) {
            throw InvalidInputException.of("participantName", "printable", "holds characters the statement cannot "
                    + "print; give the name in Latin, Greek or Cyrillic letters as on the residence document");
        }
        return audited.transaction(SIGN, participantId, () -> access.forOfficerChange(participantId)
                .call(() -> repository.lockCase(participantId))
                .chain(known -> repository.currentSigning(participantId).chain(current -> {
                    LocalDate today = access.today();
                    known.requireOpenOn(today, "the participation statement is not signed anew");
                    if (current != null) {
                        throw new RuleViolationException(RuleCodes.SIGNED, "the statement was signed on "
                                + current.signedOn + "; withdraw that signing first if it was recorded in error");
                    }
                    signingRules.requireValid(new ModuleResultRules.Facts(signing.signedOn(),
                            signing.culpableDelay(), today, known.plan() != null, known.term(),
                            known.zrouteCompletedOn()));
                    return repository.attendancesOf(participantId).chain(attendances -> {
                        PvtAssessment assessment = policy.requireSignable(facts(attendances), signing.signedOn());
                        PvtSigning s = new PvtSigning();
                        s.id = UUID.randomUUID();
                        s.participantId = participantId;
                        s.signedOn = signing.signedOn();
                        s.culpableDelay = signing.culpableDelay();
                        s.participantName = signing.participantName();
                        s.municipalityCode = known.municipalityCode();
                        s.statementVersion = settings.statement().version();
                        s.statementText = settings.statement().text();
                        s.hoursAttended = assessment.hoursAttended();
                        s.recordedBy = caller.actor();
                        s.recordedAt = now();
                        return s.<PvtSigning>persist().call(() -> outbox.append(new PvtStatementSigned(participantId,
                                s.signedOn, s.hoursAttended, s.culpableDelay == null ? null
                                        : s.culpableDelay.culpable())));
                    });
                })));
    }

    /** The signing that stands; 404 when there is none. */
    public Uni<PvtSigning> signing(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(known -> current(participantId)));
    }

    /**
     * Withdraws the signing (recorded in error) with a reason: not in a closed or completed case (§9, E14: a
     * completion stands) and not once the Z-route completion rests on it (E17). Emits pvt.signing-withdrawn.
     */
    public Uni<PvtSigning> withdrawSigning(UUID participantId, String reason, long expectedVersion) {
        return audited.transaction(WITHDRAW_SIGNING, participantId, () -> access.forOfficerChange(participantId)
                .call(() -> repository.lockCase(participantId))
                .chain(known -> current(participantId).chain(s -> {
                    known.requireOpenOn(access.today(), "the signing stands");
                    if (known.zrouteCompletedOn() != null) {
                        throw new RuleViolationException(RuleCodes.FIXED_BY_ZROUTE_COMPLETION, "the Z-route was "
                                + "completed on " + known.zrouteCompletedOn() + " on this PVT; the signing stands");
                    }
                    requireVersion("signing", s.version, expectedVersion);
                    s.withdrawnAt = now();
                    s.withdrawnBy = caller.actor();
                    s.withdrawalReason = reason;
                    return outbox.append(new PvtSigningWithdrawn(participantId, s.signedOn, access.today()))
                            .chain(() -> Panache.getSession().chain(session -> session.flush()))
                            .replaceWith(s);
                })));
    }

    /** The signed statement as a PDF. */
    public Uni<Statement> statement(UUID participantId) {
        return audited.read(READ_STATEMENT, participantId, () -> access.forRead(participantId)
                .chain(known -> current(participantId))
                .map(s -> new Statement(pdf.render(s, municipality(s.municipalityCode)), s)));
    }

    private String municipality(String code) {
        String name = settings.municipalityNames().get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    private Uni<PvtSigning> current(UUID participantId) {
        return repository.currentSigning(participantId).map(s -> {
            if (s == null) {
                throw new ResourceNotFoundException("The participation statement of this participant is not signed "
                        + "(" + RuleCodes.NOT_SIGNED + ").");
            }
            return s;
        });
    }

    private static void requireVersion(String what, long version, long expected) {
        if (version != expected) {
            throw new PreconditionFailedException("The " + what + " was changed since you read it (its version is "
                    + version + ", If-Match said " + expected + "). Read it again and retry.");
        }
    }

    static List<AttendanceFacts> facts(List<PvtAttendance> attendances) {
        return attendances.stream().filter(a -> !a.withdrawn()).map(PvtAttendance::toFacts).toList();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
