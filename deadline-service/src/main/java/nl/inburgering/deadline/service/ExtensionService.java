package nl.inburgering.deadline.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.events.TermExtended;
import nl.inburgering.deadline.domain.Term;
import nl.inburgering.deadline.domain.TermExtension;
import nl.inburgering.deadline.domain.TermExtension.Status;
import nl.inburgering.deadline.domain.rules.ExtensionGround;
import nl.inburgering.deadline.domain.rules.ExtensionPolicy;
import nl.inburgering.deadline.repository.TermRepository;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.rules.FactDay;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.kit.security.Roles;

/**
 * Extensions of the term (issue 11 item 3, rules §7.2): a municipality files a request with a statement; DUO decides
 * (on a request here, on one filed with DUO directly, or ambtshalve) and a grant moves the end and publishes
 * {@code term.extended} with the old and the new end. A decision after the end reopens the term (E6). Refusals are
 * recorded too. Each decision locks the term row.
 */
@ApplicationScoped
public class ExtensionService {

    public static final String AUDIT_OBJECT = "term";
    public static final AuditAction READ = AuditAction.of("term.extension.read", AUDIT_OBJECT);
    public static final AuditAction REQUEST = AuditAction.of("term.extension.request", AUDIT_OBJECT);
    public static final AuditAction GRANT = AuditAction.of("term.extension.grant", AUDIT_OBJECT);
    public static final AuditAction REFUSE = AuditAction.of("term.extension.refuse", AUDIT_OBJECT);

    /** The term is not started: there is nothing to extend. */
    public static final String TERM_NOT_STARTED = "TERM-NOT-STARTED";
    /** One open request at a time: DUO decides it first. */
    public static final String REQUEST_OPEN = "EXTENSION-REQUEST-OPEN";
    /** A request is decided once. */
    public static final String DECIDED = "EXTENSION-DECIDED";

    /** A request to file. */
    public record Request(ExtensionGround ground, String statement, Period requestedExtra) {
    }

    /** DUO's grant: on {@code requestId}, or without (then {@code requestedOn}, or the decision day, ambtshalve). */
    public record Grant(UUID requestId, ExtensionGround ground, Period extraTime, LocalDate decidedOn,
            LocalDate requestedOn) {
    }

    /** A grant with the term after it. */
    public record Granted(TermExtension extension, Term term) {
    }

    @Inject
    TermRepository terms;

    @Inject
    ExtensionPolicy policy;

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

    public Uni<List<TermExtension>> history(UUID participantId) {
        return audited.read(READ, participantId, () -> access.readable(participantId)
                .chain(known -> terms.extensionsOf(participantId)));
    }

    /** A municipality's request (the officer of the participant's current municipality); joins an idempotent POST. */
    public Uni<TermExtension> request(UUID participantId, Request request) {
        return audited.transaction(REQUEST, participantId, () -> officer(participantId)
                .chain(known -> startedTerm(participantId).chain(term -> {
                    known.requireOpenOn(today(), "the term is not extended");
                    return terms.extensionsOf(participantId).chain(history -> {
                        if (history.stream().anyMatch(e -> e.status == Status.REQUESTED)) {
                            throw new RuleViolationException(REQUEST_OPEN, "a request for an extension is open; DUO "
                                    + "decides it before another is filed");
                        }
                        TermExtension e = new TermExtension();
                        e.id = UUID.randomUUID();
                        e.participantId = participantId;
                        e.ground = request.ground();
                        e.status = Status.REQUESTED;
                        e.requestedOn = today();
                        e.requestedBy = caller.actor();
                        e.statement = request.statement();
                        e.requestedExtra = request.requestedExtra() == null ? null : request.requestedExtra().toString();
                        e.recordedAt = now();
                        return e.<TermExtension>persist();
                    });
                })));
    }

    /** DUO's grant; joins an idempotent POST. */
    public Uni<Granted> grant(UUID participantId, Grant grant) {
        return audited.transaction(GRANT, participantId, () -> access.readable(participantId)
                .chain(known -> terms.lock(participantId).chain(term -> {
                    if (term == null || !term.standing()) {
                        throw notStarted();
                    }
                    known.requireOpenOn(today(), "the term is not extended");
                    requireNotInFuture(grant.decidedOn());
                    return terms.extensionsOf(participantId).chain(history -> (grant.requestId() == null
                            ? Uni.createFrom().item(ambtshalve(participantId, grant))
                            : openRequest(participantId, grant.requestId(), grant.ground()))
                            .chain(e -> decide(known, term, history, e, grant, grant.requestId() == null)));
                })));
    }

