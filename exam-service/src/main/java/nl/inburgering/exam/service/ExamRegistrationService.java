package nl.inburgering.exam.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.events.ExamCancelled;
import nl.inburgering.contracts.events.ExamRegistered;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.CancellationDecision;
import nl.inburgering.exam.domain.rules.OneSittingPerDay;
import nl.inburgering.exam.domain.rules.CancellationPolicy;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.domain.rules.PaymentDecision;
import nl.inburgering.exam.repository.ExamRegistrationRepository;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionRequiredException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.security.Caller;

/**
 * Exam registrations (examenaanmeldingen): registering, moving (verzetten) and cancelling (afmelden). Each operation
 * is one {@link Audited} transaction with its own {@link AuditAction}; every change first locks the participant's
 * exam record, so attempts are counted on a stable history and the participant's events enter the outbox in commit
 * order. The rules are the pure classes of {@code domain.rules}: {@link FreeAttemptPolicy} (attempt number, payer,
 * fee) and {@link CancellationPolicy}. Takes commands, returns registrations: the views are the REST layer's.
 */
@ApplicationScoped
public class ExamRegistrationService {

    public static final String AUDIT_OBJECT = "exam-registration";

    /** Refusals are recorded against the participant, the success against the new registration. */
    public static final AuditAction CREATE = AuditAction.of("exam-registration.create", AUDIT_OBJECT);
    /** Reading a registration, and reading its cancellation (part of the registration). */
    public static final AuditAction READ = AuditAction.of("exam-registration.read", AUDIT_OBJECT);
    public static final AuditAction CHANGE = AuditAction.of("exam-registration.change", AUDIT_OBJECT);
    public static final AuditAction CANCEL = AuditAction.of("exam-registration.cancel", AUDIT_OBJECT);

    @Inject
    ExamRegistrationRepository registrations;

    @Inject
    ReplicaAccess access;

    @Inject
    RegistrationGuards guards;

    @Inject
    FreeAttemptPolicy freeAttempts;

    @Inject
    CancellationPolicy cancellation;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The result of a change: the registration now in force, and whether it is a new one (a late move). */
    public record Change(ExamRegistration registration, boolean created) {
    }

    /**
     * Registers a participant for an exam component. Payer, fee and attempt number are decided now, from today's
     * facts, and stored. Joins the transaction of an idempotent POST when there is one.
     */
    public Uni<ExamRegistration> register(RegisterExam command) {
        return audited.transaction(CREATE, command.participantId(), r -> r.id, () ->
                access.changeable(command.participantId())
                        .invoke(known -> RegistrationGuards.requireObligationOpen(known, command.examDate()))
                        .call(known -> registrations.lockCandidate(known.participantId()))
                        .chain(known -> registrations.listByParticipant(known.participantId())
                                .invoke(prior -> OneSittingPerDay.require(command.component(), command.examDate(),
                                        prior.stream().map(ExamRegistration::toPriorAttempt).toList()))
                                .chain(prior -> create(known, command.component(), command.level(),
                                        command.examDate(), command.location(), prior, null))));
    }

    /** A registration the caller may read; 404 otherwise. */
    public Uni<ExamRegistration> get(UUID id) {
        return audited.read(READ, id, () -> guards.readable(id).map(RegistrationGuards.Guarded::registration));
    }

    /**
     * Moves a registration to another date and/or place (§4, E19). At least the notice period before the exam the
     * registration keeps its attempt number and payer; later, it is cancelled late (its attempt is used up) and
     * the new date or place becomes a new registration with its own attempt number and payer. Audited against the
     * registration asked for (a late move's new registration names it in {@code replacesRegistrationId}).
     *
     * @param expectedVersion the version the caller read (If-Match); null when the caller sent none (428)
     */
    public Uni<Change> change(UUID id, ChangeRegistration command, Long expectedVersion) {
        return audited.transaction(CHANGE, id, () -> {
            if (expectedVersion == null) {
                return Uni.createFrom().failure(new PreconditionRequiredException("Send If-Match with the ETag of "
                        + "the registration as you read it, so that a change never overwrites one you have not seen."));
            }
            if (command.isEmpty()) {
                return Uni.createFrom().failure(InvalidInputException.of("body", "required",
                        "give a new examDate and/or location"));
            }
            return guards.changeable(id).chain(guarded -> change(guarded, command, expectedVersion));
        });
    }

