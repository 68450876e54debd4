package nl.inburgering.pip.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.TermRecord;
import nl.inburgering.pip.domain.rules.ApplicableLaw;
import nl.inburgering.pip.domain.rules.ProgressStatus;
import nl.inburgering.pip.repository.ParticipantRepository;
import nl.inburgering.pip.repository.TermRepository;
import nl.inburgering.pip.security.BsnProtection;
import nl.inburgering.pip.service.command.RegisterParticipantRequest;
import nl.inburgering.pip.service.command.RunningTerm;

/** Registering and reading participants. Owns the transactions; the resource stays thin. */
@ApplicationScoped
public class ParticipantService {

    public static final AuditAction REGISTER = AuditAction.of("participant.register", "participant");
    public static final AuditAction READ = AuditAction.of("participant.read", "participant");
    public static final AuditAction SEARCH = AuditAction.of("participant.search", "participant");
    public static final AuditAction LIST = AuditAction.of("participant.list", "municipality");
    /** duo-gateway has the BSN shown to put it into one request to DUO (issue 13); the purpose is the record's reason. */
    public static final AuditAction DISCLOSE_BSN = AuditAction.of("participant.bsn.disclose", "participant");

    /** The unique constraint on the BSN's HMAC (V7). */
    static final String BSN_UNIQUE_CONSTRAINT = "participant_bsn_hmac_unique";

    @Inject
    ParticipantRepository participants;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    ParticipantAccess access;

    @Inject
    Caller caller;

    @Inject
    TermRepository terms;

    @Inject
    Clock clock;

    @Inject
    BsnProtection bsns;

    /** A page of participants plus the total, for the Link header. */
    public record PageOf(List<Participant> items, long total) {
    }

