package nl.inburgering.kit.participants;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the participant replica from pip.events, idempotently. Enabled by a service with
 * {@code kit.participant-replica.enabled=true} (build time) and the {@code db/kit-replica} Flyway location.
 * Other pip.events types (zroute.completed, integration.completed) are not needed here and are skipped.
 */
@ApplicationScoped
@IfBuildProperty(name = "kit.participant-replica.enabled", stringValue = "true")
public class ParticipantReplicaConsumer {

    static final String CONSUMER = "participant-replica";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ParticipantDirectory directory;

    @Incoming("participant-replica")
    public Uni<Void> onPipEvent(String value) {
        return consumer.consume(CONSUMER, value, this::apply);
    }

    Uni<Void> apply(CloudEvent event) {
        EventType type = EventType.fromType(event.type()).orElse(null);
        if (type == null) {
            return Uni.createFrom().voidItem();
        }
        return switch (type) {
            case PARTICIPANT_REGISTERED -> directory.apply(CloudEvents.payload(event, ParticipantRegistered.class));
            case PARTICIPANT_TARGET_GROUP_CHANGED ->
                    directory.apply(CloudEvents.payload(event, ParticipantTargetGroupChanged.class));
            case PARTICIPANT_MOVED -> directory.apply(CloudEvents.payload(event, ParticipantMoved.class));
            case PARTICIPANT_OBLIGATION_ENDED ->
                    directory.apply(CloudEvents.payload(event, ParticipantObligationEnded.class));
            case PLAN_ESTABLISHED -> directory.apply(CloudEvents.payload(event, PlanEstablished.class));
            case PLAN_DELETED -> directory.apply(CloudEvents.payload(event, PlanDeleted.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
