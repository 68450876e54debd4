package nl.inburgering.pip.support;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.Map;

/** Reads the service's database directly, for assertions a REST answer cannot show (audit records, stored facts). */
public final class Db {

    private Db() {
    }

    /** The single number {@code sql} selects (e.g. a count), with named parameters. */
    public static long number(String sql, Map<String, Object> parameters) {
        try {
            Object result = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> {
                        var query = session.createNativeQuery(sql);
                        parameters.forEach(query::setParameter);
                        return query.getSingleResult();
                    })));
            return ((Number) result).longValue();
        } catch (Throwable e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** The text {@code sql} selects. */
    public static String text(String sql, Map<String, Object> parameters) {
        try {
            Object result = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> {
                        var query = session.createNativeQuery(sql);
                        parameters.forEach(query::setParameter);
                        return query.getSingleResult();
                    })));
            return result == null ? null : result.toString();
        } catch (Throwable e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