    private Uni<Change> change(RegistrationGuards.Guarded guarded, ChangeRegistration command, long expectedVersion) {
        ExamRegistration r = guarded.registration();
        KnownParticipant known = guarded.participant();
        RegistrationGuards.requireVersion(r, expectedVersion);
        LocalDate today = guards.today();
        LocalDate newDate = command.examDate() != null ? command.examDate() : r.examDate;
        String newLocation = command.location() != null ? command.location() : r.location;
        boolean dateChanges = !newDate.equals(r.examDate);
        // The rule refuses a change after the exam date, of a cancelled registration or one with a result; for a
        // change of place only, "would cancelling now keep the attempt" is the question.
        CancellationDecision decision = dateChanges
                ? cancellation.reschedule(r.status, r.examDate, today, newDate)
                : cancellation.cancel(r.status, r.examDate, today);
        if (!dateChanges && newLocation.equals(r.location)) {
            return Uni.createFrom().item(new Change(r, false));
        }
        RegistrationGuards.requireObligationOpen(known, newDate);
        if (!dateChanges) {
            return moveOrReplace(r, known, decision, newDate, newLocation, today);
        }
        return registrations.listByParticipant(r.participantId)
                .invoke(all -> OneSittingPerDay.require(r.component, newDate, all.stream()
                        .filter(other -> !other.id.equals(r.id)).map(ExamRegistration::toPriorAttempt).toList()))
                .chain(() -> moveOrReplace(r, known, decision, newDate, newLocation, today));
    }

    /** Changes the registration in place while that keeps the attempt; otherwise cancels it late and replaces it. */
    private Uni<Change> moveOrReplace(ExamRegistration r, KnownParticipant known, CancellationDecision decision,
            LocalDate newDate, String newLocation, LocalDate today) {
        if (!decision.attemptConsumed()) {
            r.examDate = newDate;
            r.location = newLocation;
            return registrations.flush().replaceWith(() -> new Change(r, false));
        }
        return cancel(r, AttemptStatus.CANCELLED_LATE, today)
                .chain(() -> registrations.listByParticipant(r.participantId))
                .chain(prior -> create(known, r.component, r.level, newDate, newLocation, prior, r))
                .call(registrations::flush)
                .map(created -> new Change(created, true));
    }

    /**
     * Cancels a registration (afmelden): in time keeps the attempt, later uses it up (§4, E19).
     *
     * @param expectedVersion the version the caller read (If-Match), or null to cancel whatever the version
     */
    public Uni<ExamRegistration> cancel(UUID id, Long expectedVersion) {
        return audited.transaction(CANCEL, id, () -> guards.changeable(id).chain(guarded -> {
            ExamRegistration r = guarded.registration();
            if (expectedVersion != null) {
                RegistrationGuards.requireVersion(r, expectedVersion);
            }
            LocalDate today = guards.today();
            CancellationDecision decision = cancellation.cancel(r.status, r.examDate, today);
            return cancel(r, decision.status(), today).call(registrations::flush).replaceWith(r);
        }));
    }

    /** The registration, if it was cancelled (the REST layer shows its cancellation); 404 otherwise. */
    public Uni<ExamRegistration> getCancellation(UUID id) {
        return audited.read(READ, id, () -> guards.readable(id).map(guarded -> {
            if (!guarded.registration().isCancelled()) {
                throw new ResourceNotFoundException("This exam registration has not been cancelled.");
            }
            return guarded.registration();
        }));
    }

    // --- the changes themselves, inside the operation's transaction ------------------------------------------

    /**
     * A new registration: attempt number, payer and fee from {@link FreeAttemptPolicy} with the facts of today
     * (target group now, the level the current PIP requires for this component, earlier attempts), then
     * exam.registered.
     */
    private Uni<ExamRegistration> create(KnownParticipant known, ExamComponent component, LanguageLevel level,
            LocalDate examDate, String location, List<ExamRegistration> earlier, ExamRegistration replaces) {
        KnownParticipant.CurrentPlan plan = known.plan();
        PaymentDecision decision = freeAttempts.decide(
                RegistrationGuards.paymentFacts(known, component, level, earlier, guards.today()));

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
        r.targetGroup = known.targetGroupOn(guards.today());
        r.planVersion = plan == null ? null : plan.version();
        r.requiredLevel = plan == null ? null : plan.requiredLevel(component);
        r.registeredOn = guards.today();
        r.registeredBy = caller.actor();
        r.status = AttemptStatus.REGISTERED;
        r.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (replaces != null) {
            r.replacesRegistrationId = replaces.id;
            replaces.replacedByRegistrationId = r.id;
        }
        return registrations.persist(r)
                .call(() -> outbox.append(new ExamRegistered(r.participantId, r.id, r.component, r.level, r.examDate,
                        r.attemptNumber, r.payer, r.feeCents)));
    }

    /** Marks a registration cancelled and emits exam.cancelled. */
    private Uni<Void> cancel(ExamRegistration r, AttemptStatus status, LocalDate today) {
        r.status = status;
        r.cancelledOn = today;
        return outbox.append(new ExamCancelled(r.participantId, r.id, today, status == AttemptStatus.CANCELLED_LATE))
                .replaceWithVoid();
    }
}
