package nl.inburgering.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.envelope.MalformedEventException;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ZRouteCompleted;
import org.junit.jupiter.api.Test;

/** DESIGN §5: a consumer's handler table binds each payload once, by its type, and skips the types it does not list. */
class EventHandlersTest {

    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final Instant TIME = Instant.parse("2026-12-01T10:15:30Z");

    private final List<String> calls = new ArrayList<>();

    private EventHandlers table() {
        return EventHandlers.of("test-consumer")
                .on(ParticipantMoved.class, (moved, meta) -> {
                    calls.add("moved " + moved.toMunicipalityCode() + " " + meta.id() + " " + meta.time());
                    return Uni.createFrom().voidItem();
                });
    }

    private static CloudEvent event(EventPayload payload, UUID id) {
        return CloudEvents.wrap(EventSources.PIP_SERVICE, payload, id, TIME);
    }

    @Test
    void aListedTypeReachesItsTypedHandlerWithTheEnvelopeFacts() {
        UUID id = UUID.randomUUID();
        table().handle(event(new ParticipantMoved(PARTICIPANT, "GM0363", "GM0599", LocalDate.of(2026, 5, 1)), id))
                .await().indefinitely();
        assertThat(calls).containsExactly("moved GM0599 " + id + " " + TIME);
    }

    @Test
    void aTypeTheTableDoesNotListIsSkipped() {
        table().handle(event(new ZRouteCompleted(PARTICIPANT, LocalDate.of(2026, 5, 1)), UUID.randomUUID()))
                .await().indefinitely();
        assertThat(calls).isEmpty();
    }

    @Test
    void aTypeUnknownToTheseContractsIsSkipped() {
        String json = CloudEvents.toJson(event(new ZRouteCompleted(PARTICIPANT, LocalDate.of(2026, 5, 1)),
                UUID.randomUUID())).replace("nl.inburgering.zroute.completed", "nl.inburgering.something.new");
        table().handle(CloudEvents.parse(json)).await().indefinitely();
        assertThat(calls).isEmpty();
    }

    @Test
    void aKnownTypeTheTableDoesNotListIsIgnoredWithoutAClaim_issue15() {
        assertThat(table().ignores(event(new ZRouteCompleted(PARTICIPANT, LocalDate.of(2026, 5, 1)),
                UUID.randomUUID()))).isTrue();
    }

    @Test
    void aListedTypeIsNotIgnored() {
        assertThat(table().ignores(event(new ParticipantMoved(PARTICIPANT, "GM0363", "GM0599",
                LocalDate.of(2026, 5, 1)), UUID.randomUUID()))).isFalse();
    }

    @Test
    void aTypeUnknownToTheseContractsIsNotIgnoredSoItsClaimShowsItWasSeen() {
        String json = CloudEvents.toJson(event(new ZRouteCompleted(PARTICIPANT, LocalDate.of(2026, 5, 1)),
                UUID.randomUUID())).replace("nl.inburgering.zroute.completed", "nl.inburgering.something.new");
        assertThat(table().ignores(CloudEvents.parse(json))).isFalse();
    }

    @Test
    void aListedTypeWithBrokenDataIsMalformed() {
        String json = CloudEvents.toJson(event(new ParticipantMoved(PARTICIPANT, "GM0363", "GM0599",
                LocalDate.of(2026, 5, 1)), UUID.randomUUID())).replace("\"toMunicipalityCode\"", "\"to\"");
        assertThatThrownBy(() -> table().handle(CloudEvents.parse(json)).await().indefinitely())
                .isInstanceOf(MalformedEventException.class);
        assertThat(calls).isEmpty();
    }

    @Test
    void oneTypeHasOneHandler() {
        assertThatThrownBy(() -> table().on(ParticipantMoved.class, (m, meta) -> Uni.createFrom().voidItem()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("participant.moved");
    }
}
