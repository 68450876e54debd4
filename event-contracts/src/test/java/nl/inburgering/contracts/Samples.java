package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.inburgering.contracts.events.*;
import nl.inburgering.contracts.vocabulary.*;

/** One realistic payload per event type; {@link #of} fails the calling test for a type without one. */
final class Samples {

    static final UUID PARTICIPANT = UUID.fromString("3f1c2a9e-5b7d-4c1e-9a2b-0d6e8f4a1b23");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static final Map<EventType, EventPayload> SAMPLES = new EnumMap<>(EventType.class);

    static {
        put(new ParticipantRegistered(PARTICIPANT, "GM0363", TargetGroup.ASYLUM_PERMIT_HOLDER, LocalDate.of(1994, 7, 14),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 8), "ASH"));
        put(new ParticipantTargetGroupChanged(PARTICIPANT, TargetGroup.FAMILY_OR_OTHER_MIGRANT, DAY,
                RightsAfterChange.ASYLUM_RIGHTS_KEPT));
        put(new ParticipantMoved(PARTICIPANT, "GM0363", "GM0599", DAY));
        put(new ParticipantObligationEnded(PARTICIPANT, ObligationEndReason.NATURALISED, DAY));
        put(new PlanEstablished(PARTICIPANT, UUID.fromString("8a0b6c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"), 2, false, DAY,
                Route.B1, LanguageLevel.B1, Set.of(ExamComponent.SPEAKING, ExamComponent.WRITING), "GM0363"));
        put(new PlanDeleted(PARTICIPANT, UUID.fromString("8a0b6c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"), DAY));
        put(new ZRouteCompleted(PARTICIPANT, DAY));
        put(new ZRouteHoursRecorded(PARTICIPANT, nl.inburgering.contracts.vocabulary.FollowedHoursKind.COURSE,
                new java.math.BigDecimal("120.25"), DAY));
        put(new IntegrationCompleted(PARTICIPANT, Route.EDUCATION, DAY, 1));
        put(new IntegrationOutstandingChanged(PARTICIPANT, Set.of(CompletionRequirement.KNM, CompletionRequirement.PVT),
                2, DAY));
        put(new ExamRegistered(PARTICIPANT, UUID.fromString("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9"), ExamComponent.READING,
                LanguageLevel.B1, LocalDate.of(2026, 4, 20), 3, Payer.PARTICIPANT, 5000));
        put(new ExamCancelled(PARTICIPANT, UUID.fromString("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9"), DAY, true));
        put(new ExamResultRecorded(PARTICIPANT, UUID.fromString("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9"),
                ExamComponent.LISTENING, LanguageLevel.B1, LocalDate.of(2026, 4, 20), ExamOutcome.NO_RESULT,
                NoResultReason.NOT_CULPABLE, LocalDate.of(2026, 5, 18), 412));
        put(new MapPartCompleted(PARTICIPANT, MapPart.WORK_EXPERIENCE, DAY));
        put(new MapCompleted(PARTICIPANT, DAY, false));
        put(new MapCompletionWithdrawn(PARTICIPANT, LocalDate.of(2026, 2, 20), DAY));
        put(new PvtSessionAttended(PARTICIPANT, UUID.fromString("c0ffee00-1234-4abc-9def-001122334455"),
                PvtSessionKind.COMMUNITY_WALK, DAY, new BigDecimal("2.5")));
        put(new PvtStatementSigned(PARTICIPANT, DAY, new BigDecimal("12.5"), true));
        put(new PvtSigningWithdrawn(PARTICIPANT, LocalDate.of(2026, 2, 20), DAY));
        put(new TermStarted(PARTICIPANT, LocalDate.of(2026, 3, 3), LocalDate.of(2029, 3, 3)));
        put(new TermExtended(PARTICIPANT, UUID.fromString("e1e2e3e4-f5f6-4788-99aa-bbccddeeff00"), "ZKT",
                LocalDate.of(2029, 3, 3), LocalDate.of(2029, 9, 3), DAY));
        put(new ExemptionGranted(PARTICIPANT, ExemptionKind.VRIJSTELLING, ExemptionGround.GED, ExemptionScope.PARTIAL,
                Set.of(ExamComponent.READING), DAY, LocalDate.of(2027, 3, 1), LanguageLevel.A2, null));
        put(new PlanDeadlineMissed(PARTICIPANT, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 23)));
        put(new TermEndingSoon(PARTICIPANT, LocalDate.of(2029, 3, 3)));
        put(new TermExceeded(PARTICIPANT, LocalDate.of(2029, 3, 3),
                EnumSet.of(CompletionRequirement.KNM, CompletionRequirement.PVT)));
        put(new TermClosed(PARTICIPANT, TermClosedOutcome.COMPLETED_LATE, DAY));
    }

    private Samples() {
    }

    private static void put(EventPayload payload) {
        SAMPLES.put(EventType.of(payload.getClass()), payload);
    }

    /** The sample for {@code type}; fails the test if there is none. */
    static EventPayload of(EventType type) {
        EventPayload sample = SAMPLES.get(type);
        if (sample == null) {
            fail("no sample payload for " + type + ": add one to Samples");
        }
        return sample;
    }
}
