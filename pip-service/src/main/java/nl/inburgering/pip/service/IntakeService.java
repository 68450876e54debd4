package nl.inburgering.pip.service;

import nl.inburgering.kit.problem.PreconditionRequiredException;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.pip.domain.Intake;
import nl.inburgering.pip.repository.IntakeRepository;
import nl.inburgering.pip.rest.IntakeRequest;
import nl.inburgering.pip.rest.IntakeView;

/**
 * The brede intake (issue item 2): recorded by an officer of the participant's municipality, replaced as a
 * whole, with optimistic concurrency: an update must carry the version it read ({@code If-Match}); a stale one
 * is a 412, a missing one a 428.
 */
@ApplicationScoped
public class IntakeService {

    static final String AUDIT_OBJECT = "intake";

    /** The result of a PUT: whether it created the intake, and the intake as stored. */
    public record Saved(boolean created, IntakeView intake) {
    }

    @Inject
    ParticipantAccess access;

    @Inject
    IntakeRepository intakes;

    @Inject
    AuditLog audit;

    @Inject
    CompletionService completion;

    @Inject
    Clock clock;

    /**
     * @param expectedVersion the version from {@code If-Match}; null when the header was absent
     */
    @WithTransaction
    public Uni<Saved> put(UUID participantId, IntakeRequest request, Long expectedVersion) {
        return access.forOfficerChange(participantId)
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
                            .call(() -> audit.record(existing == null ? "intake.create" : "intake.update",
                                    AUDIT_OBJECT, participantId, AuditLog.SUCCESS))
                            .call(() -> completion.evaluate(participantId))
                            .map(i -> new Saved(existing == null, IntakeView.of(i)));
                });
    }

    @WithTransaction
    public Uni<IntakeView> get(UUID participantId) {
        return access.forRead(participantId)
                .chain(p -> intakes.findById(p.id))
                .map(intake -> {
                    if (intake == null) {
                        throw new ResourceNotFoundException("No intake has been recorded for this participant.");
                    }
                    return intake;
                })
                .call(i -> audit.record("intake.read", AUDIT_OBJECT, participantId, AuditLog.SUCCESS))
                .map(IntakeView::of);
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
