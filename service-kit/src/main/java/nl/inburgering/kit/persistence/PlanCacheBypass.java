package nl.inburgering.kit.persistence;

import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Keeps a native SELECT out of Hibernate's query plan cache. Hibernate Reactive 3.2 wraps a native query's result
 * mapping in a {@code ReactiveResultSetMapping} that has no {@code equals}, so the cache key of a native select
 * ({@code SelectInterpretationsKey}: the SQL and that mapping) never matches: every execution misses and adds one more
 * plan under the same hash. After one bench run pip's and exam's caches held 2,048 such copies (the default maximum),
 * every lookup compared against all of them — 15-18 % of those services' CPU under read load (JFR, issue 15) — and
 * the copies crowd out the HQL plans. Hibernate never caches a native query with a list-valued parameter
 * ({@code NativeQueryImpl.isCacheableQuery}), so the hot native selects end with the always-true {@link #PREDICATE}
 * and {@link #bind} it. Remove this once Hibernate Reactive's mapping compares equal (hibernate-reactive#4078 adds
 * {@code setQueryPlanCacheable}).
 */
public final class PlanCacheBypass {

    /** An always-true condition on a list-valued parameter; append with {@code and} (or {@code where}). */
    public static final String PREDICATE = "0 not in (:planCacheBypass)";

    private PlanCacheBypass() {
    }

    /** Binds the parameter of {@link #PREDICATE}. */
    public static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query) {
        return query.setParameter("planCacheBypass", List.of(1));
    }
}
