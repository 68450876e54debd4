package nl.inburgering.duogateway.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.duogateway.domain.Task;

/**
 * The {@code task} table. Enqueueing joins the caller's transaction (the notification's request, the event's consumer:
 * the work and its cause commit together); the worker's claims and results run on the pool, each in a short
 * transaction of its own, so no transaction stays open while DUO or our services answer.
 */
@ApplicationScoped
public class TaskRepository {

    /** A task row as operators see it: no BSN, no payload. */
    public record TaskRow(UUID id, long seq, String direction, String kind, UUID participantId, UUID berichtId,
            String status, int attempts, String outcome, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
            OffsetDateTime doneAt) {
    }

    @Inject
    Pool pool;

    /**
     * Stores a notification in the current transaction, once per berichtId.
     *
     * @return whether it is new (false: DUO sent this berichtId before)
     */
    public Uni<Boolean> enqueueNotification(UUID berichtId, String gebeurtenisId, byte[] bsnEncrypted, String payload) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into task (id, direction, kind, bericht_id, "
                        + "bsn_encrypted, payload, status, next_attempt_at, created_at) values (:id, 'IN', :kind, :bericht, "
                        + ":bsn, :payload, 'PENDING', now(), now()) on conflict (bericht_id) do nothing")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", gebeurtenisId)
                .setParameter("bericht", berichtId)
                .setParameter("bsn", bsnEncrypted)
                .setParameter("payload", payload)
                .executeUpdate())
                .map(rows -> rows == 1);
    }

    /** Queues a report to DUO in the current transaction (a consumer's). */
    public Uni<Void> enqueueReport(String kind, UUID participantId, String payload) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into task (id, direction, kind, "
                        + "participant_id, payload, status, next_attempt_at, created_at) values (:id, 'OUT', :kind, "
                        + ":participant, :payload, 'PENDING', now(), now())")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", kind)
                .setParameter("participant", participantId)
                .setParameter("payload", payload)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Claims up to {@code limit} due tasks for {@code lease}: pending ones whose time has come, and running ones whose
     * lease ran out (their worker died). A report waits while an earlier report of the same participant is open, so
     * DUO gets a participant's reports in the order of their events (the PIP before the MAP that needs it). Several
     * instances never claim the same row (SKIP LOCKED). A DEAD report holds the later ones back too, until an operator
     * replays it: DUO must get them in order.
     */
    public Uni<List<Task>> claim(int limit, Duration lease) {
        return pool.withTransaction(c -> c.preparedQuery("update task set status = 'RUNNING', attempts = attempts + 1, "
                        + "lease_until = now() + make_interval(secs => $2) where id in (select t.id from task t where "
                        + "((t.status = 'PENDING' and t.next_attempt_at <= now()) or (t.status = 'RUNNING' and "
                        + "t.lease_until < now())) and not (t.direction = 'OUT' and exists (select 1 from task e where "
                        + "e.direction = 'OUT' and e.participant_id = t.participant_id and e.seq < t.seq and e.status in "
                        + "('PENDING', 'RUNNING', 'DEAD'))) order by t.seq limit $1 for update skip locked) returning id, seq, "
                        + "direction, kind, participant_id, bericht_id, bsn_encrypted, payload, attempts")
                .execute(Tuple.of(limit, (double) lease.toSeconds())))
                .map(rows -> {
                    List<Task> tasks = new ArrayList<>();
                    for (Row r : rows) {
                        tasks.add(new Task(r.getUUID("id"), r.getLong("seq"), r.getString("direction"),
                                r.getString("kind"), r.getUUID("participant_id"), r.getUUID("bericht_id"),
                                r.getBuffer("bsn_encrypted") == null ? null : r.getBuffer("bsn_encrypted").getBytes(),
                                r.getString("payload"), r.getInteger("attempts")));
                    }
                    tasks.sort(Comparator.comparingLong(Task::seq));
                    return tasks;
                });
    }

    /** Done: the notification's BSN is erased with it (kept only as long as the processing needed it). */
    public Uni<Void> done(UUID id, String outcome, UUID participantId) {
        return pool.preparedQuery("update task set status = 'DONE', done_at = now(), lease_until = null, "
                        + "bsn_encrypted = null, outcome = $2, participant_id = coalesce($3, participant_id) where id = $1")
                .execute(Tuple.of(id, clip(outcome), participantId)).replaceWithVoid();
    }

    /** Failed: PENDING again at {@code nextAttempt}, or DEAD (kept, BSN included, until an operator replays it). */
    public Uni<Void> failed(UUID id, String outcome, boolean dead, OffsetDateTime nextAttempt) {
        return pool.preparedQuery("update task set status = $4, lease_until = null, outcome = $2, "
                        + "next_attempt_at = $3 where id = $1")
                .execute(Tuple.of(id, clip(outcome), nextAttempt, dead ? "DEAD" : "PENDING")).replaceWithVoid();
    }

    public Uni<TaskRow> find(UUID id) {
        return pool.preparedQuery(SELECT_ROW + "where id = $1").execute(Tuple.of(id))
                .map(rows -> rows(rows).get(0));
    }

    public Uni<List<TaskRow>> list(String status, int page, int pageSize) {
        return pool.preparedQuery(SELECT_ROW + "where status = $1 order by seq limit $2 offset $3")
                .execute(Tuple.of(status, pageSize, (page - 1) * pageSize))
                .map(TaskRepository::rows);
    }

    private static final String SELECT_ROW = "select id, seq, direction, kind, participant_id, bericht_id, status, "
            + "attempts, outcome, created_at, next_attempt_at, done_at from task ";

    private static List<TaskRow> rows(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        {
                    List<TaskRow> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new TaskRow(r.getUUID("id"), r.getLong("seq"), r.getString("direction"),
                                r.getString("kind"), r.getUUID("participant_id"), r.getUUID("bericht_id"),
                                r.getString("status"), r.getInteger("attempts"), r.getString("outcome"),
                                r.getOffsetDateTime("created_at"), r.getOffsetDateTime("next_attempt_at"),
                                r.getOffsetDateTime("done_at")));
                    }
                    return list;
        }
    }

    public Uni<Long> count(String status) {
        return pool.preparedQuery("select count(*) from task where status = $1").execute(Tuple.of(status))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** A DEAD task PENDING again with fresh attempts; empty when there is no DEAD task of this id. */
    public Uni<Optional<UUID>> replay(UUID id) {
        return pool.preparedQuery("update task set status = 'PENDING', attempts = 0, next_attempt_at = now(), "
                        + "outcome = 'replayed by an operator after: ' || coalesce(outcome, '') where id = $1 "
                        + "and status = 'DEAD' returning id")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getUUID("id"))
                        : Optional.empty());
    }

    public static OffsetDateTime utcNow() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
