package nl.inburgering.duogateway.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.FollowedHoursKind;

/**
 * What DUO should know of each participant's MAP, PVT and Z-route (table {@code person}), kept from our events so a
 * PUT is built from the current state. Of two facts about one module the one recorded last (CloudEvent time) wins,
 * whatever order they arrive in; the consumer writes in its transaction, the worker reads on the pool.
 */
@ApplicationScoped
public class PersonRepository {

    /** One module's state: its date (null once withdrawn) and its verwijtbaar assessment. */
    public record Module(LocalDate date, Boolean culpable) {
    }

    /** The three modules, as DUO should have them. */
    public record Person(Module map, Module pvt, Module zroute) {
    }

    /** map, pvt or zroute: the column prefix. */
    public enum Kind { MAP, PVT, ZROUTE }

    @Inject
    Pool pool;

    /**
     * Records a module's fact in the current transaction if it is newer than the one kept.
     *
     * @return whether it changed what DUO should have
     */
    public Uni<Boolean> record(UUID participantId, Kind kind, LocalDate date, Boolean culpable, Instant recordedAt) {
        String p = kind.name().toLowerCase();
        String culpableColumn = kind == Kind.ZROUTE ? "" : ", " + p + "_culpable";
        String culpableValue = kind == Kind.ZROUTE ? "" : ", :culpable";
        String culpableSet = kind == Kind.ZROUTE ? "" : ", " + p + "_culpable = excluded." + p + "_culpable";
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery("insert into person (participant_id, " + p + "_date" + culpableColumn + ", " + p
                            + "_recorded_at) values (:id, :date" + culpableValue + ", :at) on conflict (participant_id) do "
                            + "update set " + p + "_date = excluded." + p + "_date" + culpableSet + ", " + p
                            + "_recorded_at = excluded." + p + "_recorded_at where person." + p + "_recorded_at is null "
                            + "or person." + p + "_recorded_at < excluded." + p + "_recorded_at")
                    .setParameter("id", participantId)
                    .setParameter("date", date)
                    .setParameter("at", recordedAt.atOffset(ZoneOffset.UTC));
            if (kind != Kind.ZROUTE) {
                q.setParameter("culpable", culpable);
            }
            return q.executeUpdate();
        }).map(rows -> rows == 1);
    }

    /**
     * Records the new total of one kind of followed hours in the current transaction if it is newer than the one kept.
     *
     * @return whether it changed what DUO should have
     */
    public Uni<Boolean> recordHours(UUID participantId, FollowedHoursKind kind, BigDecimal total, Instant recordedAt) {
        String c = column(kind);
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into person (participant_id, " + c + ", " + c
                        + "_recorded_at) values (:id, :total, :at) on conflict (participant_id) do update set " + c
                        + " = excluded." + c + ", " + c + "_recorded_at = excluded." + c + "_recorded_at where person."
                        + c + "_recorded_at is null or person." + c + "_recorded_at < excluded." + c + "_recorded_at")
                .setParameter("id", participantId)
                .setParameter("total", total)
                .setParameter("at", recordedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate()).map(rows -> rows == 1);
    }

    /** The current total of one kind of followed hours; zero when none was recorded. */
    public Uni<BigDecimal> hours(UUID participantId, FollowedHoursKind kind) {
        return pool.preparedQuery("select " + column(kind) + " from person where participant_id = $1")
                .execute(Tuple.of(participantId))
                .map(rows -> {
                    BigDecimal total = rows.iterator().hasNext() ? rows.iterator().next().getBigDecimal(0) : null;
                    return total == null ? BigDecimal.ZERO : total;
                });
    }

    private static String column(FollowedHoursKind kind) {
        return switch (kind) {
            case COURSE -> "course_hours";
            case PARTICIPATION -> "participation_hours";
            case INTAKE_LANGUAGE -> "intake_language_hours";
        };
    }

    public Uni<Optional<Person>> find(UUID participantId) {
        return pool.preparedQuery("select * from person where participant_id = $1").execute(Tuple.of(participantId))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional.of(new Person(new Module(r.getLocalDate("map_date"), r.getBoolean("map_culpable")),
                            new Module(r.getLocalDate("pvt_date"), r.getBoolean("pvt_culpable")),
                            new Module(r.getLocalDate("zroute_date"), null)));
                });
    }
}
