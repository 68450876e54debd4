package nl.inburgering.exam.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.ExamResult;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.domain.rules.OneSittingPerDay;
import nl.inburgering.exam.domain.rules.PaymentReason;
import nl.inburgering.exam.domain.rules.ResultDecision;
import nl.inburgering.exam.domain.rules.ResultRules;
import nl.inburgering.exam.domain.rules.RuleCodes;
import nl.inburgering.exam.letter.NextAttempt;
import nl.inburgering.exam.letter.ResultLetter;
import nl.inburgering.exam.repository.ExamRegistrationRepository;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Exam results (uitslagen) and result letters. One result per registration ({@link ResultRules}): the same result
 * again is answered as the first (200), a different one is refused (409 DUO-EXAMEN-2). Each operation is one
 * {@link Audited} transaction with its own {@link AuditAction}.
 */
@ApplicationScoped
public class ExamResultService {

    static final String AUDIT_OBJECT = ExamRegistrationService.AUDIT_OBJECT;

    public static final AuditAction RECORD = AuditAction.of("exam-result.record", AUDIT_OBJECT);
    public static final AuditAction READ = AuditAction.of("exam-result.read", AUDIT_OBJECT);
    public static final AuditAction RECORD_ELSEWHERE = AuditAction.of("exam-result.record-booked-elsewhere",
            AUDIT_OBJECT);
    public static final AuditAction READ_LETTER = AuditAction.of("exam-result-letter.read", AUDIT_OBJECT);

    @Inject
    ExamRegistrationRepository registrations;

    @Inject
    RegistrationGuards guards;

    @Inject
    FreeAttemptPolicy freeAttempts;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    Clock clock;

    @Inject
    nl.inburgering.kit.participants.ReplicaAccess access;

    @Inject
    nl.inburgering.kit.security.Caller caller;

    /** A recorded result: the registration with it, and whether this call recorded it (false: the same again). */
    public record Recorded(ExamRegistration registration, boolean created) {
    }

    /**
     * Records the result of a registration (role exam-provider) and emits exam.result-recorded once. Joins the
     * transaction of an idempotent POST when there is one.
     */
    public Uni<Recorded> record(UUID id, ExamResult result) {
        return audited.transaction(RECORD, id, () -> guards.locked(id).chain(r -> {
            if (!apply(r, result)) {
                return Uni.createFrom().item(new Recorded(r, false));
            }
            return outbox.append(new ExamResultRecorded(r.participantId, r.id, r.component, r.level, r.examDate,
                            r.outcome, r.noResultReason, r.resultDate, r.score))
                    .call(registrations::flush)
                    .replaceWith(new Recorded(r, true));
        }));
    }

    /** A result of an exam booked elsewhere (Mijn Inburgering), as DUO or the exam provider reports it. */
    public record ResultBookedElsewhere(ExamComponent component, LanguageLevel level, LocalDate examDate,
            ExamResult result, String reference) {
    }

    /**
     * Records the result of an exam booked elsewhere (issue 12 item 2): no registration here, so one is made with the
     * result, counting as an attempt (its number among the participant's attempts of the component); who paid is not
     * known here. exam.result-recorded goes out once, so pip-service's completion check sees it. The same reference
     * with the same result again is answered as the first (200); with a different result it is refused (409
     * DUO-EXAMEN-2); an exam on a day this service has a registration of the component is that registration's
     * (409 from OneSittingPerDay).
     */
    public Uni<Recorded> recordBookedElsewhere(UUID participantId, ResultBookedElsewhere e) {
        return audited.transaction(RECORD_ELSEWHERE, participantId, r -> r.registration().id, () ->
                access.known(participantId)
                        .call(known -> registrations.lockCandidate(participantId))
                        .chain(known -> registrations.listByParticipant(participantId).chain(prior -> {
                            LocalDate today = guards.today();
                            ResultRules.accept(e.examDate(), null, e.result(), today); // N17: its dates
                            if (e.reference() != null) {
                                var same = prior.stream().filter(x -> e.reference().equals(x.externalReference))
                                        .findFirst();
                                if (same.isPresent()) {
                                    ExamRegistration x = same.get();
                                    if (x.component != e.component() || !x.examDate.equals(e.examDate())
                                            || x.level != e.level()) {
                                        throw new RuleViolationException(RuleCodes.DUO_EXAMEN_ONE_RESULT, "the "
                                                + "reference " + e.reference() + " names another exam already");
                                    }
                                    ResultRules.accept(x.examDate, x.result(), e.result(), today);
                                    return Uni.createFrom().item(new Recorded(x, false));
                                }
                            }
                            OneSittingPerDay.require(e.component(), e.examDate(),
                                    prior.stream().map(ExamRegistration::toPriorAttempt).toList());
                            return bookedElsewhere(known, e, prior, today);
                        })));
    }

