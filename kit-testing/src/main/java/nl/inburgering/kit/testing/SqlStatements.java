package nl.inburgering.kit.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The SQL statements Hibernate Reactive sends while a piece of test code runs: every statement passes Hibernate's
 * statement logger ({@code org.hibernate.SQL}, DEBUG), which this turns on for the duration and listens to, without
 * printing. Everything the application sends meanwhile is seen (the outbox relay, consumers, the audit's group
 * commit), so a test counts only the statements it can tell apart, e.g. {@link #selectsFrom} a table. Use inside a
 * @QuarkusTest (the application runs in the test's JVM).
 */
public final class SqlStatements {

    private static final String CATEGORY = "org.hibernate.SQL";

    private final List<String> statements;

    private SqlStatements(List<String> statements) {
        this.statements = List.copyOf(statements);
    }

    /** Runs {@code work} and returns the statements sent while it ran. */
    public static SqlStatements during(Runnable work) {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(CATEGORY);
        Level level = logger.getLevel();
        boolean parents = logger.getUseParentHandlers();
        logger.addHandler(listener);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.FINE);
        try {
            work.run();
        } finally {
            logger.setLevel(level);
            logger.setUseParentHandlers(parents);
            logger.removeHandler(listener);
        }
        synchronized (seen) {
            return new SqlStatements(seen);
        }
    }

    public List<String> all() {
        return statements;
    }

    /** The statements that match {@code condition}. */
    public List<String> matching(Predicate<String> condition) {
        return statements.stream().filter(condition).toList();
    }

    /** The select statements that read {@code table} (in their from clause or a subselect). */
    public List<String> selectsFrom(String table) {
        String from = "from " + table.toLowerCase(Locale.ROOT) + " ";
        return matching(sql -> {
            String s = sql.toLowerCase(Locale.ROOT).strip();
            return s.startsWith("select") && (s + " ").contains(from);
        });
    }
}
