package nl.inburgering.deadline.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.TermExtended;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.deadline.domain.Exemption;
import nl.inburgering.deadline.domain.Term;
import nl.inburgering.deadline.domain.rules.ExemptionPolicy;
import nl.inburgering.deadline.domain.rules.ExemptionPolicy.Decision;
import nl.inburgering.deadline.repository.ExemptionRepository;
import nl.inburgering.deadline.repository.TermRepository;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.rules.FactDay;
import nl.inburgering.kit.security.Caller;

/**
 * DUO's exemptions (issue 11 item 4, rules §1.2): recorded as decided, published as {@code exemption.granted} (a
 * partial one is honoured by pip-service's completion check; a full one closes the case, and the daily run sends
 * {@code term.closed} EXEMPTED). A temporary one during the term stops its clock (§7.1, SS130): the end moves by the
 * days paused and {@code term.extended} carries the old and new end with ground {@value #PAUSE_GROUND}.
 */
@ApplicationScoped
public class ExemptionService {

    public static final String AUDIT_OBJECT = "exemption";
    public static final AuditAction READ = AuditAction.of("exemption.read", AUDIT_OBJECT);
    public static final AuditAction GRANT = AuditAction.of("exemption.grant", AUDIT_OBJECT);

    /** The ground {@code term.extended} names when a temporary exemption moved the end. */
    public static final String PAUSE_GROUND = "TEMPORARY_EXEMPTION";
    /** Two temporary exemptions cannot cover the same day: the clock stops once. */
    public static final String TEMPORARY_OVERLAP = "EXEMPTION-TEMPORARY-OVERLAP";

    @Inject
    ExemptionRepository exemptions;

    @Inject
    TermRepository terms;

    @Inject
    ExemptionPolicy policy;

    @Inject
    ReplicaAccess access;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Uni<List<Exemption>> of(UUID participantId) {
        return audited.read(READ, participantId, () -> access.readable(participantId)
                .chain(known -> exemptions.of(participantId)));
    }

    /** DUO's grant; joins an idempotent POST. */
    public Uni<Exemption> grant(UUID participantId, Decision d, LocalDate decidedOn) {
        var errors = ExemptionPolicy.errors(d);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(errors));
        }
        return audited.transaction(GRANT, participantId, () -> access.readable(participantId)
                .chain(known -> terms.lock(participantId).chain(term -> {
                    known.requireOpenOn(access.today(), "no exemption is granted");
                    FactDay.requireNotInFuture(decidedOn, access.today(), "a decision");
                    return exemptions.of(participantId).chain(earlier -> {
                        requireNoOverlap(d, earlier);
                        return record(participantId, d, decidedOn, term);
                    });
                })));
    }

    private Uni<Exemption> record(UUID participantId, Decision d, LocalDate decidedOn, Term term) {
        Exemption e = new Exemption();
        e.id = UUID.randomUUID();
        e.participantId = participantId;
        e.kind = d.kindOrGround();
        e.ground = d.ground();
        e.scope = d.scope();
        e.components = d.components() == null ? Set.of() : Set.copyOf(d.components());
        e.level = d.level();
        e.participationHoursCap = d.participationHoursCap();
        e.validFrom = d.validFrom();
        e.validUntil = d.validUntil();
        e.decidedOn = decidedOn;
        e.decidedBy = caller.actor();
        e.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        long paused = term == null || !term.standing() ? 0 : policy.pausedDays(d, term.startDate,
                term.endDateExclusive);
        e.pausedDays = (int) paused;
        if (paused > 0) {
            e.previousEnd = term.endDateExclusive;
            e.newEnd = term.endDateExclusive.plusDays(paused);
            term.endDateExclusive = e.newEnd;
        }
        return e.<Exemption>persist()
                .chain(() -> outbox.append(new ExemptionGranted(participantId, e.kind, e.ground, e.scope, e.components,
                        e.validFrom, e.validUntil, e.level, e.participationHoursCap)))
                .chain(() -> paused == 0 ? Uni.createFrom().voidItem() : outbox.append(new TermExtended(
                        participantId, e.id, PAUSE_GROUND, e.previousEnd, e.newEnd, decidedOn)).replaceWithVoid())
                .replaceWith(e);
    }

    private static void requireNoOverlap(Decision d, List<Exemption> earlier) {
        if (d.scope() != ExemptionScope.TEMPORARY) {
            return;
        }
        earlier.stream().filter(x -> x.scope == ExemptionScope.TEMPORARY)
                .filter(x -> !x.validFrom.isAfter(d.validUntil()) && !d.validFrom().isAfter(x.validUntil))
                .findFirst().ifPresent(x -> {
                    throw new RuleViolationException(TEMPORARY_OVERLAP, "a temporary exemption from " + x.validFrom
                            + " to " + x.validUntil + " covers some of these days already; the term's clock stops "
                            + "once");
                });
    }
}
