package nl.inburgering.pip.service;

import nl.inburgering.kit.problem.PreconditionRequiredException;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.pip.domain.Intake;
import nl.inburgering.pip.repository.IntakeRepository;
import nl.inburgering.pip.service.command.IntakeRequest;

/**
 * The brede intake (issue item 2): recorded by an officer of the participant's municipality, replaced as a
 * whole, with optimistic concurrency: an update must carry the version it read ({@code If-Match}); a stale one
 * is a 412, a missing one a 428.
 */
@ApplicationScoped
public class IntakeService {

    /** Creating and replacing are one operation (PUT), so one action. */
    public static final AuditAction PUT = AuditAction.of("intake.put", "intake");
    public static final AuditAction READ = AuditAction.of("intake.read", "intake");

    /** The result of a PUT: whether it created the intake, and the intake as stored. */
    public record Saved(boolean created, Intake intake) {
    }

    @Inject
    ParticipantAccess access;

    @Inject
    IntakeRepository intakes;

    @Inject
    Audited audited;

    @Inject
    CompletionService completion;

    @Inject
    Clock clock;

    /**
     * @param expectedVersion the version from {@code If-Match}; null when the header was absent
     */
    public Uni<Saved> put(UUID participantId, IntakeRequest request, Long expectedVersion) {
        return audited.transaction(PUT, participantId, () -> access.forOfficerChange(participantId)
                .chain(p -> intakes.findById(p.id, LockModeType.PESSIMISTIC_WRITE))
                .chain(existing -> {
                    if (existing == null && expectedVersion != null) {
                        throw new PreconditionFailedException("There is no intake yet; send no If-Match to create it.");
                    }
                    if (existing != null && expectedVersion == null) {
                        throw new PreconditionRequiredException(
                                "The intake exists; send If-Match with the version (ETag) you read to replace it.");
                    }
                    if (existing != null && existing.version != expectedVersion) {
                        throw new PreconditionFailedException(
                                "The intake was changed since you read it. Read it again and retry.");
                    }
                    Intake intake = existing != null ? existing : new Intake();
                    intake.participantId = participantId;
                    apply(intake, request);
                    Uni<Intake> saved = existing != null ? Uni.createFrom().item(intake) : intakes.persist(intake);
                    return saved
                            .call(() -> intakes.flush())
                            .call(() -> completion.evaluate(participantId))
                            .map(i -> new Saved(existing == null, i));
                }));
    }

    public Uni<Intake> get(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(p -> intakes.findById(p.id))
                .map(intake -> {
                    if (intake == null) {
                        throw new ResourceNotFoundException("No intake has been recorded for this participant.");
                    }
                    return intake;
                }));
    }

    private void apply(Intake intake, IntakeRequest request) {
        intake.interviewDate = request.interviewDate();
        intake.educationDiscussed = request.educationDiscussed();
        intake.workExperienceDiscussed = request.workExperienceDiscussed();
        intake.personalCircumstancesDiscussed = request.personalCircumstancesDiscussed();
        intake.learnabilityOutcome = request.learnabilityTest().outcome();
        intake.learnabilityScore = request.learnabilityTest().score();
        intake.learnabilityRequiredScore = request.learnabilityTest().requiredScore();
        intake.learnabilityTestDate = request.learnabilityTest().testDate();
        intake.updatedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
