package nl.inburgering.kit.testing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.List;
import java.util.Map;

/** Reads the service's own database, for what a REST answer cannot show (audit records, stored facts). */
public final class Db {

    private Db() {
    }

    /** The single number {@code sql} selects (e.g. a count), with named parameters. */
    public static long number(String sql, Map<String, Object> parameters) {
        Object result = single(sql, parameters);
        return ((Number) result).longValue();
    }

    /** The text {@code sql} selects, or null. */
    public static String text(String sql, Map<String, Object> parameters) {
        Object result = single(sql, parameters);
        return result == null ? null : result.toString();
    }

    /** The first column of every row {@code sql} selects, as text. */
    @SuppressWarnings("unchecked")
    public static List<String> texts(String sql, Map<String, Object> parameters) {
        List<Object> rows = (List<Object>) run(sql, parameters, false);
        return rows.stream().map(r -> r == null ? null : r.toString()).toList();
    }

    /** Every row {@code sql} selects, each as its columns (a row of one column too). */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(String sql, Map<String, Object> parameters) {
        List<Object> rows = (List<Object>) run(sql, parameters, false);
        return rows.stream().map(r -> r instanceof Object[] columns ? columns : new Object[] {r}).toList();
    }

    /** Runs a statement that selects nothing (DDL, e.g. a trigger that makes a consumer fail), in a transaction. */
    public static void execute(String sql) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(sql).executeUpdate())));
        } catch (Throwable e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    private static Object single(String sql, Map<String, Object> parameters) {
        return run(sql, parameters, true);
    }

    private static Object run(String sql, Map<String, Object> parameters, boolean single) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> {
                        var query = session.createNativeQuery(sql);
                        parameters.forEach(query::setParameter);
                        return single ? query.getSingleResult() : query.getResultList();
                    })));
        } catch (Throwable e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
