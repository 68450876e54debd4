package nl.inburgering.pip.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.persistence.RunToTheEnd;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.PlanVersion;
import nl.inburgering.pip.domain.ZRouteHoursEntry;
import nl.inburgering.pip.domain.rules.AfschalenEffort;
import nl.inburgering.pip.domain.rules.ParticipantFacts;
import nl.inburgering.pip.domain.rules.PlanDeletionPolicy;
import nl.inburgering.pip.domain.rules.PlanHistory;
import nl.inburgering.pip.domain.rules.PlanRules;
import nl.inburgering.pip.domain.rules.PlanTimeline;
import nl.inburgering.pip.domain.rules.PlanWarning;
import nl.inburgering.pip.domain.rules.ProposedPlan;
import nl.inburgering.pip.domain.rules.RuleCodes;
import nl.inburgering.pip.domain.rules.ValidatedPlan;
import nl.inburgering.pip.repository.TermRepository;
import nl.inburgering.pip.repository.PlanRepository;
import nl.inburgering.pip.repository.ZRouteHoursRepository;
import nl.inburgering.pip.service.command.PlanRequest;

/**
 * The PIP (issue item 3): established and revised by an officer of the participant's municipality, every DUO
 * PIP rule enforced by {@link PlanRules} (a 409 naming the rule), every version kept, {@code plan.established}
 * for each, and the completion re-evaluated on every revision (a route switch changes the requirements).
 */
@ApplicationScoped
public class PlanService {

    /** The first PIP and its revisions are one endpoint, two operations: each refusal is audited as what it tried. */
    public static final AuditAction ESTABLISH = AuditAction.of("plan.establish", "plan");
    public static final AuditAction REVISE = AuditAction.of("plan.revise", "plan");
    public static final AuditAction READ = AuditAction.of("plan.read", "plan");
    public static final AuditAction DELETE = AuditAction.of("plan.delete", "plan");

    /** One version, and whether it is the current PIP (huidige PIP). */
    public record VersionOf(PlanVersion version, boolean current) {
    }

    @Inject
    ParticipantAccess access;

    @Inject
    PlanRepository plans;

    @Inject
    TermRepository terms;

    @Inject
    ZRouteHoursRepository hours;

    @Inject
    PlanRules rules;

    @Inject
    AfschalenEffort afschalen;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    CompletionService completion;

    @Inject
    Clock clock;

    /** The first PIP, or a revision when one exists; the stored version. */
    public Uni<PlanVersion> establish(UUID participantId, PlanRequest request) {
        // the outer transaction is the one a client's hang-up would cut short (RunToTheEnd)
        return RunToTheEnd.of(() -> Panache.withTransaction(() -> plans.hasPlan(participantId).chain(revision ->
                audited.transaction(revision ? REVISE : ESTABLISH, participantId,
                        () -> establishOrRevise(participantId, request)))));
    }

    private Uni<PlanVersion> establishOrRevise(UUID participantId, PlanRequest request) {
        return access.forOfficerChange(participantId).call(completion::requireOpen).chain(p -> {
            if (request.dateOfIssue() != null && request.dateOfIssue().isAfter(access.today())) {
                throw new RuleViolationException(RuleCodes.NOT_IN_FUTURE,
                        "a PIP is established on its date of issue (dagtekening), which lies after today");
            }
            return plans.versionsOf(p.id).chain(versions -> terms.startOf(p.id).chain(termStart -> hours.entriesOf(p.id)
                    .chain(entries -> {
                PlanTimeline timeline = timeline(versions);
                PlanHistory history = timeline.history(termStart);
                ValidatedPlan validated = rules.validate(proposed(request),
                        new ParticipantFacts(p.targetGroup, p.obligationStartDate, p.municipalityRegistrationDate),
                        history);
                PlanVersion row = newVersion(p, versions, timeline.nextVersion(), validated);
                row.warnings = afschalen.check(
                                versions.isEmpty() ? Set.of() : versions.get(versions.size() - 1).a2PermittedComponents,
                                row.a2PermittedComponents, row.dateOfIssue,
                                entries.stream().map(ZRouteHoursEntry::toRule).toList())
                        .map(List::of).orElse(List.of());
                return plans.persist(row)
                        .call(() -> audited.warnings(versions.isEmpty() ? ESTABLISH : REVISE, p.id,
                                row.warnings.stream().map(PlanWarning::rule).toList()))
                        .call(() -> outbox.append(new PlanEstablished(p.id, row.planId, row.version, row.initial,
                                row.dateOfIssue, row.route, row.level, row.a2PermittedComponents,
                                row.municipalityCode)))
                        .call(() -> completion.evaluate(p.id));
            })));
        });
    }