    /** DUO's refusal of a request (SS113); recorded, nothing published. */
    public Uni<TermExtension> refuse(UUID participantId, UUID requestId, String reason, LocalDate decidedOn,
            long expectedVersion) {
        return audited.transaction(REFUSE, participantId, () -> access.readable(participantId)
                .chain(known -> terms.lock(participantId))
                .chain(term -> openRequest(participantId, requestId, null))
                .chain(e -> {
                    requireNotInFuture(decidedOn);
                    if (e.version != expectedVersion) {
                        throw new PreconditionFailedException("The request was changed since you read it (version "
                                + e.version + ", If-Match said " + expectedVersion + ").");
                    }
                    if (decidedOn.isBefore(e.requestedOn)) {
                        throw InvalidInputException.of("decidedOn", "before-request", "lies before the request of "
                                + e.requestedOn);
                    }
                    e.status = Status.REFUSED;
                    e.decidedOn = decidedOn;
                    e.decidedBy = caller.actor();
                    e.refusalReason = reason;
                    return Panache.getSession().chain(s -> s.flush()).replaceWith(e);
                }));
    }

    private Uni<Granted> decide(KnownParticipant known, Term term, List<TermExtension> history, TermExtension e,
            Grant grant, boolean fresh) {
        if (grant.decidedOn().isBefore(e.requestedOn)) {
            throw InvalidInputException.of("decidedOn", "before-request", "lies before the request of "
                    + e.requestedOn);
        }
        LocalDate periodStart = history.stream().filter(x -> x.status == Status.GRANTED)
                .max(Comparator.comparing((TermExtension x) -> x.previousEnd))
                .map(x -> x.previousEnd).orElse(term.startDate);
        LocalDate newEnd = policy.requireAllowed(new ExtensionPolicy.Facts(term.startDate, term.endDateExclusive,
                periodStart, known.plan() == null ? null : known.plan().route(), known.rightsOn(e.requestedOn),
                e.ground, grant.extraTime(), e.requestedOn));
        e.status = Status.GRANTED;
        e.decidedOn = grant.decidedOn();
        e.decidedBy = caller.actor();
        e.extraTime = grant.extraTime().toString();
        e.previousEnd = term.endDateExclusive;
        e.newEnd = newEnd;
        // E6: a decision on or after the end that moves it past the decision day opens the term again.
        e.reopened = !grant.decidedOn().isBefore(term.endDateExclusive) && newEnd.isAfter(grant.decidedOn());
        term.endDateExclusive = newEnd;
        Uni<Void> stored = fresh ? e.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        return stored
                .chain(() -> outbox.append(new TermExtended(term.participantId, e.id, e.ground.name(), e.previousEnd,
                        e.newEnd, e.decidedOn)))
                .chain(() -> Panache.getSession().chain(s -> s.flush()))
                .replaceWith(() -> new Granted(e, term));
    }

    private TermExtension ambtshalve(UUID participantId, Grant grant) {
        if (grant.ground() == null) {
            throw InvalidInputException.of("ground", "required", "a grant without a requestId names its ground");
        }
        TermExtension e = new TermExtension();
        e.id = UUID.randomUUID();
        e.participantId = participantId;
        e.ground = grant.ground();
        e.ambtshalve = grant.requestedOn() == null;
        e.requestedOn = grant.requestedOn() == null ? grant.decidedOn() : grant.requestedOn();
        e.recordedAt = now();
        return e;
    }

    private Uni<TermExtension> openRequest(UUID participantId, UUID requestId, ExtensionGround ground) {
        return terms.extension(participantId, requestId).map(e -> {
            if (e == null) {
                throw new ResourceNotFoundException("No extension request " + requestId + " for this participant.");
            }
            if (e.status != Status.REQUESTED) {
                throw new RuleViolationException(DECIDED, "this request was " + e.status.name().toLowerCase()
                        + " on " + e.decidedOn);
            }
            if (ground != null && ground != e.ground) {
                throw InvalidInputException.of("ground", "request", "the request is on the ground " + e.ground
                        + "; leave ground out or give that one");
            }
            return e;
        });
    }

    private Uni<KnownParticipant> officer(UUID participantId) {
        if (!caller.hasRole(Roles.MUNICIPALITY_OFFICER)) {
            return Uni.createFrom().failure(new ResourceNotFoundException("No participant with this id that you may "
                    + "change."));
        }
        return access.changeable(participantId);
    }

    private Uni<Term> startedTerm(UUID participantId) {
        return terms.find(participantId).map(term -> {
            if (term == null || !term.standing()) {
                throw notStarted();
            }
            return term;
        });
    }

    private static RuleViolationException notStarted() {
        return new RuleViolationException(TERM_NOT_STARTED, "no term has started for this participant (the day after "
                + "the dagtekening of the initial PIP); there is nothing to extend");
    }

    private void requireNotInFuture(LocalDate day) {
        FactDay.requireNotInFuture(day, today(), "a decision");
    }

    private LocalDate today() {
        return access.today();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
