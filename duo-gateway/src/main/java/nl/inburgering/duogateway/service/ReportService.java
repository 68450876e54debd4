package nl.inburgering.duogateway.service;

import io.smallrye.mutiny.Uni;
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
import nl.inburgering.duogateway.repository.PersonRepository;
import nl.inburgering.duogateway.repository.PersonRepository.Kind;
import nl.inburgering.duogateway.repository.TaskRepository;
import nl.inburgering.kit.inbox.EventHandlers.EventMeta;

/**
 * Our events as reports to DUO, queued in the consumer's transaction (the kit's idempotent consumer: each event once):
 * a PIP version as a PIP to register, a deleted PIP as a DELETE, and the MAP, PVT and Z-route facts and the totals of
 * followed hours into the participant's state, with a PUT of the whole resource queued when that state changed.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    TaskRepository tasks;

    @Inject
    PersonRepository persons;

    @Inject
    nl.inburgering.duogateway.config.GatewayConfig config;

    public Uni<Void> planEstablished(PlanEstablished plan, EventMeta meta) {
        return enqueue(ReportSender.PIP, plan.participantId(), "{\"version\":" + plan.version() + "}", meta);
    }

    public Uni<Void> planDeleted(PlanDeleted deleted, EventMeta meta) {
        return enqueue(ReportSender.PIP_DELETE, deleted.participantId(), null, meta);
    }

    public Uni<Void> mapCompleted(MapCompleted map, EventMeta meta) {
        return module(map.participantId(), Kind.MAP, map.finalInterviewDate(), map.culpableDelay(), meta);
    }

    public Uni<Void> mapWithdrawn(MapCompletionWithdrawn map, EventMeta meta) {
        return module(map.participantId(), Kind.MAP, null, null, meta);
    }

    public Uni<Void> statementSigned(PvtStatementSigned pvt, EventMeta meta) {
        return module(pvt.participantId(), Kind.PVT, pvt.signedOn(), pvt.culpableDelay(), meta);
    }

    public Uni<Void> signingWithdrawn(PvtSigningWithdrawn pvt, EventMeta meta) {
        return module(pvt.participantId(), Kind.PVT, null, null, meta);
    }

    public Uni<Void> zrouteCompleted(ZRouteCompleted zroute, EventMeta meta) {
        return module(zroute.participantId(), Kind.ZROUTE, zroute.completedOn(), null, meta);
    }

    /** A new total of followed hours: DUO's GevolgdeUren of that kind, PUT whole. */
    public Uni<Void> hoursRecorded(ZRouteHoursRecorded hours, EventMeta meta) {
        return persons.recordHours(hours.participantId(), hours.kind(), hours.totalHours(), meta.time())
                .chain(changed -> changed ? enqueue(ReportSender.UREN, hours.participantId(),
                        "{\"kind\":\"" + hours.kind() + "\"}", meta) : Uni.createFrom().voidItem());
    }

    private Uni<Void> module(java.util.UUID participantId, Kind kind, java.time.LocalDate date, Boolean culpable,
            EventMeta meta) {
        return persons.record(participantId, kind, date, culpable, meta.time())
                .chain(changed -> changed ? enqueue(kind.name(), participantId, null, meta)
                        : Uni.createFrom().voidItem());
    }

    /**
     * A report queued; one of an event from before the cut-over is kept DISCARDED (the municipality reported it to DUO
     * by hand before the gateway), so a first deployment that reads the topics from their beginning sends DUO nothing
     * old, and an operator can still replay it.
     */
    private Uni<Void> enqueue(String kind, java.util.UUID participantId, String payload, EventMeta meta) {
        java.util.Optional<java.time.Instant> cutOver = config.report().cutOver();
        boolean reportable = cutOver.isEmpty() || !meta.time().isBefore(cutOver.get());
        return tasks.enqueueReport(kind, participantId, payload, reportable,
                reportable ? null : "before the cut-over " + cutOver.get() + ": not reported");
    }
}
