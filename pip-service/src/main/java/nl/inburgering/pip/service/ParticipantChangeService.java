package nl.inburgering.pip.service;

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
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.pip.config.PipConfig;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.ParticipantMove;
import nl.inburgering.pip.domain.TargetGroupChange;
import nl.inburgering.pip.domain.rules.RuleCodes;
import nl.inburgering.pip.repository.MoveRepository;
import nl.inburgering.pip.repository.TargetGroupChangeRepository;
import nl.inburgering.pip.service.command.MoveRequest;
import nl.inburgering.pip.service.command.ObligationEndRequest;
import nl.inburgering.pip.service.command.TargetGroupChangeRequest;

/**
 * Changes DUO reports about a participant (issue item 1): target group (SS124/SS125, E11), a move to another
 * municipality (E10) and the end of the obligation (E14, E15). Each writes its history, appends its event to
 * the outbox under the participant's row lock, writes an audit record, and re-evaluates the status.
 */
@ApplicationScoped
public class ParticipantChangeService {

    public static final AuditAction TARGET_GROUP_CHANGE = AuditAction.of("participant.target-group.change", "participant");
    public static final AuditAction TARGET_GROUP_READ = AuditAction.of("participant.target-group.read", "participant");
    public static final AuditAction MOVE = AuditAction.of("participant.move", "participant");
    public static final AuditAction MOVES_READ = AuditAction.of("participant.moves.read", "participant");
    public static final AuditAction OBLIGATION_END = AuditAction.of("participant.obligation.end", "participant");
    public static final AuditAction OBLIGATION_READ = AuditAction.of("participant.obligation.read", "participant");

    @Inject
    ParticipantAccess access;

    @Inject
    TargetGroupChangeRepository changes;

    @Inject
    MoveRepository moves;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    CompletionService completion;

    @Inject
    PipConfig config;

    @Inject
    Clock clock;

    public Uni<TargetGroupChange> changeTargetGroup(UUID participantId, TargetGroupChangeRequest request) {
        return audited.transaction(TARGET_GROUP_CHANGE, participantId, () -> access.forDuoChange(participantId).chain(p -> {
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
            change.rightsAfterChange = rightsAfter(request);
            change.effectiveDate = request.effectiveDate();
            change.recordedAt = now();
            p.targetGroup = request.targetGroup();
            if (request.duoTargetGroupCode() != null) {
                p.duoTargetGroupCode = request.duoTargetGroupCode();
            }
            return changes.persist(change)
                    .call(() -> outbox.append(new ParticipantTargetGroupChanged(p.id, p.targetGroup,
                            request.effectiveDate(), change.rightsAfterChange)))
                    .call(() -> completion.evaluate(p.id));
        }));
    }

    /** DUO's rights after the change, or the new group's own; each value describes a change to one group (E11). */
    private static RightsAfterChange rightsAfter(TargetGroupChangeRequest request) {
        RightsAfterChange rights = request.rightsAfterChange();
        if (rights == null) {
            return RightsAfterChange.defaultFor(request.targetGroup());
        }
        if (rights.newGroup() != request.targetGroup()) {
            throw new RuleViolationException(RuleCodes.TARGET_GROUP_CHANGE, "rightsAfterChange " + rights + " ("
                    + rights.duoCode() + ") belongs to a change to " + rights.newGroup() + ", not to "
                    + request.targetGroup());
        }
        return rights;
    }

    /** Newest first. */
    public Uni<List<TargetGroupChange>> targetGroupChanges(UUID participantId) {
        return audited.read(TARGET_GROUP_READ, participantId,
                () -> access.forRead(participantId).chain(p -> changes.changesOf(p.id)));
    }

    public Uni<TargetGroupChange> targetGroupChange(UUID participantId, UUID changeId) {
        return audited.read(TARGET_GROUP_READ, participantId, () -> access.forRead(participantId)
                .chain(p -> changes.findById(changeId))
                .map(c -> ChildRecords.ownedBy(c, participantId, x -> x.participantId, "target group change")));
    }

    /**
     * A move (E10): the new municipality becomes responsible; the old one keeps read access for
     * {@code pip.previous-municipality-access} (one month) from the move date; the term does not change. A
     * later PIP's dagtekening may not lie before the registration in the new municipality (DUO-PIP-2).
     */
    public Uni<ParticipantMove> move(UUID participantId, MoveRequest request) {
        return audited.transaction(MOVE, participantId, () -> access.forDuoChange(participantId).chain(p -> {
            if (p.municipalityCode.equals(request.toMunicipalityCode())) {
                throw new RuleViolationException(RuleCodes.MOVE_TO_OTHER_MUNICIPALITY,
                        "a move names a municipality other than the current one");
            }
            if (request.movedOn().isAfter(access.today())) {
                throw new RuleViolationException(RuleCodes.NOT_IN_FUTURE,
                        "a move is recorded once it has happened: the move date lies after today");
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
                            move.toMunicipalityCode, move.movedOn, move.previousAccessUntil)));
        }));
    }

    /** Newest first. */
    public Uni<List<ParticipantMove>> moves(UUID participantId) {
        return audited.read(MOVES_READ, participantId,
                () -> access.forRead(participantId).chain(p -> moves.movesOf(p.id)));
    }

    public Uni<ParticipantMove> moveById(UUID participantId, UUID moveId) {
        return audited.read(MOVES_READ, participantId, () -> access.forRead(participantId)
                .chain(p -> moves.findById(moveId))
                .map(m -> ChildRecords.ownedBy(m, participantId, x -> x.participantId, "move")));
    }

    /**
     * The end of the obligation (E14, E15): closes the case without completion, unless the participant had
     * completed before (CompletionPolicy). An obligation ends once.
     */
    public Uni<Participant> endObligation(UUID participantId, ObligationEndRequest request) {
        return audited.transaction(OBLIGATION_END, participantId, () -> access.forDuoChange(participantId).chain(p -> {
            if (p.obligationEnded()) {
                throw new RuleViolationException(RuleCodes.CASE_CLOSED, "the obligation has already ended");
            }
            p.obligationEndedReason = request.reason();
            p.obligationEndedOn = request.endedOn();
            return outbox.append(new ParticipantObligationEnded(p.id, request.reason(), request.endedOn()))
                    .call(() -> completion.evaluate(p.id))
                    .replaceWith(p);
        }));
    }

    public Uni<Participant> obligationEnd(UUID participantId) {
        return audited.read(OBLIGATION_READ, participantId, () -> access.forRead(participantId).map(p -> {
            if (!p.obligationEnded()) {
                throw new ResourceNotFoundException("The obligation of this participant has not ended.");
            }
            return p;
        }));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