    /**
     * Registers a participant once per BSN: the same BSN again is a 409 (BSN-UNIQUE), also when two registrations of
     * one BSN pass the look-up at the same time and the second meets the first in the unique constraint. Retries with
     * an Idempotency-Key are answered by the resource's idempotent POST, whose transaction this one joins.
     */
    public Uni<Participant> register(RegisterParticipantRequest request) {
        byte[] bsnHmac = bsns.hmac(request.bsn());
        return audited.transaction(REGISTER, null, p -> p.id, () -> participants.findByBsnHmac(bsnHmac)
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().failure(bsnRegisteredAlready());
                    }
                    ApplicableLaw.requireWi2021(request.obligationStartDate());
                    Participant p = newParticipant(request, bsnHmac, bsns.encrypt(request.bsn()));
                    // Flushed here, so that losing the race to the unique constraint is the same 409 as above.
                    return participants.persistAndFlush(p)
                            .onFailure(ParticipantService::isBsnConflict).transform(e -> bsnRegisteredAlready())
                            .call(() -> runningTerm(p, request.runningTerm()))
                            .call(() -> outbox.append(new ParticipantRegistered(p.id, p.municipalityCode,
                                    p.targetGroup, p.dateOfBirth, p.obligationStartDate, p.notificationDate,
                                    p.municipalityRegistrationDate, p.duoTargetGroupCode,
                                    request.runningTerm() == null ? null : request.runningTerm().startDate(),
                                    request.runningTerm() == null ? null : request.runningTerm().endDate())));
                }));
    }

    /**
     * A term brought along from another municipality (issue 8 item 8) is stored like a term.started: the PIP rules
     * then treat the first PIP here as a revision and judge the switch window from this start. A term.started
     * recorded later by deadline-service replaces it.
     */
    private Uni<Void> runningTerm(Participant p, RunningTerm term) {
        if (term == null) {
            return Uni.createFrom().voidItem();
        }
        TermRecord row = new TermRecord();
        row.participantId = p.id;
        row.startDate = term.startDate();
        row.endDateExclusive = term.endDate();
        row.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return terms.store(row);
    }

    private static RuleViolationException bsnRegisteredAlready() {
        return new RuleViolationException("BSN-UNIQUE", "a participant with this BSN is already registered");
    }

    /** Losing the race to {@link #BSN_UNIQUE_CONSTRAINT}: told by the constraint's name, never by a value. */
    static boolean isBsnConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && BSN_UNIQUE_CONSTRAINT.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an Idempotency-Key remembers of a registration (the kit stores a SHA-256 of it): the request with the
     * BSN's HMAC in place of the BSN. A plain hash over the BSN and the row's other fields could be tried against
     * every valid BSN; the HMAC needs the key. The same request still gives the same value.
     */
    public RegisterParticipantRequest idempotencyIdentity(RegisterParticipantRequest request) {
        return request.withBsn(HexFormat.of().formatHex(bsns.hmac(request.bsn())));
    }

    /** A participant the caller may read (404 otherwise, DESIGN §6). */
    public Uni<Participant> get(UUID id) {
        return audited.read(READ, id, () -> access.forRead(id));
    }

    /**
     * Look-up by BSN (POST …/_search: the BSN never travels in a URI). No hit, or a participant the caller may not
     * see, is an empty answer, audited as a search without an object.
     */
    public Uni<Optional<Participant>> searchByBsn(String bsn) {
        byte[] bsnHmac = bsns.hmac(bsn);
        return audited.read(SEARCH, null, found -> found.map(p -> (Object) p.id).orElse(null),
                () -> participants.findByBsnHmac(bsnHmac).map(p -> p == null || !access.mayRead(p)
                        ? Optional.<Participant>empty()
                        : Optional.of(p)));
    }

    /** The officer's own municipality, a page at a time, optionally filtered by status. */
    public Uni<PageOf> listOwnMunicipality(ProgressStatus status, int page, int pageSize) {
        String municipality = caller.municipality().orElse(null);
        return audited.read(LIST, municipality, () -> {
            if (municipality == null) {
                throw new ResourceNotFoundException("Your token names no municipality.");
            }
            return participants.countOfMunicipality(municipality, status)
                    .chain(total -> participants.listOfMunicipality(municipality, status, page, pageSize)
                            .map(list -> new PageOf(list, total)));
        });
    }

    /**
     * The participant's BSN for duo-gateway, to put into one request to DUO (DUO's API is keyed by BSN). Only role
     * duo-gateway reaches this (the resource); every disclosure is audited with its {@code purpose}. Any participant,
     * whatever the municipality: the gateway reports for every municipality this system serves. 404 for an unknown id.
     */
    public Uni<String> discloseBsn(UUID id, String purpose) {
        return audited.transaction(DISCLOSE_BSN, id, purpose, () -> participants.findById(id).map(p -> {
            if (p == null) {
                throw new ResourceNotFoundException("No participant with this id.");
            }
            return bsns.decrypt(p.bsnEncrypted);
        }));
    }

    /** Whether the caller sees BSNs (DUO and officers; not the participant, DESIGN §6 data minimisation). */
    public boolean callerSeesBsn() {
        return caller.hasRole(Roles.DUO) || caller.hasRole(Roles.MUNICIPALITY_OFFICER);
    }

    /** The participant's BSN, decrypted, for a caller who may see it; null for anyone else. */
    public String bsnShownTo(Participant p) {
        return callerSeesBsn() ? bsns.decrypt(p.bsnEncrypted) : null;
    }

    private static Participant newParticipant(RegisterParticipantRequest r, byte[] bsnHmac, byte[] bsnEncrypted) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.bsnHmac = bsnHmac;
        p.bsnEncrypted = bsnEncrypted;
        p.name = r.name();
        p.dateOfBirth = r.dateOfBirth();
        p.targetGroup = r.targetGroup();
        p.duoTargetGroupCode = r.duoTargetGroupCode();
        p.municipalityCode = r.municipalityCode();
        p.obligationStartDate = r.obligationStartDate();
        p.notificationDate = r.notificationDate();
        p.municipalityRegistrationDate = r.municipalityRegistrationDate();
        p.status = ProgressStatus.REGISTERED;
        return p;
    }
}
