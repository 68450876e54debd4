package nl.inburgering.exam.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.ExamResult;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.domain.rules.RegistrationFacts;
import nl.inburgering.exam.domain.rules.ResultDecision;
import nl.inburgering.exam.domain.rules.ResultRules;
import nl.inburgering.exam.domain.rules.RuleCodes;
import nl.inburgering.exam.letter.NextAttempt;
import nl.inburgering.exam.letter.ResultLetter;
import nl.inburgering.exam.repository.ExamRegistrationRepository;
import nl.inburgering.exam.rest.ExamResultView;
import nl.inburgering.exam.rest.RecordResultRequest;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.security.Caller;

/**
 * Exam results (uitslagen) and result letters. One result per registration ({@link ResultRules}): the same result
 * again is answered as the first (200), a different one is refused (409 DUO-EXAMEN-2); with an Idempotency-Key
 * the first answer is replayed as it was.
 */
@ApplicationScoped
public class ExamResultService {

    static final String AUDIT_OBJECT = ExamRegistrationService.AUDIT_OBJECT;

    @Inject
    ExamRegistrationRepository registrations;

    @Inject
    ExamRegistrationService registrationService;

    @Inject
    ParticipantAccess access;

    @Inject
    FreeAttemptPolicy freeAttempts;

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

    /** What an Idempotency-Key is bound to: this registration and this result. */
    record ResultCommand(UUID registrationId, RecordResultRequest result) {
    }

    /** Records the result of a registration (role exam-provider) and emits exam.result-recorded once. */
    @WithTransaction
    public Uni<Outcome<ExamResultView>> record(UUID id, RecordResultRequest request, String idempotencyKey) {
        return idempotency.once("exam-result.record", idempotencyKey,
                new ResultCommand(id, request),
                () -> registrations.lockCandidateOfRegistration(id)
                        .chain(() -> registrations.findById(id))
                        .map(ExamRegistrationService::requireFound)
                        .chain(r -> record(r, request)),
                stored -> new Outcome<>(stored.status(), stored.resourceId(),
                        idempotency.read(stored.body(), ExamResultView.class)));
    }

    private Uni<Outcome<ExamResultView>> record(ExamRegistration r, RecordResultRequest request) {
        if (r.status == AttemptStatus.CANCELLED_IN_TIME) {
            throw new RuleViolationException(RuleCodes.S4_EXAMS,
                    "this registration was cancelled in time, so no exam took place and there is no result");
        }
        if (r.status == AttemptStatus.CANCELLED_LATE && request.outcome() != ExamOutcome.NO_RESULT) {
            throw new RuleViolationException(RuleCodes.S4_EXAMS,
                    "this registration was cancelled late: its only possible result is NO_RESULT (Geen)");
        }
        ExamResult incoming = new ExamResult(request.outcome(), request.noResultReason(), request.score(),
                request.resultDate());
        ResultDecision decision = ResultRules.accept(r.examDate, r.result(), incoming, today());
        if (decision == ResultDecision.SAME) {
            return audit.record("exam-result.record", AUDIT_OBJECT, r.id, AuditLog.SUCCESS)
                    .replaceWith(new Outcome<>(200, r.id.toString(), ExamResultView.of(r)));
        }
        r.outcome = incoming.outcome();
        r.noResultReason = incoming.noResultReason();
        r.score = incoming.score();
        r.resultDate = incoming.resultDate();
        r.resultRecordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (r.status == AttemptStatus.REGISTERED) {
            r.status = AttemptStatus.RESULT;
        }
        return outbox.append(new ExamResultRecorded(r.participantId, r.id, r.component, r.level, r.examDate,
                        r.outcome, r.noResultReason, r.resultDate, r.score))
                .call(() -> audit.record("exam-result.record", AUDIT_OBJECT, r.id, AuditLog.SUCCESS))
                .call(registrations::flush)
                .replaceWith(() -> new Outcome<>(201, r.id.toString(), ExamResultView.of(r)));
    }

    /** The result of a registration the caller may read; 404 when there is none (yet). */
    @WithTransaction
    public Uni<ExamResultView> get(UUID id) {
        return registrationService.readable(id)
                .map(ExamResultService::requireResult)
                .call(r -> audit.record("exam-result.read", AUDIT_OBJECT, r.id, AuditLog.SUCCESS))
                .map(ExamResultView::of);
    }

    /**
     * The facts of the result letter: the result, and — unless passed — who would pay a resit of the same
     * component and level if registered today ({@link FreeAttemptPolicy#decide} with today's facts).
     */
    @WithTransaction
    public Uni<ResultLetter> letter(UUID id) {
        return registrations.findById(id)
                .map(ExamRegistrationService::requireFound)
                .chain(r -> access.readable(r.participantId).chain(known -> {
                    requireResult(r);
                    if (r.outcome == ExamOutcome.PASSED) {
                        return Uni.createFrom().item(letter(r, null));
                    }
                    return registrations.listByParticipant(r.participantId)
                            .map(all -> letter(r, NextAttempt.from(freeAttempts.decide(resitFacts(known, r, all)))));
                }).call(letter -> audit.record("exam-result-letter.read", AUDIT_OBJECT, r.id, AuditLog.SUCCESS)));
    }

    private static RegistrationFacts resitFacts(KnownParticipant known, ExamRegistration r,
            java.util.List<ExamRegistration> all) {
        KnownParticipant.CurrentPlan plan = known.plan();
        return new RegistrationFacts(r.component, r.level, known.targetGroup(), plan == null ? null : plan.level(),
                plan == null ? Set.of() : plan.a2PermittedComponents(),
                all.stream().map(ExamRegistration::toPriorAttempt).toList());
    }

    private static ResultLetter letter(ExamRegistration r, NextAttempt next) {
        // exam-service knows no names (pip-service keeps them): the letter greets "Beste kandidaat".
        return new ResultLetter(r.participantId, null, r.component, r.level, r.examDate, r.outcome, r.noResultReason,
                r.score, r.resultDate, next);
    }

    private static ExamRegistration requireResult(ExamRegistration r) {
        if (!r.hasResult()) {
            throw new ResourceNotFoundException("No result (uitslag) has been recorded for this exam registration yet.");
        }
        return r;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
