package nl.inburgering.pip.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.envelope.CloudEvent;
import nl.inburgering.contracts.envelope.CloudEvents;
import nl.inburgering.contracts.envelope.MalformedEventException;
import nl.inburgering.contracts.events.EventType;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.pip.domain.ExamComponentSetConverter;
import nl.inburgering.pip.repository.FactRepository;
import nl.inburgering.pip.repository.FactRepository.DatedFact;

/**
 * Stores the facts of other services' events that the completion check needs (issue item 5), then
 * re-evaluates completion. Each handler runs inside the idempotent consumer's transaction, once per event.
 * Other event types on the same topics are skipped.
 */
@ApplicationScoped
public class CompletionFactService {

    @Inject
    FactRepository facts;

    @Inject
    CompletionService completion;

    /** {@code exam.result-recorded}: a PASSED result is a pass; FAILED and NO_RESULT meet no requirement. */
    public Uni<Void> onExamEvent(CloudEvent event) {
        if (!is(event, EventType.EXAM_RESULT_RECORDED)) {
            return skip();
        }
        ExamResultRecorded result = CloudEvents.payload(event, ExamResultRecorded.class);
        if (result.outcome() != ExamOutcome.PASSED) {
            return skip();
        }
        if (result.resultDate().isBefore(result.examDate())) {
            throw new MalformedEventException(event.type() + " data: resultDate lies before examDate");
        }
        return facts.storeExamPass(result.participantId(), result.registrationId(), result.component(),
                        result.level(), result.examDate(), result.resultDate(), event.id())
                .chain(() -> completion.evaluate(result.participantId()));
    }

    /** {@code map.completed}: the MAP final interview date. */
    public Uni<Void> onMapEvent(CloudEvent event) {
        if (!is(event, EventType.MAP_COMPLETED)) {
            return skip();
        }
        MapCompleted map = CloudEvents.payload(event, MapCompleted.class);
        return dated(map.participantId(), DatedFact.MAP_COMPLETED, map.finalInterviewDate(), event);
    }

    /** {@code pvt.statement-signed}: the date the participation statement was signed. */
    public Uni<Void> onPvtEvent(CloudEvent event) {
        if (!is(event, EventType.PVT_STATEMENT_SIGNED)) {
            return skip();
        }
        PvtStatementSigned pvt = CloudEvents.payload(event, PvtStatementSigned.class);
        return dated(pvt.participantId(), DatedFact.PVT_SIGNED, pvt.signedOn(), event);
    }

    /** {@code exemption.granted} (a partial one removes components, a full one closes the case) and {@code term.started}. */
    public Uni<Void> onDeadlineEvent(CloudEvent event) {
        if (is(event, EventType.EXEMPTION_GRANTED)) {
            ExemptionGranted e = CloudEvents.payload(event, ExemptionGranted.class);
            return facts.storeExemption(UUID.fromString(event.id()), e.participantId(), e.kind(), e.ground(),
                            e.scope(), new ExamComponentSetConverter().convertToDatabaseColumn(e.components()),
                            e.validFrom(), e.validUntil(), event.id())
                    .chain(() -> completion.evaluate(e.participantId()));
        }
        if (is(event, EventType.TERM_STARTED)) {
            TermStarted term = CloudEvents.payload(event, TermStarted.class);
            return facts.storeTerm(term.participantId(), term.startDate(), term.endDateExclusive(), event.time());
        }
        return skip();
    }

    private Uni<Void> dated(UUID participantId, DatedFact kind, LocalDate date, CloudEvent event) {
        return facts.storeDatedFact(participantId, kind, date, event.time(), event.id())
                .chain(() -> completion.evaluate(participantId));
    }

    private static boolean is(CloudEvent event, EventType type) {
        return type.type().equals(event.type());
    }

    private static Uni<Void> skip() {
        return Uni.createFrom().voidItem();
    }
}
