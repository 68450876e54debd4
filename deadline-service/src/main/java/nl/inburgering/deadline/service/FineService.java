package nl.inburgering.deadline.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.TermExtended;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.deadline.domain.Fine;
import nl.inburgering.deadline.domain.Fine.Stage;
import nl.inburgering.deadline.domain.Term;
import nl.inburgering.deadline.domain.rules.FinePolicy;
import nl.inburgering.deadline.domain.rules.FinePolicy.Facts;
import nl.inburgering.deadline.domain.rules.FinePolicy.Kind;
import nl.inburgering.deadline.repository.TermRepository;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.KnownParticipant.Closure;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.rules.FactDay;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.kit.security.Roles;

/**
 * Fines as decided (issue 11 item 6, rules §7.5, §8): DUO's pre-announcements and decisions after the term, each with
 * the amount FinePolicy expected, a decision setting the new term (N22: the end moves, term.extended with ground
 * {@value #NEW_TERM_GROUND}); and the municipality's own fines. The term row is the lock, as for extensions.
 */
@ApplicationScoped
public class FineService {

    public static final AuditAction READ = AuditAction.of("fine.read", "fine");
    public static final AuditAction RECORD = AuditAction.of("fine.record", "fine");
    public static final AuditAction MUNICIPAL = AuditAction.of("fine.municipal.record", "fine");

    /** The ground {@code term.extended} names when a fine set a new term. */
    public static final String NEW_TERM_GROUND = "FINE_NEW_TERM";
    /** DUO fines after the term, not while it runs (§7.5). */
    public static final String TERM_RUNNING = "FINE-TERM-RUNNING";
    /** One decision per kind per round of fines. */
    public static final String DECIDED = "FINE-DECIDED";

    /** DUO's fine as recorded. */
    public record DuoFine(Stage stage, Kind kind, BigDecimal amount, LocalDate decidedOn, Integer examsPassed,
            Integer zrouteHours) {
    }

    /** What FinePolicy expects today for each of DUO's kinds, and the new term a decision of it alone would set. */
    public record Expected(Kind kind, BigDecimal amount, Period newTerm) {
    }

    @Inject
    TermRepository terms;

    @Inject
    FinePolicy policy;

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

    public Uni<List<Fine>> of(UUID participantId) {
        return audited.read(READ, participantId, () -> access.readable(participantId)
                .chain(known -> finesOf(participantId)));
    }

    /** The amounts to expect now, for an officer or DUO preparing a decision. */
    public Uni<List<Expected>> expected(UUID participantId, int examsPassed, int zrouteHours) {
        return audited.read(READ, participantId, () -> access.readable(participantId).map(known -> {
            Route route = known.plan() == null ? null : known.plan().route();
            return EnumSet.of(Kind.ROUTE, Kind.MAP, Kind.PVT).stream().map(kind -> {
                BigDecimal amount = euro(policy.expected(new Facts(kind, known.rightsOn(access.today()), route,
                        examsPassed)));
                return new Expected(kind, amount, amount.signum() == 0 ? Period.ZERO
                        : policy.newTerm(Set.of(kind), route, examsPassed, zrouteHours));
            }).toList();
        }));
    }

    /** DUO's pre-announcement or decision; joins an idempotent POST. */
    public Uni<Fine> record(UUID participantId, DuoFine f) {
        if (!f.kind().duo()) {
            return Uni.createFrom().failure(InvalidInputException.of("kind", "duo-kind", "DUO fines ROUTE, MAP or "
                    + "PVT; the municipality records its own at …/municipal-fines"));
        }
        return audited.transaction(RECORD, participantId, () -> access.readable(participantId)
                .chain(known -> terms.lock(participantId).chain(term -> {
                    if (term == null || !term.standing()) {
                        throw new RuleViolationException(ExtensionService.TERM_NOT_STARTED, "no term has started for "
                                + "this participant, so none was exceeded");
                    }
                    requireNotInFuture(f.decidedOn());
                    requireCaseOpen(known, f.decidedOn());
                    Route route = known.plan() == null ? null : known.plan().route();
                    Facts facts = new Facts(f.kind(), known.rightsOn(f.decidedOn()), route,
                            f.examsPassed() == null ? 0 : f.examsPassed());
                    policy.requireAllowed(facts, f.amount());
                    return finesOf(participantId).chain(earlier -> {
                        LocalDate finedEnd = finedPeriodEnd(term, earlier, f.decidedOn());
                        Fine fine = fine(participantId, f.kind(), f.stage(), f.amount(), f.decidedOn());
                        fine.expectedAmount = euro(policy.expected(facts));
                        fine.examsPassed = f.examsPassed();
                        fine.zrouteHours = f.zrouteHours();
                        fine.finedPeriodEnd = finedEnd;
                        if (f.stage() == Stage.PRE_ANNOUNCEMENT) {
                            return fine.<Fine>persist();
                        }
                        return decide(term, earlier, fine, route);
                    });
                })));
    }

