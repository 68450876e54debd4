package nl.inburgering.duogateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.inburgering.duogateway.domain.ExchangeFailed;
import nl.inburgering.duogateway.domain.Task;
import nl.inburgering.duogateway.domain.TaskOutcome;
import nl.inburgering.duogateway.domain.TaskOutcome.Done;
import nl.inburgering.duogateway.domain.rules.DuoPip;
import nl.inburgering.duogateway.domain.rules.DuoTexts;
import nl.inburgering.contracts.vocabulary.FollowedHoursKind;
import nl.inburgering.duogateway.domain.rules.FailureKind;
import nl.inburgering.duogateway.domain.rules.FollowedHours;
import nl.inburgering.duogateway.domain.rules.ModuleResults;
import nl.inburgering.duogateway.repository.PersonRepository;
import nl.inburgering.duogateway.service.OurServices.Service;

/**
 * Reports to DUO (issue 13 item 3): the PIP (POST, and DELETE when pip-service deleted it), the MAP, the PVT, the
 * Z-route and the followed hours of each kind (PUT, each the whole resource from what is known now). The BSN is asked of pip-service right before the
 * request, for that request only, and never kept.
 */
@ApplicationScoped
public class ReportSender {

    public static final String PIP = "PIP";
    public static final String PIP_DELETE = "PIP_DELETE";
    public static final String MAP = "MAP";
    public static final String PVT = "PVT";
    public static final String ZROUTE = "ZROUTE";
    public static final String UREN = "UREN";

    static final String OBJECT = "participant";

    @Inject
    DuoClient duo;

    @Inject
    OurServices ours;

    @Inject
    PersonRepository persons;

    @Inject
    nl.inburgering.duogateway.config.GatewayConfig config;

    public Uni<TaskOutcome> send(Task task) {
        UUID id = task.participantId();
        return switch (task.kind()) {
            case PIP -> pip(task, id);
            case PIP_DELETE -> ours.bsnOf(id, "duo.pip.delete").chain(bsn -> duo.call(DuoClient.PIP_DELETE, bsn, null,
                    OBJECT, id).map(answer -> answer.status() == 404 ? new Done("DUO had no PIP to delete", id)
                    : sent(answer, DuoClient.PIP_DELETE, id, bsn)));
            case MAP, PVT, ZROUTE -> module(task.kind(), id);
            case UREN -> hours(FollowedHoursKind.valueOf(ours.read(task.payload()).path("kind").asText()), id);
            default -> Uni.createFrom().item(new TaskOutcome.Dead("unknown report kind " + task.kind()));
        };
    }

    /**
     * The PIP version the event named, as pip-service holds it (DuoPip maps it), POSTed to DUO, unless DUO has that
     * PIP from this municipality already: DUO's POST registers a new PIP each time (its document gives no idempotency),
     * and a POST whose answer was lost (a timeout, a crash before DONE) must not make a second one when retried.
     */
    private Uni<TaskOutcome> pip(Task task, UUID id) {
        int version = ours.read(task.payload()).path("version").asInt();
        return ours.call(Service.PIP, HttpMethod.GET, "/v1/participants/" + id + "/plans/" + version, null, null)
                .chain(answer -> {
                    if (answer.status() == 404) {
                        return Uni.createFrom().item((TaskOutcome) new Done("PIP version " + version
                                + " is gone (deleted): nothing to report", id));
                    }
                    ObjectNode pip = DuoPip.of(ours.ok(answer, "pip-service plan"));
                    return ours.bsnOf(id, "duo.pip.post").chain(bsn -> duo.call(DuoClient.PIP_GET, bsn, null, OBJECT, id)
                            .chain(current -> {
                                if (DuoPip.registeredAlready(current.status(), ours.read(current.body()),
                                        municipality(), pip)) {
                                    return Uni.createFrom().item((TaskOutcome) new Done("DUO has this PIP from us "
                                            + "already: not registered again", id));
                                }
                                if (!current.ok() && current.status() != 404) {
                                    throw new ExchangeFailed(FailureKind.ofDuo(current.status()), "DUO "
                                            + DuoClient.PIP_GET.describe() + " answered " + current.status());
                                }
                                return duo.call(DuoClient.PIP_REGISTER, bsn, pip.toString(), OBJECT, id)
                                        .map(sent -> sent(sent, DuoClient.PIP_REGISTER, id, bsn));
                            }));
                });
    }

    /** MAP, PVT or Z-route: DUO's whole resource from the participant's current state (ModuleResults). */
    private Uni<TaskOutcome> module(String kind, UUID id) {
        return persons.find(id).chain(found -> {
            PersonRepository.Person p = found.orElseThrow(() -> new IllegalStateException("no state kept for " + id));
            ObjectNode body;
            DuoClient.Operation operation;
            switch (kind) {
                case MAP -> {
                    body = ModuleResults.map(p.map().date(), p.map().culpable());
                    operation = DuoClient.MAP;
                }
                case PVT -> {
                    body = ModuleResults.pvt(p.pvt().date(), p.pvt().culpable());
                    operation = DuoClient.PVT;
                }
                default -> {
                    body = ModuleResults.zroute(p.zroute().date());
                    operation = DuoClient.ZROUTE;
                }
            }
            return ours.bsnOf(id, "duo." + kind.toLowerCase() + ".put")
                    .chain(bsn -> duo.call(operation, bsn, body.toString(), OBJECT, id)
                            .map(answer -> sent(answer, operation, id, bsn)));
        });
    }

    /** GevolgdeUren of one kind: the current total, whole hours (FollowedHours). */
    private Uni<TaskOutcome> hours(FollowedHoursKind kind, UUID id) {
        DuoClient.Operation operation = DuoClient.uren(kind);
        return persons.hours(id, kind).chain(total -> ours.bsnOf(id, "duo.uren.put")
                .chain(bsn -> duo.call(operation, bsn, FollowedHours.body(total).toString(), OBJECT, id)
                        .map(answer -> sent(answer, operation, id, bsn))));
    }

    /** Our municipality's code as DUO's Gemeente names it: the four digits of the CBS code (GM0363 → 0363). */
    private String municipality() {
        return config.municipality().code().replaceFirst("^GM", "");
    }

    private TaskOutcome sent(JsonHttp.Answer answer, DuoClient.Operation operation, UUID id, String bsn) {
        if (answer.ok()) {
            return new Done(operation.describe() + " -> " + answer.status(), id);
        }
        JsonNode errors = ours.read(answer.body());
        String texts = errors.isArray() && !errors.isEmpty() ? ": " + errors.findValuesAsText("fouttekst") : "";
        throw new ExchangeFailed(FailureKind.ofDuo(answer.status()), operation.describe() + " -> " + answer.status()
                + DuoTexts.withoutBsn(texts, bsn));
    }
}
