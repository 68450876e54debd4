package nl.inburgering.deadline.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.deadline.domain.Term;
import nl.inburgering.deadline.domain.rules.TermCalculator;
import nl.inburgering.deadline.repository.TermRepository;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.inbox.EventHandlers.EventMeta;
import nl.inburgering.contracts.events.IntegrationOutstandingChanged;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.deadline.repository.OutstandingRepository;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ReplicaAccess;
import org.jboss.logging.Logger;

/**
 * The term from pip-service's plans (N2, N3): the initial PIP starts it and {@code term.started} goes out through the
 * outbox in the same transaction; a revision never moves it. The event handlers run inside the idempotent
 * consumer's transaction, once per event.
 */
@ApplicationScoped
public class TermService {

    private static final Logger LOG = Logger.getLogger(TermService.class);

    public static final AuditAction READ = AuditAction.of("term.read", "term");

    /** A participant's term as it stands, or null while none has started. */
    public record TermState(KnownParticipant participant, Term term) {
    }

    @Inject
    TermRepository terms;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    ReplicaAccess access;

    @Inject
    Clock clock;

    @Inject
    OutstandingRepository outstanding;

    /** {@code plan.established}: the initial PIP starts the term; any later version leaves it as it is. */
    public Uni<Void> planEstablished(PlanEstablished plan, EventMeta event) {
        return terms.find(plan.participantId()).chain(existing -> {
            if (existing != null && existing.standing()) {
                return Uni.createFrom().voidItem(); // N2: a revision (or a second initial PIP) never moves the term
            }
            if (!plan.initial()) {
                // The first PIP known here is a revision: the term started with another municipality's initial PIP
                // and comes with participant.registered (runningTerm). Without it, never guess its dates.
                LOG.infof("plan.established %s is not the initial PIP and no term is known for participant %s: "
                        + "no term started here", event.id(), plan.participantId());
                return Uni.createFrom().voidItem();
            }
            LocalDate start = TermCalculator.start(plan.dateOfIssue());
            return start(existing, plan.participantId(), plan.planId(), plan.dateOfIssue(), start,
                    TermCalculator.endExclusive(start), plan.municipalityCode(), event);
        });
    }

    /**
     * {@code participant.registered} with a running term (E10, DUO-PIP-6): the participant moved in with a term an
     * earlier municipality's initial PIP started. It is kept as DUO gives it, without a PIP here, and
     * {@code term.started} carries it to the other services. A term known already stands.
     */
    public Uni<Void> participantRegistered(ParticipantRegistered registered, EventMeta event) {
        if (!registered.bringsRunningTerm()) {
            return Uni.createFrom().voidItem();
        }
        return terms.find(registered.participantId()).chain(existing -> {
            if (existing != null && existing.standing()) {
                return Uni.createFrom().voidItem();
            }
            return start(existing, registered.participantId(), null, null, registered.runningTermStartDate(),
                    registered.runningTermEndDateExclusive(), registered.municipalityCode(), event);
        });
    }

    /**
     * Stores the term (a new row, or the voided one again) and publishes term.started. {@code initialPlanId} and
     * {@code initialDateOfIssue} are null for a term brought along from another municipality.
     */
    private Uni<Void> start(Term existing, UUID participantId, UUID initialPlanId, LocalDate initialDateOfIssue,
            LocalDate start, LocalDate endExclusive, String municipalityCode, EventMeta event) {
        Term term = existing != null ? existing : new Term();
        term.participantId = participantId;
        term.initialPlanId = initialPlanId;
        term.initialDateOfIssue = initialDateOfIssue;
        term.startDate = start;
        term.endDateExclusive = endExclusive;
        term.municipalityCode = municipalityCode;
        term.startedByEvent = UUID.fromString(event.id());
        term.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        term.voidedOn = null;
        term.voidedByEvent = null;
        return term.persist().chain(() -> outbox.append(new TermStarted(term.participantId, term.startDate,
                term.endDateExclusive))).replaceWithVoid();
    }

    /** {@code integration.outstanding-changed}: the latest open requirements, for term.exceeded. */
    public Uni<Void> outstandingChanged(IntegrationOutstandingChanged e, EventMeta event) {
        return outstanding.keep(e, event.id(), Instant.now(clock));
    }

    /**
     * {@code plan.deleted} of the initial PIP: pip-service deletes a PIP only before its term started (DUO-PIP-7), so
     * the term is void; the row stays, marked. The next initial PIP starts it again and publishes a new
     * {@code term.started}.
     */
    public Uni<Void> planDeleted(PlanDeleted deleted, EventMeta event) {
        return terms.find(deleted.participantId()).chain(term -> {
            if (term == null || !term.standing() || !deleted.planId().equals(term.initialPlanId)) {
                return Uni.createFrom().voidItem();
            }
            term.voidedOn = deleted.deletedOn();
            term.voidedByEvent = UUID.fromString(event.id());
            return Uni.createFrom().voidItem();
        });
    }

    /** The participant's term, for whoever may read the participant (404 otherwise); audited. */
    public Uni<TermState> read(UUID participantId) {
        return audited.read(READ, participantId, () -> access.readable(participantId)
                .chain(known -> terms.find(participantId).map(term -> new TermState(known,
                        term != null && term.standing() ? term : null))));
    }
}
