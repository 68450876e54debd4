package nl.inburgering.kit.testing;

import java.lang.reflect.Field;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;

/** How many query plans Hibernate holds in its plan cache (for tests of {@code PlanCacheBypass}). */
public final class PlanCache {

    private PlanCache() {
    }

    public static int cachedPlans(Mutiny.SessionFactory factory) {
        Object target = io.quarkus.arc.ClientProxy.unwrap(factory);
        // the Mutiny factory's ORM session factory is not public API; a test may look
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (SessionFactoryImplementor.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        return ((SessionFactoryImplementor) field.get(target)).getQueryEngine()
                                .getInterpretationCache().getNumberOfCachedQueryPlans();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        throw new IllegalStateException("no ORM session factory in " + target.getClass());
    }
}
