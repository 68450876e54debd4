package nl.inburgering.pip.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.events.IntegrationCompleted;
import nl.inburgering.contracts.events.IntegrationOutstandingChanged;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.rules.CasePolicy;
import nl.inburgering.pip.domain.rules.CompletionAssessment;
import nl.inburgering.pip.domain.rules.CompletionFacts;
import nl.inburgering.pip.domain.rules.CompletionPolicy;
import nl.inburgering.pip.domain.rules.CurrentPlan;
import nl.inburgering.pip.domain.rules.ObligationEnd;
import nl.inburgering.pip.domain.rules.PlanTimeline;
import nl.inburgering.pip.domain.rules.ProgressStatus;
import nl.inburgering.pip.domain.DatedFact;
import nl.inburgering.pip.repository.CompletionInputsRepository;
import nl.inburgering.pip.repository.CompletionInputsRepository.StoredFacts;
import nl.inburgering.pip.repository.ParticipantRepository;

/**
 * The completion check (DESIGN §2; issue item 5). After every fact and every PIP revision the participant's
 * facts are read back from the database, {@link CompletionPolicy} judges them, and the participant's status
 * follows. The first time the assessment is complete, {@code completed_on} and {@code completed_plan_version}
 * are set and {@code integration.completed} is appended to the outbox: exactly once per participant, because
 * both happen under a PESSIMISTIC_WRITE lock on the participant row and only while {@code completed_on} is
 * empty.
 *
 * <p>Because the assessment is a pure function of all facts stored so far, the order in which facts arrive does
 * not matter, a duplicate changes nothing, and a fact for a participant or PIP that does not exist yet is
 * simply stored and counted when the participant's PIP arrives. Once completion was published it stands
 * (decision): a later fact that would date it differently does not publish a second event.
 */
@ApplicationScoped
public class CompletionService {

    static final String AUDIT_OBJECT = "participant";

    @Inject
    ParticipantRepository participants;

    @Inject
    CompletionInputsRepository inputs;

    @Inject
    CompletionPolicy policy;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the check knows and concludes about one participant. */
    public record Evaluation(Participant participant, PlanTimeline timeline, CompletionAssessment assessment,
            boolean intakeStarted, LocalDate today) {

        /** The status these facts give today, keeping a completion that was published. */
        public ProgressStatus status() {
            return participant.completedOn != null
                    ? ProgressStatus.COMPLETED
                    : ProgressStatus.decide(intakeStarted, assessment, today);
        }
    }

    /**
     * Refuses a step in a closed case (§9, E14, E15), judged on today's facts rather than the stored status: a
     * closure dated in the future does not close the case yet, and one whose date has passed closes it even before
     * any event re-evaluated the stored status (issue 8 item 7).
     */
    public Uni<Void> requireOpen(Participant p) {
        return assess(p).invoke(e -> CasePolicy.requireOpen(e.status())).replaceWithVoid();
    }

    /**
     * Re-evaluates the participant's completion and status. Runs inside the caller's transaction (a REST
     * service's or the idempotent consumer's), after the caller's own change: it flushes that change, locks the
     * participant row, and reads every fact back. Does nothing for a participant that is not registered (yet).
     */
    public Uni<Void> evaluate(UUID participantId) {
        return Panache.getSession().chain(session -> session.flush())
                .chain(() -> participants.findById(participantId, LockModeType.PESSIMISTIC_WRITE))
                .chain(p -> p == null ? Uni.createFrom().voidItem() : assess(p).chain(this::apply));
    }

    /** Reads every fact of the participant (one statement) and judges them. */
    Uni<Evaluation> assess(Participant p) {
        return inputs.load(p.id).map(stored -> assess(p, stored));
    }

    /** Judges the facts read with the participant. */
    Evaluation assess(Participant p, StoredFacts stored) {
        PlanTimeline timeline = new PlanTimeline(stored.plans());
        CompletionFacts completionFacts = new CompletionFacts(timeline.currentPlan(), stored.passes(),
                stored.dated().get(DatedFact.MAP_COMPLETED), stored.dated().get(DatedFact.PVT_SIGNED),
                p.zrouteCompletedOn, stored.exemptions(),
                p.obligationEnded() ? new ObligationEnd(p.obligationEndedReason, p.obligationEndedOn) : null);
        return new Evaluation(p, timeline, policy.assess(completionFacts), stored.intakeStarted(),
                LocalDate.now(clock));
    }

    private Uni<Void> apply(Evaluation e) {
        Participant p = e.participant();
        CompletionAssessment assessment = e.assessment();
        if (p.completedOn == null && assessment.complete()) {
            CurrentPlan plan = e.timeline().currentPlan();
            p.completedOn = assessment.completedOn();
            p.completedPlanVersion = plan.version();
            p.status = ProgressStatus.COMPLETED;
            return outbox.append(new IntegrationCompleted(p.id, plan.route(), p.completedOn, plan.version()))
                    .chain(() -> audit.record("participant.complete", AUDIT_OBJECT, p.id, AuditLog.SUCCESS));
        }
        ProgressStatus status = e.status();
        Uni<Void> published = outstanding(e);
        if (status == p.status) {
            return published;
        }
        p.status = status;
        return published.chain(() -> audit.record("participant.status." + status.name().toLowerCase(), AUDIT_OBJECT,
                p.id, AuditLog.SUCCESS));
    }

    /**
     * Publishes the open requirements when they differ from those published last (term.exceeded names them; only
     * this check knows them). Not for a completed or closed case, nor before a PIP.
     */
    private Uni<Void> outstanding(Evaluation e) {
        Participant p = e.participant();
        CompletionAssessment a = e.assessment();
        if (p.completedOn != null || a.complete() || a.closure() != null || !a.planKnown()
                || a.outstanding().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String open = nl.inburgering.kit.persistence.EnumSetColumn.join(a.outstanding());
        if (open.equals(p.outstandingPublished)) {
            return Uni.createFrom().voidItem();
        }
        p.outstandingPublished = open;
        return outbox.append(new IntegrationOutstandingChanged(p.id, a.outstanding(),
                e.timeline().currentPlan().version(), e.today())).replaceWithVoid();
    }
}