    private Uni<Recorded> bookedElsewhere(KnownParticipant known, ResultBookedElsewhere e,
            List<ExamRegistration> prior, LocalDate today) {
        KnownParticipant.CurrentPlan plan = known.plan();
        ExamRegistration r = new ExamRegistration();
        r.id = UUID.randomUUID();
        r.participantId = known.participantId();
        r.component = e.component();
        r.level = e.level();
        r.examDate = e.examDate();
        r.attemptNumber = freeAttempts.decide(RegistrationGuards.paymentFacts(known, e.component(), e.level(), prior,
                e.examDate())).attemptNumber();
        r.payer = null;
        r.feeCents = 0;
        r.paymentReason = PaymentReason.BOOKED_ELSEWHERE;
        r.targetGroup = known.targetGroupOn(e.examDate());
        r.planVersion = plan == null ? null : plan.version();
        r.requiredLevel = plan == null ? null : plan.requiredLevel(e.component());
        r.registeredOn = today;
        r.registeredBy = caller.actor();
        r.status = AttemptStatus.RESULT;
        r.source = ExamRegistration.Source.BOOKED_ELSEWHERE;
        r.externalReference = e.reference();
        r.outcome = e.result().outcome();
        r.noResultReason = e.result().noResultReason();
        r.score = e.result().score();
        r.resultDate = e.result().resultDate();
        r.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        r.resultRecordedAt = r.createdAt;
        return registrations.persist(r)
                .call(() -> outbox.append(new ExamResultRecorded(r.participantId, r.id, r.component, r.level,
                        r.examDate, r.outcome, r.noResultReason, r.resultDate, r.score)))
                .replaceWith(new Recorded(r, true));
    }

    /**
     * Applies the result to the registration; false when this very result is there already. Refuses what the rules
     * refuse: a result for a registration cancelled in time, anything but NO_RESULT for one cancelled late, a
     * different second result, a result date before the exam or in the future.
     */
    private boolean apply(ExamRegistration r, ExamResult incoming) {
        if (r.status == AttemptStatus.CANCELLED_IN_TIME) {
            throw new RuleViolationException(RuleCodes.S4_EXAMS,
                    "this registration was cancelled in time, so no exam took place and there is no result");
        }
        if (r.status == AttemptStatus.CANCELLED_LATE && incoming.outcome() != ExamOutcome.NO_RESULT) {
            throw new RuleViolationException(RuleCodes.S4_EXAMS,
                    "this registration was cancelled late: its only possible result is NO_RESULT (Geen)");
        }
        if (ResultRules.accept(r.examDate, r.result(), incoming, guards.today()) == ResultDecision.SAME) {
            return false;
        }
        r.outcome = incoming.outcome();
        r.noResultReason = incoming.noResultReason();
        r.score = incoming.score();
        r.resultDate = incoming.resultDate();
        r.resultRecordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (r.status == AttemptStatus.REGISTERED) {
            r.status = AttemptStatus.RESULT;
        }
        return true;
    }

    /** The registration with its result, if the caller may read it; 404 when there is none (yet). */
    public Uni<ExamRegistration> get(UUID id) {
        return audited.read(READ, id, () -> guards.readable(id)
                .map(guarded -> RegistrationGuards.requireResult(guarded.registration())));
    }

    /**
     * The facts of the result letter: the result, the level the current PIP requires for the component, and —
     * unless the component is now done — who would pay the next attempt if registered today
     * ({@link FreeAttemptPolicy#decide} with today's facts): a resit at the same level, or, after a pass below the
     * required level (issue 8 item 8c), an attempt at the required level.
     */
    public Uni<ResultLetter> letter(UUID id) {
        return audited.read(READ_LETTER, id, () -> guards.readable(id).chain(guarded -> {
            ExamRegistration r = RegistrationGuards.requireResult(guarded.registration());
            KnownParticipant.CurrentPlan plan = guarded.participant().plan();
            LanguageLevel required = plan == null ? null : plan.requiredLevel(r.component);
            if (ResultLetter.done(r.outcome, r.level, required)) {
                return Uni.createFrom().item(letter(r, null, required));
            }
            LanguageLevel nextLevel = r.outcome == ExamOutcome.PASSED ? required : r.level; // passed below: at the level required
            return registrations.listByParticipant(r.participantId)
                    .map(all -> letter(r, NextAttempt.from(freeAttempts.decide(RegistrationGuards.paymentFacts(
                            guarded.participant(), r.component, nextLevel, all, guards.today()))), required));
        }));
    }

    private static ResultLetter letter(ExamRegistration r, NextAttempt next, LanguageLevel required) {
        // exam-service knows no names (pip-service keeps them): the letter greets "Beste kandidaat".
        return new ResultLetter(r.participantId, null, r.component, r.level, r.examDate, r.outcome, r.noResultReason,
                r.score, r.resultDate, next, required);
    }
}
