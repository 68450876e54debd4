package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.events.ParticipantMoved;
import org.junit.jupiter.api.Test;

/**
 * §11 E10: after a move the previous municipality may still read the participant for a period that pip-service
 * configures; participant.moved carries its end so that every replica applies the same period (one source).
 */
class ParticipantMovedReadPeriodTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final LocalDate MOVED = LocalDate.of(2026, 1, 31);

    @Test
    void e10_theReadPeriodTravelsWithTheEvent() {
        ParticipantMoved moved = new ParticipantMoved(PARTICIPANT, "GM0363", "GM0599", MOVED, LocalDate.of(2026, 4, 30));
        String json = CloudEvents.toJson(CloudEvents.wrap(EventSources.PIP_SERVICE, moved, UUID.randomUUID(),
                Instant.now()));
        ParticipantMoved read = CloudEvents.payload(CloudEvents.parse(json), ParticipantMoved.class);
        assertThat(read.previousMunicipalityReadableUntilOrDefault()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void e10_anEventWithoutThePeriodMeansOneMonth() {
        ParticipantMoved old = new ParticipantMoved(PARTICIPANT, "GM0363", "GM0599", MOVED);
        String json = CloudEvents.toJson(CloudEvents.wrap(EventSources.PIP_SERVICE, old, UUID.randomUUID(),
                Instant.now()));
        assertThat(json).doesNotContain("previousMunicipalityReadableUntil");
        assertThat(CloudEvents.payload(CloudEvents.parse(json), ParticipantMoved.class)
                .previousMunicipalityReadableUntilOrDefault()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void e10_thePeriodCannotEndBeforeTheMove() {
        assertThatThrownBy(() -> new ParticipantMoved(PARTICIPANT, "GM0363", "GM0599", MOVED, MOVED.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
