package nl.inburgering.kit.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.config.KitConfig;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbox backlog of this service, for operators (issue 12 item 4): how many events wait for the relay, since
 * when, and how many of them failed to send already. Every service has it, from service-kit.
 */
@Path("/v1/operations/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class OutboxBacklogResource {

    static final AuditAction READ = AuditAction.of("outbox.backlog.read", "outbox");

    @Schema(name = "OutboxTopicBacklog", description = "The events waiting for one topic")
    public record TopicBacklog(@Schema(example = "pip.events") String topic,
            @Schema(description = "Events not sent yet", example = "0") long pending,
            @Schema(description = "When the oldest of them was committed") OffsetDateTime oldestPendingSince) {
    }

    @Schema(name = "OutboxBacklog", description = "The events this service committed and has not sent to Kafka yet")
    public record Backlog(@Schema(example = "pip") String service,
            @Schema(description = "Events not sent yet", example = "0") long pending,
            @Schema(description = "Seconds since the oldest of them was committed; 0 without any", example = "0")
            long oldestPendingAgeSeconds,
            @Schema(description = "Of those, the events a send failed for already (they are retried, in order)",
                    example = "0") long failing,
            @Schema(description = "The last send error, when there is one (no payload, no personal data)")
            String lastError,
            @Schema(description = "Per topic") List<TopicBacklog> topics) {
    }

    @Inject
    Audited audited;

    @Inject
    KitConfig config;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "The outbox backlog (uitgaande gebeurtenissen)", description = "How many events this service "
            + "committed and has not yet sent to Kafka, how old the oldest is and how many failed to send already. A "
            + "growing age means the broker or the relay is in trouble; the events are kept and go out in order once "
            + "it recovers. Role operator; audited.")
    @APIResponse(responseCode = "200", description = "The backlog")
    public Uni<Backlog> backlog() {
        return audited.read(READ, config.serviceName(), () -> Panache.getSession().chain(s -> s
                .createNativeQuery("select topic, count(*), min(created_at) from outbox_event where sent_at is null "
                        + "group by topic order by topic", Object[].class).getResultList()
                .chain(rows -> s.createNativeQuery("select count(*) from outbox_event where sent_at is null and "
                                + "attempts > 0", Long.class).getSingleResult()
                        .chain(failing -> s.createNativeQuery("select last_error from outbox_event where sent_at is "
                                        + "null and last_error is not null order by seq limit 1", String.class)
                                .getResultList()
                                .map(errors -> backlog(rows, failing, errors.isEmpty() ? null : errors.get(0)))))));
    }

    private Backlog backlog(List<Object[]> rows, long failing, String lastError) {
        List<TopicBacklog> topics = rows.stream().map(r -> new TopicBacklog((String) r[0],
                ((Number) r[1]).longValue(), nl.inburgering.kit.persistence.SqlValues.timestamp(r[2]))).toList();
        long pending = topics.stream().mapToLong(TopicBacklog::pending).sum();
        OffsetDateTime oldest = topics.stream().map(TopicBacklog::oldestPendingSince)
                .filter(java.util.Objects::nonNull).min(OffsetDateTime::compareTo).orElse(null);
        long age = oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock))
                .toSeconds());
        return new Backlog(config.serviceName(), pending, age, failing, lastError, topics);
    }
}
