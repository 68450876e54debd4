package nl.inburgering.exam.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.ExamCancelled;
import nl.inburgering.contracts.events.ExamRegistered;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptCounter;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.CancellationDecision;
import nl.inburgering.exam.domain.rules.CancellationPolicy;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.domain.rules.PaymentDecision;
import nl.inburgering.exam.domain.rules.PriorAttempt;
import nl.inburgering.exam.domain.rules.RegistrationFacts;
import nl.inburgering.exam.domain.rules.RuleCodes;
import nl.inburgering.exam.repository.ExamRegistrationRepository;
import nl.inburgering.exam.rest.CancellationView;
import nl.inburgering.exam.rest.ChangeExamRegistrationRequest;
import nl.inburgering.exam.rest.ExamRegistrationView;
import nl.inburgering.exam.rest.RegisterExamRequest;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.idempotency.IdempotencyStore;
import nl.inburgering.kit.idempotency.IdempotencyStore.Outcome;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.security.Caller;

/**
 * Exam registrations (examenaanmeldingen): registering, moving (verzetten) and cancelling (afmelden). Owns the
 * transactions; every change first locks the participant's exam record, so attempts are counted on a stable
 * history and the participant's events enter the outbox in commit order. The rules are the pure classes of
 * {@code domain.rules}: {@link FreeAttemptPolicy} (attempt number, payer, fee) and {@link CancellationPolicy}.
 */
@ApplicationScoped
public class ExamRegistrationService {

    public static final String AUDIT_OBJECT = "exam-registration";

    @Inject
    ExamRegistrationRepository registrations;

    @Inject
    ParticipantAccess access;

    @Inject
    FreeAttemptPolicy freeAttempts;

    @Inject
    CancellationPolicy cancellation;

    @Inject
    AttemptCounter counter;

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

    /** The result of a change: the registration now in force, and whether it is a new one (a late move). */
    public record Change(ExamRegistrationView registration, boolean created) {
    }

    /**
     * Registers a participant for an exam component. Payer, fee and attempt number are decided now, from today's
     * facts, and stored. The same request again with the same Idempotency-Key returns the first answer.
     */
    @WithTransaction
    public Uni<Outcome<ExamRegistrationView>> register(RegisterExamRequest request, String idempotencyKey) {
        return idempotency.once("exam-registration.create", idempotencyKey, request,
                () -> access.changeable(request.participantId())
                        .invoke(known -> requireObligationOpen(known, request.examDate()))
                        .call(known -> registrations.lockCandidate(known.participantId()))
                        .chain(known -> registrations.listByParticipant(known.participantId())
                                .chain(prior -> create(known, request.component(), request.level(),
                                        request.examDate(), request.location().strip(), prior, null)))
                        .map(r -> new Outcome<>(201, r.id.toString(), view(r))),
                stored -> new Outcome<>(stored.status(), stored.resourceId(),
                        idempotency.read(stored.body(), ExamRegistrationView.class)));
    }

    /** A registration the caller may read; 404 otherwise. */
    @WithTransaction
    public Uni<ExamRegistrationView> get(UUID id) {
        return readable(id)
                .call(r -> audit.record("exam-registration.read", AUDIT_OBJECT, r.id, AuditLog.SUCCESS))
                .map(this::view);
    }

    /**
     * Moves a registration to another date and/or place (§4, E19). At least the notice period before the exam the
     * registration keeps its attempt number and payer; later, it is cancelled late (its attempt is used up) and
     * the new date or place becomes a new registration with its own attempt number and payer.
     *
     * @param expectedVersion the version the caller read (If-Match)
     */
    @WithTransaction
    public Uni<Change> change(UUID id, ChangeExamRegistrationRequest request, long expectedVersion) {
        if (request.examDate() == null && request.location() == null) {
            return Uni.createFrom().failure(InvalidInputException.of("body", "required",
                    "give a new examDate and/or location"));
        }
        return registrations.lockCandidateOfRegistration(id)
                .chain(() -> registrations.findById(id))
                .map(r -> requireFound(r))
                .chain(r -> access.changeable(r.participantId).chain(known -> {
                    requireVersion(r, expectedVersion);
                    LocalDate today = today();
                    LocalDate newDate = request.examDate() != null ? request.examDate() : r.examDate;
                    String newLocation = request.location() != null ? request.location().strip() : r.location;
                    boolean dateChanges = !newDate.equals(r.examDate);
                    // The rule refuses a change after the exam date, of a cancelled registration or one with a
                    // result; for a change of place only, "would cancelling now keep the attempt" is the question.
                    CancellationDecision decision = dateChanges
                            ? cancellation.reschedule(r.status, r.examDate, today, newDate)
                            : cancellation.cancel(r.status, r.examDate, today);
                    if (!dateChanges && newLocation.equals(r.location)) {
                        return audit.record("exam-registration.change", AUDIT_OBJECT, r.id, AuditLog.SUCCESS)
                                .replaceWith(new Change(view(r), false));
                    }
                    requireObligationOpen(known, newDate);
                    if (!decision.attemptConsumed()) {
                        r.examDate = newDate;
                        r.location = newLocation;
                        return registrations.flush()
                                .call(() -> audit.record("exam-registration.change", AUDIT_OBJECT, r.id,
                                        AuditLog.SUCCESS))
                                .replaceWith(() -> new Change(view(r), false));
                    }
                    return cancel(r, AttemptStatus.CANCELLED_LATE, today)
                            .chain(() -> registrations.listByParticipant(r.participantId))
                            .chain(prior -> create(known, r.component, r.level, newDate, newLocation, prior, r))
                            .call(created -> audit.record("exam-registration.change", AUDIT_OBJECT, r.id,
                                    AuditLog.SUCCESS))
                            .call(registrations::flush)
                            .map(created -> new Change(view(created), true));
                }));
    }

