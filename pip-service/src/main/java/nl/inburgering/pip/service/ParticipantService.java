package nl.inburgering.pip.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.rules.ProgressStatus;
import nl.inburgering.pip.repository.ParticipantRepository;
import nl.inburgering.pip.rest.ParticipantView;
import nl.inburgering.pip.rest.RegisterParticipantRequest;

/** Registering and reading participants. Owns the transactions; the resource stays thin. */
@ApplicationScoped
public class ParticipantService {

    static final String AUDIT_OBJECT = "participant";

    @Inject
    ParticipantRepository participants;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A page of results plus the total, for the Link header. */
    public record PageOf<T>(List<T> items, long total) {
    }

    /**
     * Registers a participant once per BSN. The same BSN again is a 409; the same request again with
     * the same Idempotency-Key returns the participant registered the first time.
     */
    @WithTransaction
    public Uni<Outcome<ParticipantView>> register(RegisterParticipantRequest request, String idempotencyKey) {
        return idempotency.once("participant.register", idempotencyKey, request,
                () -> participants.findByBsn(request.bsn()).chain(existing -> {
                    if (existing != null) {
                        // Audited as REJECTED by the resource, after this transaction rolled back.
                        return Uni.createFrom().failure(new RuleViolationException("BSN-UNIQUE",
                                "a participant with this BSN is already registered"));
                    }
                    Participant p = newParticipant(request);
                    return participants.persist(p)
                            .call(() -> outbox.append(new ParticipantRegistered(p.id, p.municipalityCode,
                                    p.targetGroup, p.dateOfBirth, p.obligationStartDate, p.notificationDate,
                                    p.municipalityRegistrationDate, p.duoTargetGroupCode)))
                            .call(() -> audit.record("participant.register", AUDIT_OBJECT, p.id, AuditLog.SUCCESS))
                            .map(saved -> new Outcome<>(201, saved.id.toString(), ParticipantView.of(saved, true)));
                }),
                stored -> new Outcome<>(stored.status(), stored.resourceId(),
                        idempotency.read(stored.body(), ParticipantView.class)));
    }

    /** A participant the caller may read (404 otherwise, DESIGN §6). */
    @WithTransaction
    public Uni<ParticipantView> get(UUID id) {
        return readable(id).call(p -> audit.record("participant.read", AUDIT_OBJECT, p.id, AuditLog.SUCCESS))
                .map(p -> ParticipantView.of(p, showBsn()));
    }

    /** Look-up by BSN (POST …/_search: the BSN never travels in a URI). */
    @WithTransaction
    public Uni<List<ParticipantView>> searchByBsn(String bsn) {
        return participants.findByBsn(bsn).chain(p -> {
            if (p == null || !caller.mayRead(p.id, p.municipalityCode, p.previousMunicipalityWithAccess(today()))) {
                return audit.record("participant.search", AUDIT_OBJECT, null, AuditLog.SUCCESS)
                        .replaceWith(List.<ParticipantView>of());
            }
            return audit.record("participant.search", AUDIT_OBJECT, p.id, AuditLog.SUCCESS)
                    .replaceWith(List.of(ParticipantView.of(p, showBsn())));
        });
    }

    /** The officer's own municipality, a page at a time, optionally filtered by status. */
    @WithTransaction
    public Uni<PageOf<ParticipantView>> listOwnMunicipality(ProgressStatus status, int page, int pageSize) {
        String municipality = caller.municipality().orElseThrow(() -> new ResourceNotFoundException(
                "Your token names no municipality."));
        return participants.countOfMunicipality(municipality, status)
                .chain(total -> participants.listOfMunicipality(municipality, status, page, pageSize)
                        .map(list -> new PageOf<>(list.stream().map(p -> ParticipantView.of(p, true)).toList(), total)))
                .call(result -> audit.record("participant.list", "municipality", municipality, AuditLog.SUCCESS));
    }

    /** Loads a participant and checks that the caller may read it; 404 for unknown and for someone else's. */
    @WithSession
    public Uni<Participant> readable(UUID id) {
        return participants.findById(id).map(p -> {
            if (p == null || !caller.mayRead(p.id, p.municipalityCode, p.previousMunicipalityWithAccess(today()))) {
                throw new ResourceNotFoundException("No participant with this id.");
            }
            return p;
        });
    }

    private boolean showBsn() {
        return caller.hasRole(Roles.DUO) || caller.hasRole(Roles.MUNICIPALITY_OFFICER);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Participant newParticipant(RegisterParticipantRequest r) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.bsn = r.bsn();
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
