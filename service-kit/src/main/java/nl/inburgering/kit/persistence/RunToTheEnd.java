package nl.inburgering.kit.persistence;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * A unit of work that a client's hang-up does not cut short. Quarkus REST cancels the answer's {@code Uni} when the
 * connection closes; a cancellation that reaches an open reactive transaction closes its session mid-statement: the
 * transaction rolls back (and with it the audit record of a read that was already done), and the steps still in
 * flight fail on the closed session, each an ERROR line. Started work therefore runs to its commit or its rollback
 * as if the client were still there; only the answer is dropped. A client that retries a write is covered by its
 * {@code Idempotency-Key} or by the rule that refuses a second one.
 */
public final class RunToTheEnd {

    private RunToTheEnd() {
    }

    /** {@code work}, subscribed on its own: a cancellation of the returned Uni does not reach it. */
    public static <T> Uni<T> of(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> work.get().subscribe().with(emitter::complete, emitter::fail));
    }
}
