package nl.inburgering.kit.deadletter;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.config.KitConfig;
import nl.inburgering.kit.deadletter.DeadLetters.Listed;
import nl.inburgering.kit.deadletter.DeadLetters.Outcome;
import nl.inburgering.kit.deadletter.DeadLetters.Replayed;
import nl.inburgering.kit.deadletter.DeadLetters.Status;
import nl.inburgering.kit.http.Page;
import nl.inburgering.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The dead letters of this service's consumers, for operators (issue 12 item 4): list them with the reason, and
 * replay one or all after a fix. Every service has it, from service-kit; role operator; every call audited.
 */
@Path("/v1/operations/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadLetterResource {

    static final AuditAction READ = AuditAction.of("dead-letter.read", "dead-letter");
    static final String ID = "[A-Za-z0-9._-]{1,249}:[0-9]{1,9}:[0-9]{1,18}";

    @Schema(name = "DeadLetter", description = "An event one of this service's consumers could not process; it "
            + "lies on the dead-letter topic until an operator replays it. The event's content is not shown.")
    public record DeadLetterView(
            @Schema(description = "Its place: dead-letter topic, partition and offset", example = "exam.events.dlq:0:12")
            String id,
            @Schema(description = "The topic the event came from", example = "exam.events") String topic,
            @Schema(example = "exam.events.dlq") String deadLetterTopic,
            @Schema(description = "The consumer that failed it; null when the record does not say (it cannot be "
                    + "replayed then)", example = "pip.completion") String consumer,
            @Schema(description = "The record key: the participant id", example = "0b9a8f5e-3c2d-4e1f-9a8b-7c6d5e4f3a2b")
            String messageKey,
            @Schema(description = "The CloudEvent id; null when the record is not a CloudEvent") String eventId,
            @Schema(description = "The CloudEvent type", example = "nl.inburgering.exam.result-recorded.v1")
            String eventType,
            @Schema(description = "Why it failed (no content of the event)") String reason,
            OffsetDateTime deadLetteredAt,
            Status status,
            @Schema(description = "When it was last replayed") OffsetDateTime replayedAt,
            @Schema(example = "0") int replayAttempts,
            @Schema(description = "Why the last replay failed, when it did") String lastReplayError) {

        static DeadLetterView of(Listed l) {
            DeadLetter d = l.letter();
            return new DeadLetterView(d.id(), d.topic(), d.deadLetterTopic(), d.consumer(), d.messageKey(),
                    d.eventId(), d.eventType(), d.reason(), d.deadLetteredAt().atOffset(ZoneOffset.UTC), l.status(),
                    l.replayedAt(), l.replayAttempts(), l.lastReplayError());
        }
    }

    @Schema(name = "DeadLetterReplay", description = "How the replay of one dead letter went")
    public record ReplayView(@Schema(example = "exam.events.dlq:0:12") String id, String consumer, String eventId,
            Outcome outcome, @Schema(description = "Why it failed again, when it did") String error) {

        static ReplayView of(Replayed r) {
            return new ReplayView(r.letter().id(), r.letter().consumer(), r.letter().eventId(), r.outcome(), r.error());
        }
    }

    @Schema(name = "DeadLetterReplays", description = "How a replay of every pending dead letter went")
    public record ReplaysView(@Schema(example = "3") long replayed, @Schema(example = "0") long failed,
            List<ReplayView> items) {
    }

    @Inject
    DeadLetters deadLetters;

    @Inject
    Audited audited;

    @Inject
    KitConfig config;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "The dead letters of this service (onverwerkbare berichten)", description = "Events this service's consumers sent "
            + "to a dead-letter topic (<topic>.dlq) after their retries, oldest first, with the reason and whether "
            + "they were replayed. Role operator; audited.")
    public Uni<RestResponse<Page<DeadLetterView>>> list(
            @Parameter(description = "Only those from this topic", example = "exam.events")
            @QueryParam("topic") @Pattern(regexp = "[A-Za-z0-9._-]{1,249}") String topic,
            @QueryParam("status") Status status,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(Page.MAX_PAGE) int page,
            @QueryParam("pageSize") @DefaultValue(Page.DEFAULT_PAGE_SIZE) @Min(1) @Max(Page.MAX_PAGE_SIZE) int pageSize) {
        return audited.read(READ, config.serviceName(), () -> deadLetters.list(topic, status))
                .map(all -> Page.of(all, page, pageSize, DeadLetterView::of).ok(uri));
    }

    @GET
    @Path("{deadLetterId}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "One dead letter (onverwerkbaar bericht)", description = "By its id from the list. Role operator; audited.")
    public Uni<DeadLetterView> get(@PathParam("deadLetterId") @Pattern(regexp = ID) String id) {
        return audited.read(READ, id, () -> deadLetters.get(id)).map(DeadLetterView::of);
    }

    @POST
    @Path("{deadLetterId}/replay")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Replay one dead letter (opnieuw aanbieden)", description = "Hands the event to the consumer that failed it "
            + "again, after a fix. Idempotent: an event already processed changes nothing, and a dead letter "
            + "replayed before is not replayed again (outcome ALREADY_REPLAYED). A replay that fails again answers "
            + "200 with outcome FAILED and the reason; the dead letter stays pending. Role operator; audited.")
    @APIResponse(responseCode = "200", description = "How the replay went")
    public Uni<ReplayView> replay(@PathParam("deadLetterId") @Pattern(regexp = ID) String id) {
        return deadLetters.replay(id).map(ReplayView::of)
                .onFailure().call(e -> audited.refusal(DeadLetters.REPLAY, id, e));
    }

    @POST
    @Path("replay")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Replay every pending dead letter (alle opnieuw aanbieden)", description = "As the replay of one, for every dead "
            + "letter of this service not replayed yet (optionally only those from one topic), in their order on "
            + "the topic. Role operator; each replay audited.")
    @APIResponse(responseCode = "200", description = "How each replay went")
    public Uni<ReplaysView> replayAll(
            @Parameter(description = "Only those from this topic", example = "exam.events")
            @QueryParam("topic") @Pattern(regexp = "[A-Za-z0-9._-]{1,249}") String topic) {
        return deadLetters.replayAll(topic).map(all -> new ReplaysView(
                all.stream().filter(r -> r.outcome() == Outcome.REPLAYED).count(),
                all.stream().filter(r -> r.outcome() == Outcome.FAILED).count(),
                all.stream().map(ReplayView::of).toList()));
    }
}
