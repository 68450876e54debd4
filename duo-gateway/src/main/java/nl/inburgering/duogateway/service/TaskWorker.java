package nl.inburgering.duogateway.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.inburgering.duogateway.config.GatewayConfig;
import nl.inburgering.duogateway.domain.Task;
import nl.inburgering.duogateway.domain.TaskOutcome;
import nl.inburgering.duogateway.domain.rules.Backoff;
import nl.inburgering.duogateway.domain.rules.FailureKind;
import nl.inburgering.duogateway.repository.TaskRepository;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.logging.BsnMaskingFilter;
import org.jboss.logging.Logger;

/**
 * Runs the durable work of both directions (issue 13 items 2, 3): claims one due task at a time, runs it (a
 * notification through {@link NotificationProcessor}, a report through {@link ReportSender}) while renewing its
 * lease, and records what came of it under the claim's token (fencing: a worker whose lease ran out changes nothing):
 * DONE (an IN task's BSN erased), PENDING again after the backoff, or DEAD when the failure is permanent or the retry
 * window has passed, for an operator to replay or discard. Every outcome is audited, its text masked (DUO's error
 * texts are free text). A Vert.x timer, one run at a time per instance; instances share the table (SKIP LOCKED).
 */
@ApplicationScoped
public class TaskWorker {

    private static final Logger LOG = Logger.getLogger(TaskWorker.class);
    /** Tasks one run takes on, one after another, before the timer's next turn. */
    static final int PER_RUN = 20;

    @Inject
    io.vertx.core.Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    TaskRepository tasks;

    @Inject
    NotificationProcessor notifications;

    @Inject
    ReportSender reports;

    @Inject
    AuditLog audit;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long timerId = -1;
    private volatile long purgeTimerId = -1;

    void start(@Observes StartupEvent event) {
        timerId = vertx.setPeriodic(config.work().interval().toMillis(), id -> run());
        purgeTimerId = vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> purge().subscribe().with(n -> { },
                e -> LOG.warnf("duo-gateway purge failed: %s", e.getClass().getSimpleName())));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        if (purgeTimerId >= 0) {
            vertx.cancelTimer(purgeTimerId);
        }
    }

    private void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        runOnce().onTermination().invoke(() -> running.set(false))
                .subscribe().with(count -> { }, e -> LOG.warnf("duo-gateway work run failed: %s",
                        e.getClass().getSimpleName()));
    }

    /** One run: DEAD what keeps killing its worker, then the due tasks one by one. Returns how many it ran. */
    public Uni<Integer> runOnce() {
        return tasks.reap(config.work().maxLeaseExpiries())
                .call(reaped -> {
                    Uni<Void> all = Uni.createFrom().voidItem();
                    for (TaskRepository.Reaped r : reaped) {
                        LOG.warnf("duo-gateway task %s (%s %s) is DEAD: its worker stopped while running it %d times",
                                r.id(), r.direction(), r.kind(), config.work().maxLeaseExpiries());
                        all = all.chain(() -> auditSafely(action(r.direction(), r.kind()), objectType(r.direction()),
                                Task.IN.equals(r.direction()) ? r.berichtId() : r.participantId(), "DEAD",
                                r.outcome()));
                    }
                    return all;
                })
                .chain(() -> next(0));
    }

    private Uni<Integer> next(int ran) {
        if (ran >= PER_RUN) {
            return Uni.createFrom().item(ran);
        }
        return tasks.claim(config.work().lease()).chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(ran)
                : runTask(claimed.get()).chain(() -> next(ran + 1)));
    }

    /** Retention (DONE and DISCARDED rows, DEAD notifications' sealed BSNs); hourly, and for tests. */
    public Uni<Integer> purge() {
        return tasks.purge(config.work().keepFinished(), config.work().keepDeadNotifications());
    }

    private Uni<Void> runTask(Task task) {
        Uni<TaskOutcome> attempt = Uni.createFrom().deferred(() -> Task.IN.equals(task.direction())
                ? notifications.process(task) : reports.send(task));
        // Renew the lease while the attempt runs (several calls, each up to its deadline), so no other instance
        // takes the task over from a live worker; a renewal that finds the task gone from this claim stops.
        long period = Math.max(1000, config.work().lease().toMillis() / 3);
        long renewal = vertx.setPeriodic(period, id -> tasks.renew(task, config.work().lease()).subscribe().with(
                still -> {
                    if (!still) {
                        vertx.cancelTimer(id);
                    }
                }, e -> { }));
        return attempt
                .onFailure().recoverWithItem(e -> {
                    String text = e instanceof nl.inburgering.duogateway.domain.ExchangeFailed ? e.getMessage()
                            : e.getClass().getSimpleName() + ": " + e.getMessage();
                    return FailureKind.of(e) == FailureKind.PERMANENT ? new TaskOutcome.Dead(text)
                            : new TaskOutcome.Retry(text);
                })
                .onTermination().invoke(() -> vertx.cancelTimer(renewal))
                .chain(outcome -> finish(task, outcome));
    }

    private Uni<Void> finish(Task task, TaskOutcome outcome) {
        Backoff backoff = new Backoff(config.work().firstBackoff(), config.work().maxBackoff(),
                config.work().retryWindow());
        // DUO's fouttekst and our exceptions' messages are free text: never store, audit or log a BSN from them.
        String text = BsnMaskingFilter.mask(String.valueOf(outcome.text()));
        Object object = Task.IN.equals(task.direction()) ? task.berichtId() : task.participantId();
        Uni<Boolean> recorded;
        String result;
        if (outcome instanceof TaskOutcome.Done done) {
            recorded = tasks.done(task, text, done.participantId());
            result = AuditLog.SUCCESS;
        } else {
            boolean dead = outcome instanceof TaskOutcome.Dead
                    || backoff.exhausted(task.retrySince(), TaskRepository.utcNow().toInstant());
            recorded = tasks.failed(task, text, dead,
                    TaskRepository.utcNow().plus(backoff.after(Math.max(1, task.attempts()))));
            result = dead ? "DEAD" : "RETRY";
            if (dead) {
                LOG.warnf("duo-gateway task %s (%s %s) is DEAD after %d attempt(s): %s", task.id(), task.direction(),
                        task.kind(), task.attempts(), text);
            }
        }
        return recorded.chain(mine -> {
            if (!mine) {
                // Another claim has the task (this worker's lease ran out): its outcome is that claim's to record.
                LOG.warnf("duo-gateway task %s: outcome of a stale claim dropped (%s)", task.id(), result);
                return auditSafely(action(task.direction(), task.kind()), objectType(task.direction()), object,
                        "STALE", result + ": " + text);
            }
            return auditSafely(action(task.direction(), task.kind()), objectType(task.direction()), object, result,
                    text);
        });
    }

    /** An audit record that cannot undo the work it records: a failed write is logged, the outcome stands. */
    private Uni<Void> auditSafely(String action, String objectType, Object object, String result, String reason) {
        return audit.recordOnOwnConnection(action, objectType, object, result, reason)
                .onFailure().invoke(e -> LOG.warnf("could not audit %s %s: %s", action, result,
                        e.getClass().getSimpleName()))
                .onFailure().recoverWithNull();
    }

    static String action(String direction, String kind) {
        return Task.IN.equals(direction) ? "duo.notification.process" : "duo.report." + kind.toLowerCase();
    }

    static String objectType(String direction) {
        return Task.IN.equals(direction) ? "notification" : "participant";
    }
}
