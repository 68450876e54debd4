package nl.inburgering.exam.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.ExamResult;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
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
        return audited.transaction(READ, id, () -> guards.readable(id)
                .map(guarded -> RegistrationGuards.requireResult(guarded.registration())));
    }

    /**
     * The facts of the result letter: the result, the level the current PIP requires for the component, and —
     * unless the component is now done — who would pay the next attempt if registered today
     * ({@link FreeAttemptPolicy#decide} with today's facts): a resit at the same level, or, after a pass below the
     * required level (issue 8 item 8c), an attempt at the required level.
     */
    public Uni<ResultLetter> letter(UUID id) {
        return audited.transaction(READ_LETTER, id, () -> guards.readable(id).chain(guarded -> {
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
