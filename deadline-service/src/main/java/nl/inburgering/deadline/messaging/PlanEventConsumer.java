package nl.inburgering.deadline.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.inburgering.contracts.events.IntegrationOutstandingChanged;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.deadline.service.TermService;
import nl.inburgering.kit.inbox.EventHandlers;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * pip-service's plans, for the term, and the requirements its completion check says are open (for term.exceeded) (channel {@code plan-events} on {@code pip.events}, consumer group
 * {@code deadline-service.term.plan-events}, poison messages to {@code pip.events.dlq}). Each event once, a poll's
 * events in one transaction (issue 15); other types are skipped by the table.
 */
@ApplicationScoped
public class PlanEventConsumer {

    static final String CONSUMER = "deadline-service.term";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    TermService terms;

    private EventHandlers handlers;

    @PostConstruct
    void table() {
        handlers = consumer.table(CONSUMER)
                .on(PlanEstablished.class, terms::planEstablished)
                .on(PlanDeleted.class, terms::planDeleted)
                .on(IntegrationOutstandingChanged.class, terms::outstandingChanged)
                .on(ParticipantRegistered.class, terms::participantRegistered);
    }

    @Incoming("plan-events")
    public Uni<Void> onPipEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch(poll, handlers);
    }
}