    /** Every version, newest first. */
    public Uni<List<VersionOf>> history(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(p -> plans.versionsOf(p.id))
                .map(versions -> versions.stream()
                        .sorted(Comparator.comparingInt((PlanVersion v) -> v.version).reversed())
                        .map(v -> new VersionOf(v, v.version == currentVersion(versions)))
                        .toList()));
    }

    public Uni<VersionOf> version(UUID participantId, int version) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(p -> plans.versionsOf(p.id))
                .map(versions -> versions.stream().filter(v -> v.version == version).findFirst()
                        .map(v -> new VersionOf(v, v.version == currentVersion(versions)))
                        .orElseThrow(() -> new ResourceNotFoundException("No PIP version " + version + "."))));
    }

    /** The versions come oldest first; the last is the current one. */
    private static int currentVersion(List<PlanVersion> versions) {
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version;
    }

    /**
     * Deletes the PIP with all its versions, only while the term has not started and no course hours were
     * registered (DUO-PIP-7, rules §2.4). {@code plan.deleted} is published through the outbox in the same
     * transaction (the participant row locked), so the replicas drop the plan; the term copy derived from it is
     * forgotten.
     */
    public Uni<Void> delete(UUID participantId, UUID planId) {
        return audited.transaction(DELETE, participantId, () -> access.forOfficerChange(participantId)
                .chain(p -> plans.versionsOf(p.id).chain(versions -> {
            if (versions.isEmpty() || !versions.get(versions.size() - 1).planId.equals(planId)) {
                throw new ResourceNotFoundException("No current PIP with this id.");
            }
            return terms.startOf(p.id).chain(termStart -> hours.courseHoursRegistered(p.id).chain(courseHours -> {
                LocalDate today = access.today();
                PlanDeletionPolicy.requireDeletable(timeline(versions).history(termStart), courseHours, today);
                return plans.deletePlan(p.id, planId)
                        .call(() -> outbox.append(new PlanDeleted(p.id, planId, today)))
                        .call(() -> terms.forget(p.id))
                        .call(() -> completion.evaluate(p.id))
                        .replaceWithVoid();
            }));
        })));
    }

    private static PlanTimeline timeline(List<PlanVersion> versions) {
        return new PlanTimeline(versions.stream().map(PlanVersion::toRecord).toList());
    }

    private static ProposedPlan proposed(PlanRequest r) {
        return new ProposedPlan(r.dateOfIssue(), r.route(), r.level(), r.a2PermittedComponents(),
                r.estimatedB1Intensity(), r.literacyIndicator(), Boolean.TRUE.equals(r.mayFinishCurrentCourse()),
                blankToNull(r.mapArrangement()), blankToNull(r.pvtArrangement()));
    }

    private PlanVersion newVersion(Participant p, List<PlanVersion> versions, int number, ValidatedPlan validated) {
        ProposedPlan plan = validated.plan();
        PlanVersion row = new PlanVersion();
        row.id = UUID.randomUUID();
        row.planId = versions.isEmpty() ? UUID.randomUUID() : versions.get(versions.size() - 1).planId;
        row.participantId = p.id;
        row.version = number;
        row.initial = validated.initial();
        row.routeSwitch = validated.routeSwitch();
        row.dateOfIssue = plan.dateOfIssue();
        row.route = plan.route();
        row.level = plan.level();
        row.estimatedB1Intensity = plan.estimatedB1Intensity();
        row.literacyIndicator = plan.literacyIndicator();
        row.mayFinishCurrentCourse = plan.mayFinishCurrentCourse();
        row.mapArrangement = plan.mapArrangement();
        row.pvtArrangement = plan.pvtArrangement();
        row.a2PermittedComponents = plan.a2PermittedComponents();
        row.municipalityCode = p.municipalityCode;
        row.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return row;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
