package nl.inburgering.pip.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.pip.config.PipConfig;
import nl.inburgering.pip.domain.ParticipantMove;
import nl.inburgering.pip.domain.TargetGroupChange;
import nl.inburgering.pip.domain.rules.RuleCodes;
import nl.inburgering.pip.repository.MoveRepository;
import nl.inburgering.pip.repository.TargetGroupChangeRepository;
import nl.inburgering.pip.rest.MoveRequest;
import nl.inburgering.pip.rest.MoveView;
import nl.inburgering.pip.rest.ObligationEndRequest;
import nl.inburgering.pip.rest.ObligationEndView;
import nl.inburgering.pip.rest.TargetGroupChangeRequest;
import nl.inburgering.pip.rest.TargetGroupChangeView;

/**
 * Changes DUO reports about a participant (issue item 1): target group (SS124/SS125, E11), a move to another
 * municipality (E10) and the end of the obligation (E14, E15). Each writes its history, appends its event to
 * the outbox under the participant's row lock, writes an audit record, and re-evaluates the status.
 */
@ApplicationScoped
public class ParticipantChangeService {

    static final String AUDIT_OBJECT = "participant";

    @Inject
    ParticipantAccess access;

    @Inject
    TargetGroupChangeRepository changes;

    @Inject
    MoveRepository moves;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    CompletionService completion;

    @Inject
    PipConfig config;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<TargetGroupChangeView> changeTargetGroup(UUID participantId, TargetGroupChangeRequest request) {
        return access.forDuoChange(participantId).chain(p -> {
            if (p.targetGroup == request.targetGroup()) {
                throw new RuleViolationException(RuleCodes.TARGET_GROUP_CHANGE,
                        "the participant already has this target group; a change names another one");
            }
            TargetGroupChange change = new TargetGroupChange();
            change.id = UUID.randomUUID();
            change.participantId = p.id;
            change.fromGroup = p.targetGroup;
            change.toGroup = request.targetGroup();
            change.duoEventCode = TargetGroupChange.duoEventCode(change.fromGroup, change.toGroup);
            change.duoTargetGroupCode = request.duoTargetGroupCode();
            change.effectiveDate = request.effectiveDate();
            change.recordedAt = now();
            p.targetGroup = request.targetGroup();
            if (request.duoTargetGroupCode() != null) {
                p.duoTargetGroupCode = request.duoTargetGroupCode();
            }
            return changes.persist(change)
                    .call(() -> outbox.append(new ParticipantTargetGroupChanged(p.id, p.targetGroup,
                            request.effectiveDate())))
                    .call(() -> audit.record("participant.target-group.change", AUDIT_OBJECT, p.id, AuditLog.SUCCESS))
                    .call(() -> completion.evaluate(p.id))
                    .map(TargetGroupChangeView::of);
        });
    }

    @WithTransaction
    public Uni<List<TargetGroupChangeView>> targetGroupChanges(UUID participantId) {
        return access.forRead(participantId)
                .chain(p -> changes.changesOf(p.id))
                .call(list -> audit.record("participant.target-group.read", AUDIT_OBJECT, participantId,
                        AuditLog.SUCCESS))
                .map(list -> list.stream().map(TargetGroupChangeView::of).toList());
    }

    @WithTransaction
    public Uni<TargetGroupChangeView> targetGroupChange(UUID participantId, UUID changeId) {
        return access.forRead(participantId)
                .chain(p -> changes.findById(changeId))
                .map(c -> ChildRecords.ownedBy(c, participantId, x -> x.participantId, "target group change"))
                .call(c -> audit.record("participant.target-group.read", AUDIT_OBJECT, participantId,
                        AuditLog.SUCCESS))
                .map(TargetGroupChangeView::of);
    }

