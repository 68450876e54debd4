package nl.inburgering.duogateway.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.MapCompletionWithdrawn;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.events.PvtSigningWithdrawn;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.contracts.events.ZRouteHoursRecorded;
import nl.inburgering.duogateway.service.ReportService;
import nl.inburgering.kit.inbox.EventHandlers;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The events that DUO must hear of (issue 13 item 3), one channel per topic, each event once, a poll's events in one
 * transaction (issue 15: the handlers only queue a report task; {@code TaskWorker} calls DUO later); other types are
 * skipped by the table; a poison event goes to the topic's dead-letter topic.
 */
@ApplicationScoped
public class ReportConsumer {

    static final String CONSUMER = "duo-gateway.report";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    ReportService reports;

    private EventHandlers handlers;

    @PostConstruct
    void table() {
        handlers = consumer.table(CONSUMER)
                .on(PlanEstablished.class, reports::planEstablished)
                .on(PlanDeleted.class, reports::planDeleted)
                .on(ZRouteCompleted.class, reports::zrouteCompleted)
                .on(ZRouteHoursRecorded.class, reports::hoursRecorded)
                .on(MapCompleted.class, reports::mapCompleted)
                .on(MapCompletionWithdrawn.class, reports::mapWithdrawn)
                .on(PvtStatementSigned.class, reports::statementSigned)
                .on(PvtSigningWithdrawn.class, reports::signingWithdrawn);
    }

    @Incoming("pip-events")
    public Uni<Void> onPipEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch(poll, handlers);
    }

    @Incoming("map-events")
    public Uni<Void> onMapEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch(poll, handlers);
    }

    @Incoming("pvt-events")
    public Uni<Void> onPvtEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch(poll, handlers);
    }
}
