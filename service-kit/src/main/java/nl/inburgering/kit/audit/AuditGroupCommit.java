package nl.inburgering.kit.audit;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit of the audit records of reads (issue 15): a read's record must be durable before its answer goes out
 * (an answered read without its record after a crash is not allowed), but a transaction per read costs more than the
 * read. Records that arrive while one batch is being written wait and go together in the next, as one pipelined batch
 * of inserts under one Sync, which PostgreSQL runs as one implicit transaction: all or none. Each read's Uni completes
 * when its batch has committed, on its own Vert.x context. No timer and no batch window: alone, a record is written
 * at once; under load the batches grow by themselves.
 */
@ApplicationScoped
public class AuditGroupCommit {

    static final int MAX_BATCH = 500;

    @Inject
    Pool pool;

    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    private record Waiting(Tuple row, UniEmitter<? super Void> emitter, Context context) {
    }

    /** Completes once the row (the columns of {@link AuditLog}'s insert) is committed; fails if its batch failed. */
    Uni<Void> write(Tuple row) {
        return Uni.createFrom().emitter(emitter -> {
            queue.add(new Waiting(row, emitter, io.vertx.core.Vertx.currentContext()));
            writeNext();
        });
    }

    private void writeNext() {
        if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        List<Waiting> batch = new ArrayList<>();
        for (Waiting w; batch.size() < MAX_BATCH && (w = queue.poll()) != null; ) {
            batch.add(w);
        }
        if (batch.isEmpty()) {
            writing.set(false);
            writeNext(); // a record queued between the check and the poll
            return;
        }
        List<Tuple> rows = batch.stream().map(Waiting::row).toList();
        pool.withConnection(c -> c.preparedQuery(AuditLog.INSERT_ONE).executeBatch(rows))
                .subscribe().with(ok -> written(batch, null), failure -> written(batch, failure));
    }

    private void written(List<Waiting> batch, Throwable failure) {
        writing.set(false);
        writeNext();
        for (Waiting w : batch) {
            Runnable settle = failure == null ? () -> w.emitter().complete(null) : () -> w.emitter().fail(failure);
            if (w.context() != null) {
                w.context().runOnContext(v -> settle.run());
            } else {
                settle.run();
            }
        }
    }
}
