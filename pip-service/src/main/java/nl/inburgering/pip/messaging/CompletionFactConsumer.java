package nl.inburgering.pip.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.MapCompletionWithdrawn;
import nl.inburgering.contracts.events.PvtSigningWithdrawn;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.kit.inbox.EventHandlers;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import nl.inburgering.pip.service.CompletionFactService;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The completion check's inputs (issue item 5), one channel per topic (application.properties: consumer group
 * {@code pip-service.completion.<topic>}, {@code auto.offset.reset=earliest}, poison messages to
 * {@code <topic>.dlq}). Each record is a structured-mode CloudEvent; {@link IdempotentConsumer} runs its handler
 * from the table below once per event, a poll's events in one transaction (issue 15), and the offsets are committed
 * only after it. Other event types on these topics are skipped by the table.
 */
@ApplicationScoped
public class CompletionFactConsumer {

    /** The name under which processed events are recorded (processed_event.consumer). */
    static final String CONSUMER = "pip-service.completion";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CompletionFactService facts;

    private EventHandlers handlers;

    @PostConstruct
    void table() {
        handlers = consumer.table(CONSUMER)
                .on(ExamResultRecorded.class, facts::examResult)
                .on(MapCompleted.class, facts::mapCompleted)
                .on(MapCompletionWithdrawn.class, facts::mapCompletionWithdrawn)
                .on(PvtStatementSigned.class, facts::statementSigned)
                .on(PvtSigningWithdrawn.class, facts::signingWithdrawn)
                .on(ExemptionGranted.class, facts::exemptionGranted)
                .on(TermStarted.class, facts::termStarted);
    }

    @Incoming("exam-events")
    public Uni<Void> onExamEvent(KafkaRecordBatch<String, String> poll) {
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

    @Incoming("deadline-events")
    public Uni<Void> onDeadlineEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch(poll, handlers);
    }
}
