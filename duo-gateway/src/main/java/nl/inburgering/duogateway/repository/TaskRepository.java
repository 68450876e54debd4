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
     * Stores a notification in the current transaction, once per berichtId; {@code subjectKey} (a keyed HMAC of its
     * BSN, or null) orders one person's notifications.
     *
     * @return whether it is new (false: DUO sent this berichtId before)
     */
    public Uni<Boolean> enqueueNotification(UUID berichtId, String gebeurtenisId, byte[] bsnEncrypted,
            byte[] subjectKey, String payload) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into task (id, direction, kind, bericht_id, "
                        + "bsn_encrypted, subject_key, payload, status, next_attempt_at, created_at, retry_since) values "
                        + "(:id, 'IN', :kind, :bericht, :bsn, :subject, :payload, 'PENDING', now(), now(), now()) "
                        + "on conflict (bericht_id) do nothing")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", gebeurtenisId)
                .setParameter("bericht", berichtId)
                .setParameter("bsn", bsnEncrypted)
                .setParameter("subject", subjectKey)
                .setParameter("payload", payload)
                .executeUpdate())
                .map(rows -> rows == 1);
    }

    /** Whether the notification stored under {@code berichtId} is this one (code, person, facts), in the transaction. */
    public Uni<Boolean> sameNotification(UUID berichtId, String gebeurtenisId, byte[] subjectKey, String payload) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select count(*) from task where bericht_id = "
                        + ":bericht and kind = :kind and coalesce(subject_key, ''::bytea) = coalesce(cast(:subject as bytea), ''::bytea) and payload = :payload",
                        Long.class)
                .setParameter("bericht", berichtId)
                .setParameter("kind", gebeurtenisId)
                .setParameter("subject", subjectKey)
                .setParameter("payload", payload)
                .getSingleResult())
                .map(n -> n == 1);
    }

    /**
     * Queues a report to DUO in the current transaction (a consumer's); {@code reportable} false keeps it DISCARDED
     * with {@code why} (an event from before the cut-over), for an operator's replay should it be wanted.
     */
    public Uni<Void> enqueueReport(String kind, UUID participantId, String payload, boolean reportable, String why) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into task (id, direction, kind, "
                        + "participant_id, payload, status, next_attempt_at, created_at, retry_since, done_at, outcome) "
                        + "values (:id, 'OUT', :kind, :participant, :payload, :status, now(), now(), now(), "
                        + (reportable ? "null" : "now()") + ", :why)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", kind)
                .setParameter("participant", participantId)
                .setParameter("payload", payload)
                .setParameter("status", reportable ? "PENDING" : "DISCARDED")
                .setParameter("why", why)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** A task that went DEAD at a claim, for the worker to audit and log. */
    public record Reaped(UUID id, String direction, String kind, UUID participantId, UUID berichtId, String outcome) {
    }

    /**
     * Before a claim: a running task whose lease ran out {@code maxLeaseExpiries} times (its worker died or hung each
     * time: it may be the cause) is DEAD, so it cannot take the next instance down too.
     */
    public Uni<List<Reaped>> reap(int maxLeaseExpiries) {
        return pool.preparedQuery("update task set status = 'DEAD', lease_until = null, lease_token = null, "
                        + "lease_expiries = lease_expiries + 1, outcome = left('its worker stopped while running it ' "
                        + "|| (lease_expiries + 1) || ' times (a crash or a hang): DEAD, it may be the cause; last: ' "
                        + "|| coalesce(outcome, 'none'), 1000) where status = 'RUNNING' and lease_until < now() and "
                        + "lease_expiries + 1 >= $1 returning id, direction, kind, participant_id, bericht_id, outcome")
                .execute(Tuple.of(maxLeaseExpiries))
                .map(rows -> {
                    List<Reaped> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new Reaped(r.getUUID("id"), r.getString("direction"), r.getString("kind"),
                                r.getUUID("participant_id"), r.getUUID("bericht_id"), r.getString("outcome")));
                    }
                    return list;
                });
    }

    /**
     * Claims the next due task, if any, for {@code lease} under a new token (fencing: only that token finishes it or
     * renews the lease): a pending one whose time has come, or a running one whose lease ran out (its worker died).
     * Order is kept only where DUO needs it (issue 13 review): a MAP, PVT, Z-route or hours report waits while its
     * participant's PIP is open or DEAD and DUO has none from us yet; a PIP or its deletion waits for the earlier ones
     * still open; a PUT waits for an earlier open one of its kind (each carries the whole state: never two at once);
     * a notification waits for an earlier open one of the same person (same subject key). A DEAD task blocks nothing
     * but the reports that need its PIP. Several instances never claim the same row (SKIP LOCKED).
     */
    public Uni<Optional<Task>> claim(Duration lease) {
        UUID token = UUID.randomUUID();
        return pool.withTransaction(c -> c.preparedQuery("update task set status = 'RUNNING', attempts = attempts + 1, "
                        + "lease_expiries = lease_expiries + (case when status = 'RUNNING' then 1 else 0 end), "
                        + "lease_token = $2, lease_until = now() + make_interval(secs => $1) where id = (select t.id "
                        + "from task t where t.status in ('PENDING', 'RUNNING') and ((t.status = 'PENDING' and "
                        + "t.next_attempt_at <= now()) or (t.status = 'RUNNING' and t.lease_until < now())) "
                        + "and not (t.direction = 'OUT' and exists (select 1 from task e where e.direction = 'OUT' "
                        + "and e.participant_id = t.participant_id and e.seq < t.seq and e.status in ('PENDING', "
                        + "'RUNNING') and (e.kind = t.kind or (e.kind in ('PIP', 'PIP_DELETE') and t.kind in ('PIP', "
                        + "'PIP_DELETE'))))) "
                        + "and not (t.direction = 'OUT' and t.kind not in ('PIP', 'PIP_DELETE') and exists (select 1 "
                        + "from task p where p.direction = 'OUT' and p.participant_id = t.participant_id and p.kind = "
                        + "'PIP' and p.status in ('PENDING', 'RUNNING', 'DEAD')) and not exists (select 1 from person "
                        + "x where x.participant_id = t.participant_id and x.pip_reported_at is not null)) "
                        + "and not (t.direction = 'IN' and t.subject_key is not null and exists (select 1 from task e "
                        + "where e.direction = 'IN' and e.subject_key = t.subject_key and e.seq < t.seq and e.status "
                        + "in ('PENDING', 'RUNNING'))) "
                        + "order by t.seq limit 1 for update skip locked) returning id, seq, direction, kind, "
                        + "participant_id, bericht_id, bsn_encrypted, payload, attempts, lease_token, retry_since")
                .execute(Tuple.of((double) lease.toMillis() / 1000, token)))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional.of(new Task(r.getUUID("id"), r.getLong("seq"), r.getString("direction"),
                            r.getString("kind"), r.getUUID("participant_id"), r.getUUID("bericht_id"),
                            r.getBuffer("bsn_encrypted") == null ? null : r.getBuffer("bsn_encrypted").getBytes(),
                            r.getString("payload"), r.getInteger("attempts"), r.getUUID("lease_token"),
                            r.getOffsetDateTime("retry_since").toInstant()));
                });
    }

    /** Extends the lease of a task still running under {@code token}; false when it is no longer this claim's. */
    public Uni<Boolean> renew(Task task, Duration lease) {
        return pool.preparedQuery("update task set lease_until = now() + make_interval(secs => $3) where id = $1 "
                        + "and lease_token = $2 and status = 'RUNNING'")
                .execute(Tuple.of(task.id(), task.leaseToken(), (double) lease.toMillis() / 1000))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Done, if the task is still this claim's (fenced by its token): the notification's BSN is erased with it (kept
     * only as long as the processing needed it). A DONE PIP report marks that DUO has a PIP of the participant from
     * us (a DONE deletion that it has none), in the same transaction.
     *
     * @return false when another claim has the task now (this worker's lease ran out): nothing was changed
     */
    public Uni<Boolean> done(Task task, String outcome, UUID participantId) {
        return pool.withTransaction(c -> c.preparedQuery("update task set status = 'DONE', done_at = now(), "
                        + "lease_until = null, lease_token = null, bsn_encrypted = null, outcome = $3, participant_id = "
                        + "coalesce($4, participant_id) where id = $1 and lease_token = $2 and status = 'RUNNING'")
                .execute(Tuple.of(task.id(), task.leaseToken(), clip(outcome), participantId))
                .chain(rows -> {
                    if (rows.rowCount() != 1) {
                        return Uni.createFrom().item(false);
                    }
                    if (!Task.OUT.equals(task.direction()) || !(task.kind().equals("PIP")
                            || task.kind().equals("PIP_DELETE"))) {
                        return Uni.createFrom().item(true);
                    }
                    return c.preparedQuery("insert into person (participant_id, pip_reported_at) values ($1, $2) on "
                                    + "conflict (participant_id) do update set pip_reported_at = excluded.pip_reported_at")
                            .execute(Tuple.of(task.participantId(), task.kind().equals("PIP") ? utcNow() : null))
                            .replaceWith(true);
                }));
    }

    /**
     * Failed, if the task is still this claim's (fenced by its token): PENDING again at {@code nextAttempt}, or DEAD
     * (kept, BSN included, until an operator replays or discards it).
     *
     * @return false when another claim has the task now: nothing was changed
     */
    public Uni<Boolean> failed(Task task, String outcome, boolean dead, OffsetDateTime nextAttempt) {
        return pool.preparedQuery("update task set status = $5, lease_until = null, lease_token = null, outcome = $3, "
                        + "next_attempt_at = $4 where id = $1 and lease_token = $2 and status = 'RUNNING'")
                .execute(Tuple.of(task.id(), task.leaseToken(), clip(outcome), nextAttempt, dead ? "DEAD" : "PENDING"))
                .map(rows -> rows.rowCount() == 1);
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

    /**
     * A DEAD or DISCARDED task PENDING again with a fresh retry window, in the current transaction (the operator's,
     * with its audit record); false when there is no such task of this id. It keeps its place (seq) in its
     * participant's or person's order.
     */
    public Uni<Boolean> replay(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REPLAY + "where id = :id and status in ('DEAD', "
                        + "'DISCARDED')").setParameter("id", id).executeUpdate())
                .map(rows -> rows == 1);
    }

    /**
     * Every task of {@code status} (DEAD or DISCARDED), of one direction and kind where given, PENDING again, in the
     * current transaction.
     */
    public Uni<Integer> replayAll(String status, String direction, String kind) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REPLAY + "where status = :status and "
                        + "direction like :direction and kind like :kind")
                .setParameter("status", status)
                .setParameter("direction", direction == null ? "%" : direction)
                .setParameter("kind", kind == null ? "%" : kind)
                .executeUpdate());
    }

    private static final String REPLAY = "update task set status = 'PENDING', attempts = 0, lease_expiries = 0, "
            + "retry_since = now(), next_attempt_at = now(), done_at = null, outcome = left('replayed by an operator "
            + "after: ' || coalesce(outcome, ''), 1000) ";

    /**
     * A DEAD or PENDING task set aside by an operator with {@code reason} (no BSN: masked by the caller), in the
     * current transaction; a notification's sealed BSN is erased. False when there is no such task of this id (a
     * RUNNING one finishes first).
     */
    public Uni<Boolean> discard(UUID id, String reason) {
        return Panache.getSession().chain(s -> s.createNativeQuery("update task set status = 'DISCARDED', done_at = "
                        + "now(), bsn_encrypted = null, outcome = left('discarded by an operator: ' || :reason || ' "
                        + "(after: ' || coalesce(outcome, '') || ')', 1000) where id = :id and status in ('DEAD', "
                        + "'PENDING')")
                .setParameter("id", id)
                .setParameter("reason", reason)
                .executeUpdate())
                .map(rows -> rows == 1);
    }

    /**
     * Retention: DONE and DISCARDED tasks older than {@code keepFinished} are deleted; a DEAD notification older than
     * {@code keepDead} is DISCARDED and its sealed BSN erased (an operator had that long).
     *
     * @return how many rows were deleted or discarded
     */
    public Uni<Integer> purge(Duration keepFinished, Duration keepDead) {
        return pool.preparedQuery("delete from task where status in ('DONE', 'DISCARDED') and done_at < now() - "
                        + "make_interval(secs => $1)")
                .execute(Tuple.of((double) keepFinished.toSeconds()))
                .chain(deleted -> pool.preparedQuery("update task set status = 'DISCARDED', done_at = now(), "
                                + "bsn_encrypted = null, outcome = left('not processed within the retention: discarded, "
                                + "its BSN erased; after: ' || coalesce(outcome, ''), 1000) where status = 'DEAD' and "
                                + "direction = 'IN' and created_at < now() - make_interval(secs => $1)")
                        .execute(Tuple.of((double) keepDead.toSeconds()))
                        .map(discarded -> deleted.rowCount() + discarded.rowCount()));
    }

    public static OffsetDateTime utcNow() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
