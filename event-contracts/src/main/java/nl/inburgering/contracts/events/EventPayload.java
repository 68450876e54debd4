package nl.inburgering.contracts.events;

import java.util.UUID;

/**
 * The {@code data} of one of our CloudEvents: a past-tense fact about one participant (DESIGN §3).
 * Sealed so that the list of types is closed here, in the contract, and {@link EventType} covers every one.
 */
public sealed interface EventPayload permits
        ParticipantRegistered, ParticipantTargetGroupChanged, ParticipantMoved, ParticipantObligationEnded,
        PlanEstablished, PlanDeleted, ZRouteCompleted, ZRouteHoursRecorded, IntegrationCompleted, IntegrationOutstandingChanged,
        ExamRegistered, ExamCancelled, ExamResultRecorded,
        MapPartCompleted, MapCompleted, MapCompletionWithdrawn,
        PvtSessionAttended, PvtStatementSigned, PvtSigningWithdrawn,
        TermStarted, TermExtended, ExemptionGranted, PlanDeadlineMissed, TermEndingSoon, TermExceeded, TermClosed {

    /**
     * The inburgeringsplichtige, as pip-service's pseudonymous UUID. It is also the CloudEvent {@code subject}
     * and the Kafka record key. Never a BSN.
     */
    UUID participantId();
}
