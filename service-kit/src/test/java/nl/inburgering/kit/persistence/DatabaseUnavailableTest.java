package nl.inburgering.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 3: a database that is away is an outage to wait for or to answer with a 503, never a defect (500) or a
 * poison event (dead letter); everything else is not.
 */
class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionIsUnavailableHoweverDeeplyWrapped() {
        assertThat(DatabaseUnavailable.is(new ConnectException("Connection refused"))).isTrue();
        assertThat(DatabaseUnavailable.is(new CompletionException(new IllegalStateException("session",
                new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void postgresShuttingDownStartingUpOrFullIsUnavailable() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300", "08006", "08001"}) {
            assertThat(DatabaseUnavailable.is(new PgException("terminating", "FATAL", state, null)))
                    .as(state).isTrue();
        }
    }

    @Test
    void aClosedConnectionOrThePoolsTimeoutIsUnavailable() {
        assertThat(DatabaseUnavailable.is(io.vertx.sqlclient.ClosedConnectionException.INSTANCE)).isTrue();
        assertThat(DatabaseUnavailable.is(new java.net.SocketException("Connection reset"))).isTrue();
        assertThat(DatabaseUnavailable.is(new io.vertx.core.impl.NoStackTraceThrowable("Timeout"))).isTrue();
        assertThat(DatabaseUnavailable.is(new io.vertx.core.impl.NoStackTraceThrowable(
                "Connection is not active now, current status: CLOSED"))).isTrue();
    }

    /** Seen in DatabaseRestartIT: the statement's failure and the failed rollback after it, as one Mutiny failure. */
    @Test
    void aFailureAndItsFailedRollbackTogetherAreUnavailable() {
        assertThat(DatabaseUnavailable.is(new io.smallrye.mutiny.CompositeException(
                new IllegalStateException("first"), new io.vertx.core.impl.NoStackTraceThrowable(
                        "Connection is not active now, current status: CLOSED")))).isTrue();
        assertThat(DatabaseUnavailable.is(new io.smallrye.mutiny.CompositeException(
                new IllegalStateException("first"), new IllegalArgumentException("second")))).isFalse();
    }

    @Test
    void aBrokenRuleOrABugIsNotUnavailable() {
        assertThat(DatabaseUnavailable.is(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(DatabaseUnavailable.is(new PgException("syntax", "ERROR", "42601", null))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.is(new io.vertx.core.impl.NoStackTraceThrowable("other"))).isFalse();
        assertThat(DatabaseUnavailable.is(null)).isFalse();
    }
}