    /**
     * Cancels a registration (afmelden): in time keeps the attempt, later uses it up (§4, E19).
     *
     * @param expectedVersion the version the caller read (If-Match), or null to cancel whatever the version
     */
    @WithTransaction
    public Uni<CancellationView> cancel(UUID id, Long expectedVersion) {
        return registrations.lockCandidateOfRegistration(id)
                .chain(() -> registrations.findById(id))
                .map(r -> requireFound(r))
                .call(r -> access.changeable(r.participantId))
                .chain(r -> {
                    if (expectedVersion != null) {
                        requireVersion(r, expectedVersion);
                    }
                    LocalDate today = today();
                    CancellationDecision decision = cancellation.cancel(r.status, r.examDate, today);
                    return cancel(r, decision.status(), today)
                            .call(() -> audit.record("exam-registration.cancel", AUDIT_OBJECT, r.id, AuditLog.SUCCESS))
                            .call(registrations::flush)
                            .replaceWith(() -> CancellationView.of(r, cancellation));
                });
    }

    /** The cancellation of a registration, if it was cancelled; 404 otherwise. */
    @WithTransaction
    public Uni<CancellationView> getCancellation(UUID id) {
        return readable(id).map(r -> {
            if (!r.isCancelled()) {
                throw new ResourceNotFoundException("This exam registration has not been cancelled.");
            }
            return r;
        }).call(r -> audit.record("exam-registration.read", AUDIT_OBJECT, r.id, AuditLog.SUCCESS))
                .map(r -> CancellationView.of(r, cancellation));
    }

    /** Loads a registration and checks that the caller may read its participant's data; 404 otherwise. */
    Uni<ExamRegistration> readable(UUID id) {
        return registrations.findById(id)
                .map(ExamRegistrationService::requireFound)
                .call(r -> access.readable(r.participantId));
    }

    ExamRegistrationView view(ExamRegistration r) {
        return ExamRegistrationView.of(r, counter, cancellation);
    }

    // --- the changes themselves, inside the caller's transaction -------------------------------------------

    /**
     * A new registration: attempt number, payer and fee from {@link FreeAttemptPolicy} with the facts of today
     * (target group now, current PIP level and A2 permissions, earlier attempts), then exam.registered.
     */
    private Uni<ExamRegistration> create(KnownParticipant known, ExamComponent component, LanguageLevel level,
            LocalDate examDate, String location, List<ExamRegistration> earlier, ExamRegistration replaces) {
        KnownParticipant.CurrentPlan plan = known.plan();
        List<PriorAttempt> prior = earlier.stream().map(ExamRegistration::toPriorAttempt).toList();
        RegistrationFacts facts = new RegistrationFacts(component, level, known.targetGroup(),
                plan == null ? null : plan.level(), plan == null ? Set.of() : plan.a2PermittedComponents(), prior);
        PaymentDecision decision = freeAttempts.decide(facts);

        ExamRegistration r = new ExamRegistration();
        r.id = UUID.randomUUID();
        r.participantId = known.participantId();
        r.component = component;
        r.level = level;
        r.examDate = examDate;
        r.location = location;
        r.attemptNumber = decision.attemptNumber();
        r.payer = decision.payer();
        r.feeCents = decision.feeCents();
        r.paymentReason = decision.reason();
        r.targetGroup = known.targetGroup();
        r.planVersion = plan == null ? null : plan.version();
        r.planLevel = plan == null ? null : plan.level();
        r.registeredOn = today();
        r.registeredBy = caller.actor();
        r.status = AttemptStatus.REGISTERED;
        r.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (replaces != null) {
            r.replacesRegistrationId = replaces.id;
            replaces.replacedByRegistrationId = r.id;
        }
        return registrations.persist(r)
                .call(() -> outbox.append(new ExamRegistered(r.participantId, r.id, r.component, r.level, r.examDate,
                        r.attemptNumber, r.payer, r.feeCents)))
                .call(() -> audit.record("exam-registration.create", AUDIT_OBJECT, r.id, AuditLog.SUCCESS));
    }

    /** Marks a registration cancelled and emits exam.cancelled. */
    private Uni<Void> cancel(ExamRegistration r, AttemptStatus status, LocalDate today) {
        r.status = status;
        r.cancelledOn = today;
        return outbox.append(new ExamCancelled(r.participantId, r.id, today, status == AttemptStatus.CANCELLED_LATE))
                .replaceWithVoid();
    }

    /** E14: no exam on or after the day the obligation ended. */
    static void requireObligationOpen(KnownParticipant known, LocalDate examDate) {
        if (known.obligationEnded()
                && (known.obligationEndedOn() == null || !known.obligationEndedOn().isAfter(examDate))) {
            throw new RuleViolationException(RuleCodes.E14_OBLIGATION_ENDED,
                    "the participant's civic integration obligation has ended; the case is closed, so no exam can be "
                            + "registered for a date on or after its end");
        }
    }

    static ExamRegistration requireFound(ExamRegistration r) {
        if (r == null) {
            throw new ResourceNotFoundException("No exam registration with this id that you may see.");
        }
        return r;
    }

    static void requireVersion(ExamRegistration r, long expectedVersion) {
        if (r.version != expectedVersion) {
            throw new PreconditionFailedException("The registration was changed since you read it (its version is "
                    + r.version + ", If-Match said " + expectedVersion + "). Read it again and retry.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