    /** The municipality's own fine, by an officer of the participant's current municipality. */
    public Uni<Fine> recordMunicipal(UUID participantId, Kind kind, BigDecimal amount, LocalDate decidedOn) {
        if (kind.duo()) {
            return Uni.createFrom().failure(InvalidInputException.of("kind", "municipal-kind", "the municipality "
                    + "fines INTAKE_NO_SHOW or PIP_OBLIGATION; DUO's fines are recorded by DUO"));
        }
        if (!caller.hasRole(Roles.MUNICIPALITY_OFFICER)) {
            return Uni.createFrom().failure(new ResourceNotFoundException("No participant with this id that you may "
                    + "change."));
        }
        return audited.transaction(MUNICIPAL, participantId, () -> access.changeable(participantId)
                .chain(known -> terms.lock(participantId).chain(term -> finesOf(participantId).chain(earlier -> {
                    requireNotInFuture(decidedOn);
                    known.requireOpenOn(decidedOn, "no municipal fine is recorded");
                    int steps = (int) earlier.stream().filter(x -> x.kind == kind).count();
                    policy.requireMunicipalAllowed(known.municipalityCode(), kind, amount, steps);
                    return fine(participantId, kind, Stage.DECISION, amount, decidedOn).<Fine>persist();
                }))));
    }

    private Uni<Fine> decide(Term term, List<Fine> earlier, Fine fine, Route route) {
        List<Fine> round = earlier.stream().filter(x -> x.stage == Stage.DECISION && x.kind.duo()
                && fine.finedPeriodEnd.equals(x.finedPeriodEnd)).toList();
        if (round.stream().anyMatch(x -> x.kind == fine.kind)) {
            throw new RuleViolationException(DECIDED, "a " + fine.kind + " fine was decided already for the term "
                    + "that ended on " + fine.finedPeriodEnd.minusDays(1));
        }
        Set<Kind> kinds = EnumSet.of(fine.kind);
        round.forEach(x -> kinds.add(x.kind));
        int exams = maxOf(round, fine, true);
        int hours = maxOf(round, fine, false);
        LocalDate newEnd = FinePolicy.newEnd(term.endDateExclusive, fine.decidedOn,
                policy.newTerm(kinds, route, exams, hours));
        if (!newEnd.isAfter(term.endDateExclusive)) {
            return fine.persist();
        }
        fine.previousEnd = term.endDateExclusive;
        fine.newEnd = newEnd;
        term.endDateExclusive = newEnd;
        return fine.<Fine>persist().chain(stored -> outbox.append(new TermExtended(term.participantId, fine.id,
                NEW_TERM_GROUND, fine.previousEnd, fine.newEnd, fine.decidedOn)).replaceWith(stored));
    }

    /**
     * Which term's exceeding a fine is for: the term that ended on or before the decision day; or, while a fine of
     * this round has set a new term, the one that round is about. Otherwise the term still runs: no fine.
     */
    private static LocalDate finedPeriodEnd(Term term, List<Fine> earlier, LocalDate decidedOn) {
        if (!term.endDateExclusive.isAfter(decidedOn)) {
            return term.endDateExclusive;
        }
        return earlier.stream().filter(x -> term.endDateExclusive.equals(x.newEnd)).map(x -> x.finedPeriodEnd)
                .findFirst().orElseThrow(() -> new RuleViolationException(TERM_RUNNING, "the term runs until "
                        + term.endDateExclusive.minusDays(1) + "; DUO fines only after it has passed without "
                        + "completion (§7.5)"));
    }

    private static int maxOf(List<Fine> round, Fine fine, boolean exams) {
        int max = value(fine, exams);
        for (Fine x : round) {
            max = Math.max(max, value(x, exams));
        }
        return max;
    }

    private static int value(Fine f, boolean exams) {
        Integer v = exams ? f.examsPassed : f.zrouteHours;
        return v == null ? 0 : v;
    }

    /** A completion after the end is still fined (the term was exceeded); a full exemption or an ended obligation not. */
    private static void requireCaseOpen(KnownParticipant known, LocalDate day) {
        known.closedOn(day).filter(c -> c != Closure.COMPLETED).ifPresent(c -> {
            throw new RuleViolationException(c.rule(), c.words() + "; no fine is recorded");
        });
    }

    private Fine fine(UUID participantId, Kind kind, Stage stage, BigDecimal amount, LocalDate decidedOn) {
        Fine fine = new Fine();
        fine.id = UUID.randomUUID();
        fine.participantId = participantId;
        fine.kind = kind;
        fine.stage = stage;
        fine.amount = euro(amount);
        fine.decidedOn = decidedOn;
        fine.decidedBy = caller.actor();
        fine.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return fine;
    }

    /** Euro with cents, as stored (numeric(8, 2)); the body allows no more than two decimals. */
    private static BigDecimal euro(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private Uni<List<Fine>> finesOf(UUID participantId) {
        return Fine.list("participantId = ?1 order by decidedOn, recordedAt, id", participantId);
    }

    private void requireNotInFuture(LocalDate day) {
        FactDay.requireNotInFuture(day, access.today(), "a decision");
    }
}
