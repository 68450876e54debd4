package nl.inburgering.kit.persistence;

import io.vertx.pgclient.PgException;
import java.util.Set;

/**
 * Whether a failure means "the database cannot be reached just now" (it is down, restarting, refusing connections,
 * or cut the connection) rather than "this request or event is wrong" (issue 14 item 3). Such a failure is
 * temporary and says nothing about the input, so a REST request gets a 503 to retry (never a 500), and a consumer
 * waits for the database instead of dead-lettering a good event.
 *
 * <p>Recognised anywhere in the cause chain (Hibernate Reactive and Mutiny wrap the driver's exception):
 * a refused or failed connect, a connection closed under us, the pool's wait for a connection timing out, and
 * PostgreSQL's own SQLSTATEs for it: class 08 (connection exception), 57P01-57P03 (admin or crash shutdown,
 * cannot connect now: starting up or shutting down) and 53300 (too many connections).
 *
 * <p>The kit runs its own statements on a connection it takes ({@code pool.withConnection}), never through
 * {@code pool.query()}: while the database is away the pool's own query path leaves a timer behind that later throws
 * "Result is already complete" into Vert.x's log (eclipse-vertx/vertx-sql-client#1706, open, 4.5.x).
 */
public final class DatabaseUnavailable {

    private static final Set<String> SQL_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final java.util.regex.Pattern CLOSED = java.util.regex.Pattern.compile(
            "Connection (is not active now|is closed|was closed)|Pool closed|Failed to read any response from the server");

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        return is(failure, 0);
    }

    private static boolean is(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketException // "Connection reset": the server went mid-statement
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || SQL_STATES.contains(pg.getSqlState()))) {
                return true;
            }
            // Vert.x's pool and connection failures have no class of their own (NoStackTraceThrowable, VertxException)
            String message = t.getMessage();
            if ((t instanceof io.vertx.core.impl.NoStackTraceThrowable || t instanceof io.vertx.core.VertxException)
                    && message != null && (message.equals("Timeout") || CLOSED.matcher(message).find())) {
                return true;
            }
            // A failure and the failed rollback after it arrive together
            if (t instanceof io.smallrye.mutiny.CompositeException composite) {
                for (Throwable each : composite.getCauses()) {
                    if (each != t && is(each, depth + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