    /**
     * A move (E10): the new municipality becomes responsible; the old one keeps read access for
     * {@code pip.previous-municipality-access} (one month) from the move date; the term does not change. A
     * later PIP's dagtekening may not lie before the registration in the new municipality (DUO-PIP-2).
     */
    @WithTransaction
    public Uni<MoveView> move(UUID participantId, MoveRequest request) {
        return access.forDuoChange(participantId).chain(p -> {
            if (p.municipalityCode.equals(request.toMunicipalityCode())) {
                throw new RuleViolationException(RuleCodes.MOVE_TO_OTHER_MUNICIPALITY,
                        "a move names a municipality other than the current one");
            }
            ParticipantMove move = new ParticipantMove();
            move.id = UUID.randomUUID();
            move.participantId = p.id;
            move.fromMunicipalityCode = p.municipalityCode;
            move.toMunicipalityCode = request.toMunicipalityCode();
            move.movedOn = request.movedOn();
            move.municipalityRegistrationDate = request.municipalityRegistrationDate() != null
                    ? request.municipalityRegistrationDate()
                    : request.movedOn();
            move.previousAccessUntil = request.movedOn().plus(config.previousMunicipalityAccess());
            move.recordedAt = now();
            p.previousMunicipalityCode = move.fromMunicipalityCode;
            p.previousMunicipalityUntil = move.previousAccessUntil;
            p.movedOn = move.movedOn;
            p.municipalityCode = move.toMunicipalityCode;
            p.municipalityRegistrationDate = move.municipalityRegistrationDate;
            return moves.persist(move)
                    .call(() -> outbox.append(new ParticipantMoved(p.id, move.fromMunicipalityCode,
                            move.toMunicipalityCode, move.movedOn, move.previousAccessUntil)))
                    .call(() -> audit.record("participant.move", AUDIT_OBJECT, p.id, AuditLog.SUCCESS))
                    .map(MoveView::of);
        });
    }

    @WithTransaction
    public Uni<List<MoveView>> moves(UUID participantId) {
        return access.forRead(participantId)
                .chain(p -> moves.movesOf(p.id))
                .call(list -> audit.record("participant.moves.read", AUDIT_OBJECT, participantId, AuditLog.SUCCESS))
                .map(list -> list.stream().map(MoveView::of).toList());
    }

    @WithTransaction
    public Uni<MoveView> moveById(UUID participantId, UUID moveId) {
        return access.forRead(participantId)
                .chain(p -> moves.findById(moveId))
                .map(m -> ChildRecords.ownedBy(m, participantId, x -> x.participantId, "move"))
                .call(m -> audit.record("participant.moves.read", AUDIT_OBJECT, participantId, AuditLog.SUCCESS))
                .map(MoveView::of);
    }

    /**
     * The end of the obligation (E14, E15): closes the case without completion, unless the participant had
     * completed before (CompletionPolicy). An obligation ends once.
     */
    @WithTransaction
    public Uni<ObligationEndView> endObligation(UUID participantId, ObligationEndRequest request) {
        return access.forDuoChange(participantId).chain(p -> {
            if (p.obligationEnded()) {
                throw new RuleViolationException(RuleCodes.CASE_CLOSED, "the obligation has already ended");
            }
            p.obligationEndedReason = request.reason();
            p.obligationEndedOn = request.endedOn();
            return outbox.append(new ParticipantObligationEnded(p.id, request.reason(), request.endedOn()))
                    .call(() -> audit.record("participant.obligation.end", AUDIT_OBJECT, p.id, AuditLog.SUCCESS))
                    .call(() -> completion.evaluate(p.id))
                    .map(ignored -> ObligationEndView.of(p));
        });
    }

    @WithTransaction
    public Uni<ObligationEndView> obligationEnd(UUID participantId) {
        return access.forRead(participantId).map(p -> {
            if (!p.obligationEnded()) {
                throw new ResourceNotFoundException("The obligation of this participant has not ended.");
            }
            return p;
        }).call(p -> audit.record("participant.obligation.read", AUDIT_OBJECT, p.id, AuditLog.SUCCESS))
                .map(ObligationEndView::of);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
