package nl.inburgering.pip.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.envelope.MalformedEventException;
import nl.inburgering.contracts.events.ExamResultRecorded;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.MapCompletionWithdrawn;
import nl.inburgering.contracts.events.PvtSigningWithdrawn;
import nl.inburgering.contracts.events.PvtStatementSigned;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.kit.inbox.EventHandlers.EventMeta;
import nl.inburgering.pip.domain.DatedFact;
import nl.inburgering.pip.domain.DatedFactRecord;
import nl.inburgering.pip.domain.ExamPassRecord;
import nl.inburgering.pip.domain.ExemptionRecord;
import nl.inburgering.pip.domain.TermRecord;
import nl.inburgering.pip.repository.DatedFactRepository;
import nl.inburgering.pip.repository.ExamPassRepository;
import nl.inburgering.pip.repository.ExemptionRepository;
import nl.inburgering.pip.repository.TermRepository;

/**
 * Stores the facts of other services' events that the completion check needs (issue item 5), then
 * re-evaluates completion. Each handler runs inside the idempotent consumer's transaction, once per event; the
 * consumer's handler table says which event type goes where.
 */
@ApplicationScoped
public class CompletionFactService {

    @Inject
    ExamPassRepository passes;

    @Inject
    DatedFactRepository datedFacts;

    @Inject
    ExemptionRepository exemptions;

    @Inject
    TermRepository terms;

    @Inject
    CompletionService completion;

    /** {@code exam.result-recorded}: a PASSED result is a pass; FAILED and NO_RESULT meet no requirement. */
    public Uni<Void> examResult(ExamResultRecorded result, EventMeta event) {
        if (result.outcome() != ExamOutcome.PASSED) {
            return Uni.createFrom().voidItem();
        }
        if (result.resultDate().isBefore(result.examDate())) {
            throw new MalformedEventException("exam.result-recorded data: resultDate lies before examDate");
        }
        ExamPassRecord pass = new ExamPassRecord();
        pass.registrationId = result.registrationId();
        pass.participantId = result.participantId();
        pass.component = result.component();
        pass.level = result.level();
        pass.examDate = result.examDate();
        pass.resultDate = result.resultDate();
        pass.eventId = event.id();
        return passes.store(pass).chain(() -> completion.evaluate(result.participantId()));
    }

    /** {@code map.completed}: the MAP final interview date. */
    public Uni<Void> mapCompleted(MapCompleted map, EventMeta event) {
        return dated(map.participantId(), DatedFact.MAP_COMPLETED, map.finalInterviewDate(), false, event);
    }

    /**
     * {@code map.completion-withdrawn} (issue 9 item 4): the MAP is no longer completed, unless a {@code map.completed}
     * recorded after the withdrawal completes it again; of the two the one recorded last wins, as for a correction.
     * A completion already published stands (CompletionService): nothing is reverted or published.
     */
    public Uni<Void> mapCompletionWithdrawn(MapCompletionWithdrawn withdrawal, EventMeta event) {
        return dated(withdrawal.participantId(), DatedFact.MAP_COMPLETED, withdrawal.finalInterviewDate(), true, event);
    }

    /** {@code pvt.statement-signed}: the date the participation statement was signed. */
    public Uni<Void> statementSigned(PvtStatementSigned pvt, EventMeta event) {
        return dated(pvt.participantId(), DatedFact.PVT_SIGNED, pvt.signedOn(), false, event);
    }

    /**
     * {@code pvt.signing-withdrawn} (issue 10): the PVT is no longer completed, unless a signing recorded after the
     * withdrawal completes it again; as for the MAP, the one recorded last wins and a published completion stands.
     */
    public Uni<Void> signingWithdrawn(PvtSigningWithdrawn withdrawal, EventMeta event) {
        return dated(withdrawal.participantId(), DatedFact.PVT_SIGNED, withdrawal.signedOn(), true, event);
    }

    /** {@code exemption.granted}: a partial one removes components, a full one closes the case. */
    public Uni<Void> exemptionGranted(ExemptionGranted e, EventMeta event) {
        ExemptionRecord row = new ExemptionRecord();
        row.id = UUID.fromString(event.id());
        row.participantId = e.participantId();
        row.kind = e.kind();
        row.ground = e.ground();
        row.scope = e.scope();
        row.components = e.components();
        row.validFrom = e.validFrom();
        row.validUntil = e.validUntil();
        row.level = e.level();
        row.participationHoursCap = e.participationHoursCap();
        row.eventId = event.id();
        return exemptions.store(row).chain(() -> completion.evaluate(e.participantId()));
    }

    /** {@code term.started}: the term start that PIP rules and the Z-route completion are judged against. */
    public Uni<Void> termStarted(TermStarted term, EventMeta event) {
        TermRecord row = new TermRecord();
        row.participantId = term.participantId();
        row.startDate = term.startDate();
        row.endDateExclusive = term.endDateExclusive();
        row.recordedAt = event.time();
        return terms.store(row);
    }

    private Uni<Void> dated(UUID participantId, DatedFact kind, LocalDate date, boolean withdrawn, EventMeta event) {
        DatedFactRecord fact = new DatedFactRecord();
        fact.participantId = participantId;
        fact.kind = kind;
        fact.date = date;
        fact.withdrawn = withdrawn;
        fact.recordedAt = event.time();
        fact.eventId = event.id();
        return datedFacts.store(fact).chain(() -> completion.evaluate(participantId));
    }
}
