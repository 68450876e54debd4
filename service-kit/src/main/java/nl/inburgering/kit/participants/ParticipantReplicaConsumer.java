package nl.inburgering.kit.participants;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.IntegrationCompleted;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.events.TermExtended;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.kit.inbox.EventHandlers;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the participant replica from pip.events, and a full exemption from deadline.events, idempotently. Enabled by a service with
 * {@code kit.participant-replica.enabled=true} (build time) and the {@code db/kit-replica} Flyway location.
 * From deadline.events it keeps a full exemption and the term (term.started, term.extended); other types are skipped.
 */
@ApplicationScoped
@IfBuildProperty(name = "kit.participant-replica.enabled", stringValue = "true")
public class ParticipantReplicaConsumer {

    static final String CONSUMER = "participant-replica";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ParticipantDirectory directory;

    private EventHandlers handlers;

    private EventHandlers deadlineHandlers;

    @PostConstruct
    void handlers() {
        handlers = consumer.table(CONSUMER)
                .on(ParticipantRegistered.class, (e, meta) -> directory.apply(e))
                .on(ParticipantTargetGroupChanged.class, (e, meta) -> directory.apply(e))
                .on(ParticipantMoved.class, (e, meta) -> directory.apply(e))
                .on(ParticipantObligationEnded.class, (e, meta) -> directory.apply(e))
                .on(PlanEstablished.class, (e, meta) -> directory.apply(e))
                .on(PlanDeleted.class, (e, meta) -> directory.apply(e))
                .on(IntegrationCompleted.class, (e, meta) -> directory.apply(e))
                .on(ZRouteCompleted.class, (e, meta) -> directory.apply(e));
        // deadline.events: a full exemption closes the case; the term is what SDI016 dates are judged against.
        // The consumer name stays "….exemptions" so that events already processed are not processed twice.
        deadlineHandlers = consumer.table(CONSUMER + ".exemptions")
                .on(ExemptionGranted.class, (e, meta) -> directory.apply(e))
                .on(TermStarted.class, (e, meta) -> directory.apply(e, meta.time()))
                .on(TermExtended.class, (e, meta) -> directory.apply(e));
    }

    /** A poll at a time, in one transaction ({@link IdempotentConsumer#consumeBatch}, issue 15). */
    @Incoming("participant-replica")
    public Uni<Void> onPipEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, handlers);
    }

    @Incoming("participant-replica-exemptions")
    public Uni<Void> onDeadlineEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consumeBatch(batch, deadlineHandlers);
    }
}
