package nl.inburgering.kit.persistence;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import nl.inburgering.kit.config.KitConfig;

/**
 * The reactive PostgreSQL pool as Quarkus configures it, with the two waits on the database bounded
 * ({@code kit.database.*}): Quarkus has no setting for the pool's acquisition timeout or the connect timeout, and
 * Vert.x's defaults (30 s, 60 s) would let a request hang for a minute while the database restarts. With these a
 * request fails within seconds and {@link DatabaseUnavailable} answers it with a 503 (issue 14 item 3).
 */
@ApplicationScoped
public class BoundedWaitPoolCreator implements PgPoolCreator {

    @Inject
    KitConfig config;

    @Override
    public Pool create(Input input) {
        input.poolOptions().setConnectionTimeout((int) config.database().acquisitionTimeout().toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        input.pgConnectOptionsList().forEach(o -> o.setConnectTimeout((int) config.database().connectTimeout()
                .toMillis()));
        // the driver, as Quarkus' own default does: Quarkus casts the result to PgPool
        return io.vertx.pgclient.spi.PgDriver.INSTANCE.createPool(input.vertx(), input.pgConnectOptionsList(),
                input.poolOptions());
    }
}
