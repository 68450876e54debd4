package nl.inburgering.kit.deadletter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.deadletter.DeadLetter.Place;
import nl.inburgering.kit.inbox.EventHandlers;
import nl.inburgering.kit.inbox.IdempotentConsumer;
import nl.inburgering.kit.persistence.RunToTheEnd;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import org.jboss.logging.Logger;

/**
 * This service's dead letters and their replays (issue 12 item 4). A dead letter is this service's when its
 * {@code dead-letter-consumer} header names this service and one of its consumers, or when it names none (then every
 * service that reads the topic lists it, and none can replay it). A replay hands the original event to that
 * consumer again, through {@link IdempotentConsumer#replay}: the same claim on {@code processed_event}, so an event
 * already processed (e.g. redelivered meanwhile) changes nothing twice. Nothing is published back to the owner's
 * topic: the other consumers of that topic never see the event again.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** The 409 of a dead letter that names no consumer. */
    public static final String CONSUMER_UNKNOWN = "DEAD-LETTER-CONSUMER-UNKNOWN";
    static final AuditAction REPLAY = AuditAction.of("dead-letter.replay", "dead-letter");

    public enum Status { PENDING, REPLAYED, REPLAY_FAILED }

    /** What an operator sees of a dead letter: no payload (it may hold personal data). */
    public record Listed(DeadLetter letter, Status status, OffsetDateTime replayedAt, int replayAttempts,
            String lastReplayError) {
    }

    /** How one replay went. */
    public enum Outcome { REPLAYED, ALREADY_REPLAYED, FAILED }

    public record Replayed(DeadLetter letter, Outcome outcome, String error) {
    }

    @Inject
    DeadLetterTopics topics;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    AuditLog audit;

    @Inject
    nl.inburgering.kit.config.KitConfig config;

    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    /** Every dead letter of this service, with what its replays did, optionally only those of one original topic. */
    public Uni<List<Listed>> list(String topic, Status status) {
        return read().chain(letters -> replays().map(replays -> letters.stream()
                .filter(l -> topic == null || topic.equals(l.topic()))
                .map(l -> listed(l, replays.get(new Place(l.deadLetterTopic(), l.partition(), l.offset()))))
                .filter(l -> status == null || l.status() == status)
                .toList()));
    }

    /** One dead letter of this service; 404 when this service has none at that place. */
    public Uni<Listed> get(String id) {
        Place place = DeadLetter.place(id);
        return read().chain(letters -> letters.stream().filter(l -> l.id().equals(id)).findFirst()
                .map(l -> replays().map(replays -> listed(l, replays.get(place))))
                .orElseGet(() -> Uni.createFrom().failure(new ResourceNotFoundException("dead letter"))));
    }

    /** Replays one dead letter; a second replay of a replayed one does nothing and says so. */
    public Uni<Replayed> replay(String id) {
        return get(id).chain(this::replay);
    }

    /** Replays every dead letter not replayed yet (optionally of one original topic), in their order. */
    public Uni<List<Replayed>> replayAll(String topic) {
        return list(topic, null).chain(all -> Multi.createFrom().iterable(all)
                .filter(l -> l.status() != Status.REPLAYED && l.letter().consumer() != null)
                .onItem().transformToUniAndConcatenate(this::replay)
                .collect().asList());
    }

    private Uni<Replayed> replay(Listed listed) {
        DeadLetter letter = listed.letter();
        if (listed.status() == Status.REPLAYED) {
            return Uni.createFrom().item(new Replayed(letter, Outcome.ALREADY_REPLAYED, null));
        }
        EventHandlers table = consumer.tableOf(letter.consumer()).orElse(null);
        if (table == null) {
            return Uni.createFrom().failure(new RuleViolationException(CONSUMER_UNKNOWN,
                    "this dead letter does not name the consumer that failed it, so it cannot be replayed here; "
                            + "it stays on " + letter.deadLetterTopic()));
        }
        return consumer.replay(table, letter.value())
                .replaceWith(new Replayed(letter, Outcome.REPLAYED, null))
                .onFailure().recoverWithItem(e -> new Replayed(letter, Outcome.FAILED, e.getMessage()))
                .call(this::record)
                .invoke(r -> LOG.infof("dead letter %s replayed through %s: %s", letter.id(), table.consumer(),
                        r.outcome()));
    }

    /** The replay's row and its audit record, in one transaction. */
    private Uni<Void> record(Replayed r) {
        DeadLetter l = r.letter();
        String error = r.error() == null ? null : r.error().length() > 500 ? r.error().substring(0, 500) : r.error();
        return RunToTheEnd.of(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "insert into dead_letter_replay (dlq_topic, dlq_partition, dlq_offset, consumer, event_id, "
                                        + "outcome, last_error) values (:topic, :partition, :offset, :consumer, :event, "
                                        + ":outcome, :error) on conflict (dlq_topic, dlq_partition, dlq_offset) do update set "
                                        + "outcome = excluded.outcome, last_error = excluded.last_error, "
                                        + "attempts = dead_letter_replay.attempts + 1, replayed_at = now()")
                        .setParameter("topic", l.deadLetterTopic()).setParameter("partition", l.partition())
                        .setParameter("offset", l.offset()).setParameter("consumer", l.consumer())
                        .setParameter("event", l.eventId())
                        .setParameter("outcome", r.outcome() == Outcome.REPLAYED ? "REPLAYED" : "FAILED")
                        .setParameter("error", error)
                        .executeUpdate())
                .chain(() -> audit.record(REPLAY.name(), REPLAY.objectType(), l.id(),
                        r.outcome() == Outcome.REPLAYED ? AuditLog.SUCCESS : "FAILED"))));
    }

    private Uni<List<DeadLetter>> read() {
        return vertx.executeBlocking(Uni.createFrom().item(topics::readAll))
                .map(all -> all.stream().filter(l -> l.consumer() == null
                        || (config.serviceName().equals(l.service()) && consumer.tableOf(l.consumer()).isPresent()))
                        .toList());
    }

    private record Replay(String outcome, OffsetDateTime at, int attempts, String error) {
    }

    private Uni<Map<Place, Replay>> replays() {
        return RunToTheEnd.of(() -> Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "select dlq_topic, dlq_partition, dlq_offset, outcome, replayed_at, attempts, last_error "
                                + "from dead_letter_replay", Object[].class).getResultList())))
                .map(rows -> {
                    Map<Place, Replay> replays = new HashMap<>();
                    for (Object[] r : rows) {
                        replays.put(new Place((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue()),
                                new Replay((String) r[3], nl.inburgering.kit.persistence.SqlValues.timestamp(r[4]), ((Number) r[5]).intValue(), (String) r[6]));
                    }
                    return replays;
                });
    }

    private static Listed listed(DeadLetter l, Replay replay) {
        if (replay == null) {
            return new Listed(l, Status.PENDING, null, 0, null);
        }
        return new Listed(l, Objects.equals(replay.outcome(), "REPLAYED") ? Status.REPLAYED : Status.REPLAY_FAILED,
                replay.at(), replay.attempts(), replay.error());
    }
}
