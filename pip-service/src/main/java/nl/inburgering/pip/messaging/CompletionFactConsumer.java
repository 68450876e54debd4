package nl.inburgering.pip.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import nl.inburgering.pip.service.CompletionFactService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The completion check's inputs (issue item 5), one channel per topic (application.properties: consumer group
 * {@code pip-service.completion.<topic>}, {@code auto.offset.reset=earliest}, poison messages to
 * {@code <topic>.dlq}). Each record is a structured-mode CloudEvent; {@link IdempotentConsumer} runs the handler
 * once per event, in a transaction, and the offset is committed only after it.
 */
@ApplicationScoped
public class CompletionFactConsumer {

    /** The name under which processed events are recorded (processed_event.consumer). */
    static final String CONSUMER = "pip-service.completion";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CompletionFactService facts;

    @Incoming("exam-events")
    public Uni<Void> onExamEvent(String value) {
        return consumer.consume(CONSUMER, value, facts::onExamEvent);
    }

    @Incoming("map-events")
    public Uni<Void> onMapEvent(String value) {
        return consumer.consume(CONSUMER, value, facts::onMapEvent);
    }

    @Incoming("pvt-events")
    public Uni<Void> onPvtEvent(String value) {
        return consumer.consume(CONSUMER, value, facts::onPvtEvent);
    }

    @Incoming("deadline-events")
    public Uni<Void> onDeadlineEvent(String value) {
        return consumer.consume(CONSUMER, value, facts::onDeadlineEvent);
    }
}
