package nl.inburgering.duogateway.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.inburgering.duogateway.config.GatewayConfig;
import nl.inburgering.duogateway.domain.ExchangeFailed;
import nl.inburgering.duogateway.domain.Task;
import nl.inburgering.duogateway.domain.TaskOutcome;
import nl.inburgering.duogateway.domain.rules.Backoff;
import nl.inburgering.duogateway.domain.rules.FailureKind;
import nl.inburgering.duogateway.repository.TaskRepository;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.logging.BsnMaskingFilter;
import org.jboss.logging.Logger;

/**
 * Runs the durable work of both directions (issue 13 items 2, 3): claims due tasks, runs each (a notification through
 * {@link NotificationProcessor}, a report through {@link ReportSender}), and records what came of it: DONE (an IN
 * task's BSN erased), PENDING again after the backoff, or DEAD after the last attempt or a permanent failure, for an
 * operator to see and replay. Every outcome is audited. A Vert.x timer, one run at a time per instance; instances
 * share the table (SKIP LOCKED), and a lease returns the work of an instance that died.
 */
@ApplicationScoped
public class TaskWorker {

    private static final Logger LOG = Logger.getLogger(TaskWorker.class);
    static final int BATCH = 10;
    static final Duration LEASE = Duration.ofMinutes(5);

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

    void start(@Observes StartupEvent event) {
        timerId = vertx.setPeriodic(config.work().interval().toMillis(), id -> run());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
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

    /** One run: the tasks due now, one after another. Returns how many it ran. */
    public Uni<Integer> runOnce() {
        return tasks.claim(BATCH, LEASE).chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(0)
                : Multi.createFrom().iterable(claimed).onItem().transformToUniAndConcatenate(this::runTask)
                        .collect().asList().map(java.util.List::size));
    }

    private Uni<Void> runTask(Task task) {
        Uni<TaskOutcome> attempt = Uni.createFrom().deferred(() -> Task.IN.equals(task.direction())
                ? notifications.process(task) : reports.send(task));
        return attempt
                .onFailure().recoverWithItem(e -> e instanceof ExchangeFailed f
                        ? (f.kind() == FailureKind.PERMANENT ? new TaskOutcome.Dead(f.getMessage())
                                : new TaskOutcome.Retry(f.getMessage()))
                        : new TaskOutcome.Retry(e.getClass().getSimpleName() + ": "
                                + BsnMaskingFilter.mask(String.valueOf(e.getMessage()))))
                .chain(outcome -> finish(task, outcome));
    }

    private Uni<Void> finish(Task task, TaskOutcome outcome) {
        Backoff backoff = new Backoff(config.work().firstBackoff(), config.work().maxBackoff(),
                config.work().maxAttempts());
        String action = Task.IN.equals(task.direction()) ? "duo.notification.process" : "duo.report." + task.kind().toLowerCase();
        Object object = Task.IN.equals(task.direction()) ? task.berichtId() : task.participantId();
        String objectType = Task.IN.equals(task.direction()) ? "notification" : "participant";
        Uni<Void> recorded;
        String result;
        if (outcome instanceof TaskOutcome.Done done) {
            recorded = tasks.done(task.id(), done.text(), done.participantId());
            result = AuditLog.SUCCESS;
        } else {
            boolean dead = outcome instanceof TaskOutcome.Dead || backoff.exhausted(task.attempts());
            recorded = tasks.failed(task.id(), outcome.text(), dead,
                    TaskRepository.utcNow().plus(backoff.after(Math.max(1, task.attempts()))));
            result = dead ? "DEAD" : "RETRY";
            if (dead) {
                LOG.warnf("duo-gateway task %s (%s %s) is DEAD after %d attempt(s): %s", task.id(), task.direction(),
                        task.kind(), task.attempts(), outcome.text());
            }
        }
        return recorded.chain(() -> audit.recordOnOwnConnection(action, objectType, object, result, outcome.text()));
    }
}
