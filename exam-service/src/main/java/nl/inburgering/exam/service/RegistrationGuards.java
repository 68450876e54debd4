package nl.inburgering.exam.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.RegistrationFacts;
import nl.inburgering.exam.domain.rules.RuleCodes;
import nl.inburgering.exam.repository.ExamRegistrationRepository;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * What every operation on one registration starts with, for {@link ExamRegistrationService} and
 * {@link ExamResultService} alike: load it (locking its participant first when it is to be changed), check who may
 * read or change it against the participant replica, and the refusals both services share. Runs inside the
 * caller's transaction.
 */
@ApplicationScoped
public class RegistrationGuards {

    /**
     * One text for "no such registration" and "not yours": the 404 of a registration never tells them apart
     * (DESIGN §6), whether the registration or its participant is what the caller may not see.
     */
    static final String NOT_FOUND = "No exam registration with this id that you may see.";

    @Inject
    ExamRegistrationRepository registrations;

    @Inject
    ReplicaAccess access;

    @Inject
    Clock clock;

    /** A registration with its participant as the replica knows them today. */
    record Guarded(ExamRegistration registration, KnownParticipant participant) {
    }

    /** The registration, if the caller may read its participant's data; 404 otherwise. */
    Uni<Guarded> readable(UUID registrationId) {
        return registrations.findById(registrationId)
                .map(RegistrationGuards::requireFound)
                .chain(r -> notYours(access.readable(r.participantId)).map(known -> new Guarded(r, known)));
    }

    /**
     * The registration, locked for a change by its participant or an officer of their current municipality; 404
     * otherwise.
     */
    Uni<Guarded> changeable(UUID registrationId) {
        return locked(registrationId)
                .chain(r -> notYours(access.changeable(r.participantId)).map(known -> new Guarded(r, known)));
    }

    /**
     * Locks the registration's participant, then loads it (so that what is read is what this transaction may
     * change; see {@link ExamRegistrationRepository#lockCandidate}); 404 when there is no such registration.
     */
    Uni<ExamRegistration> locked(UUID registrationId) {
        return registrations.lockCandidateOfRegistration(registrationId)
                .chain(() -> registrations.findById(registrationId))
                .map(RegistrationGuards::requireFound);
    }

    private static Uni<KnownParticipant> notYours(Uni<KnownParticipant> access) {
        return access.onFailure(ResourceNotFoundException.class)
                .transform(e -> new ResourceNotFoundException(NOT_FOUND));
    }

    static ExamRegistration requireFound(ExamRegistration r) {
        if (r == null) {
            throw new ResourceNotFoundException(NOT_FOUND);
        }
        return r;
    }

    /** 412 when the registration changed since the caller read it (If-Match). */
    static void requireVersion(ExamRegistration r, long expectedVersion) {
        if (r.version != expectedVersion) {
            throw new PreconditionFailedException("The registration was changed since you read it (its version is "
                    + r.version + ", If-Match said " + expectedVersion + "). Read it again and retry.");
        }
    }

    /** 404 while no result has been recorded. */
    static ExamRegistration requireResult(ExamRegistration r) {
        if (!r.hasResult()) {
            throw new ResourceNotFoundException("No result (uitslag) has been recorded for this exam registration yet.");
        }
        return r;
    }

    /** E14: no exam on or after the day the case closed (completion, full exemption, end of the obligation). */
    static void requireObligationOpen(KnownParticipant known, LocalDate examDate) {
        known.closedOn(examDate).ifPresent(closure -> {
            throw switch (closure) {
                case COMPLETED -> new RuleViolationException(RuleCodes.OBLIGATION_MET,
                        "the participant completed civic integration on " + known.completedOn()
                                + " (inburgeringsplicht voldaan); no exam can be registered for a date on or after that");
                case FULLY_EXEMPT -> new RuleViolationException(RuleCodes.E14_OBLIGATION_ENDED,
                        "the participant has a full exemption (volledige vrijstelling or ontheffing) from a date on "
                                + "or before the exam date; the case is closed, so no exam can be registered for that date");
                case OBLIGATION_ENDED -> new RuleViolationException(RuleCodes.E14_OBLIGATION_ENDED,
                        "the participant's civic integration obligation has ended; the case is closed, so no exam can "
                                + "be registered for a date on or after its end");
            };
        });
    }

    /**
     * The facts {@link nl.inburgering.exam.domain.rules.FreeAttemptPolicy} judges for an attempt registered
     * {@code on} a day: whose rights apply that day (the target group in force, a reported change counting only
     * from its effective date, and "Behoud asielrechten" keeping asylum rights: issue 8 items 3, 4), the level the
     * current PIP requires for this component (plan.established's requiredLevels: B1 on the B1-route unless that
     * component is permitted at A2), and the participant's registrations so far. For a new registration as for the
     * resit a result letter announces.
     */
    static RegistrationFacts paymentFacts(KnownParticipant known, ExamComponent component, LanguageLevel level,
            List<ExamRegistration> earlier, LocalDate on) {
        KnownParticipant.CurrentPlan plan = known.plan();
        return new RegistrationFacts(component, level, known.rightsOn(on),
                plan == null ? null : plan.requiredLevel(component),
                earlier.stream().map(ExamRegistration::toPriorAttempt).toList());
    }

    /** The service's today (kit clock, kit.zone). */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
