package nl.inburgering.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.testing.KnownParticipants;
import nl.inburgering.kit.testing.Outbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import nl.inburgering.localstack.DevTokens;
import org.awaitility.Awaitility;

/** Test participants with a running term, as pip-service's events start it. */
final class Terms {

    static final String GM = "GM0363";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Terms() {
    }

    /** Every CloudEvent of the participant on deadline.events, in order, once the outbox has relayed all. */
    static List<JsonNode> events(KnownParticipants participants, UUID id) {
        Outbox.awaitDrained();
        return participants.topics().readAll("deadline.events", r -> id.toString().equals(r.key())).stream()
                .map(ConsumerRecord::value).map(v -> {
                    try {
                        return JSON.readTree(v);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    /** The data of the participant's events of this type ({@code term.extended}) on deadline.events. */
    static List<JsonNode> data(KnownParticipants participants, UUID id, String type) {
        return events(participants, id).stream().filter(e -> e.get("type").asText().equals("nl.inburgering." + type))
                .map(e -> e.get("data")).toList();
    }

    /** A B1-route asylum permit holder of GM0363 whose term, started by the initial PIP, began on {@code start}. */
    static UUID participantWithTermFrom(KnownParticipants participants, LocalDate start) {
        return participantWithTermFrom(participants, start, GM);
    }

    /** As {@link #participantWithTermFrom(KnownParticipants, LocalDate)}, of {@code municipality}. */
    static UUID participantWithTermFrom(KnownParticipants participants, LocalDate start, String municipality) {
        return participantWithTermFrom(participants, start, municipality, TargetGroup.ASYLUM_PERMIT_HOLDER);
    }

    /** As {@link #participantWithTermFrom(KnownParticipants, LocalDate)}, of {@code municipality} and {@code group}. */
    static UUID participantWithTermFrom(KnownParticipants participants, LocalDate start, String municipality,
            TargetGroup group) {
        UUID id = UUID.randomUUID();
        participants.produce(new PlanEstablished(id, UUID.randomUUID(), 1, true, start.minusDays(1), Route.B1,
                LanguageLevel.B1, Set.of(), municipality));
        participants.produce(KnownParticipants.registered(id, municipality, group));
        participants.awaitReplica(id, k -> k.registered() && k.plan() != null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.duo()).get("/v1/participants/" + id + "/term").then()
                        .statusCode(200).body("started", equalTo(true)));
        return id;
    }
}
