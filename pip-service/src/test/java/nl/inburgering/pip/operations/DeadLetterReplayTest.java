package nl.inburgering.pip.operations;

import static io.restassured.RestAssured.given;
import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.pip.support.Events.passed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.Events;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 4: an operator lists this service's dead letters with their reason and replays them after a fix.
 * The "fault" is real: a trigger makes the database refuse what the completion consumer writes, so the event ends
 * in exam.events.dlq after its retries; the "fix" drops the trigger.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DeadLetterReplayTest {

    static final String GM = "GM0363";
    static final String[] FAULT = {"create or replace function dead_letter_fault() returns trigger language plpgsql "
            + "as $$ begin raise exception 'simulated fault'; end $$",
            "drop trigger if exists dead_letter_fault on exam_pass",
            "create trigger dead_letter_fault before insert on exam_pass for each row execute function dead_letter_fault()"};
    static final String FIX = "drop trigger if exists dead_letter_fault on exam_pass";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Events events;

    @BeforeEach
    void setUp() {
        events = new Events(bootstrap);
    }

    @AfterEach
    void fix() {
        Db.execute(FIX);
    }

    /** Breaks the consumer, sends a pass of KNM, and returns the dead letter's id once it is on exam.events.dlq. */
    String aDeadLetterFor(UUID participant) {
        for (String statement : FAULT) {
            Db.execute(statement);
        }
        String json = events.produce(EventSources.EXAM_SERVICE, passed(participant, KNM, null, "2026-05-08"));
        String eventId = Events.id(json);
        ConsumerRecord<String, String> dead = events.topics().await("exam.events.dlq",
                r -> r.value().contains(eventId), Duration.ofSeconds(60));
        assertThat(new String(dead.headers().lastHeader("dead-letter-consumer").value(), StandardCharsets.UTF_8))
                .as("the dead letter names the consumer that failed it").isEqualTo("pip/pip-service.completion");
        return dead.topic() + ":" + dead.partition() + ":" + dead.offset();
    }

    static JsonPath listed(String id) {
        return given().auth().oauth2(DevTokens.operator()).when().get("/v1/operations/dead-letters/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    long knmPasses(UUID participant) {
        return Db.number("select count(*) from exam_pass where participant_id = :p", Map.of("p", participant));
    }

    @Test
    void aDeadLetterIsListedWithItsReasonAndReplayedOnceAfterTheFix() {
        UUID id = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        String deadLetter = aDeadLetterFor(id);

        JsonPath letter = listed(deadLetter);
        assertThat(letter.getString("status")).isEqualTo("PENDING");
        assertThat(letter.getString("topic")).isEqualTo("exam.events");
        assertThat(letter.getString("consumer")).isEqualTo("pip-service.completion");
        assertThat(letter.getString("messageKey")).isEqualTo(id.toString());
        assertThat(letter.getString("reason")).contains("simulated fault");
        assertThat(letter.getMap("$")).doesNotContainKey("value");
        given().auth().oauth2(DevTokens.operator()).queryParam("status", "PENDING").queryParam("pageSize", 100)
                .when().get("/v1/operations/dead-letters").then().statusCode(200)
                .body("items.id", hasItem(deadLetter));
        assertThat(knmPasses(id)).isZero();

        // Replaying before the fix fails again and says why; the dead letter stays.
        given().auth().oauth2(DevTokens.operator()).when().post("/v1/operations/dead-letters/" + deadLetter + "/replay")
                .then().statusCode(200).body("outcome", equalTo("FAILED"));
        assertThat(listed(deadLetter).getString("status")).isEqualTo("REPLAY_FAILED");

        Db.execute(FIX);
        given().auth().oauth2(DevTokens.operator()).when().post("/v1/operations/dead-letters/" + deadLetter + "/replay")
                .then().statusCode(200).body("outcome", equalTo("REPLAYED")).body("consumer",
                        equalTo("pip-service.completion"));
        assertThat(knmPasses(id)).isEqualTo(1);
        JsonPath after = listed(deadLetter);
        assertThat(after.getString("status")).isEqualTo("REPLAYED");
        assertThat(after.getInt("replayAttempts")).isEqualTo(2);

        // A second replay changes nothing.
        given().auth().oauth2(DevTokens.operator()).when().post("/v1/operations/dead-letters/" + deadLetter + "/replay")
                .then().statusCode(200).body("outcome", equalTo("ALREADY_REPLAYED"));
        assertThat(knmPasses(id)).isEqualTo(1);
        assertThat(AuditTrail.count("dead-letter.replay", deadLetter, "SUCCESS")).isEqualTo(1);
        assertThat(AuditTrail.count("dead-letter.replay", deadLetter, "FAILED")).isEqualTo(1);
    }

    @Test
    void replayAllReplaysEveryPendingDeadLetterOfTheTopic() {
        UUID first = Api.register(GM, "FAMILY_OR_OTHER_MIGRANT");
        UUID second = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        String a = aDeadLetterFor(first);
        String b = aDeadLetterFor(second);
        Db.execute(FIX);

        JsonPath replays = given().auth().oauth2(DevTokens.operator()).queryParam("topic", "exam.events").when()
                .post("/v1/operations/dead-letters/replay").then().statusCode(200).extract().jsonPath();
        assertThat(replays.getList("items.findAll { it.outcome == 'REPLAYED' }.id", String.class)).contains(a, b);
        assertThat(knmPasses(first)).isEqualTo(1);
        assertThat(knmPasses(second)).isEqualTo(1);
        JsonPath again = given().auth().oauth2(DevTokens.operator()).queryParam("topic", "exam.events").when()
                .post("/v1/operations/dead-letters/replay").then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("items.id", String.class)).doesNotContain(a, b);
    }

    @Test
    void aMalformedDeadLetterIsListedAndItsReplayFailsWithTheReason() {
        String marker = UUID.randomUUID().toString();
        events.topics().produce("exam.events", marker, "{\"not\":\"a cloud event\"}");
        ConsumerRecord<String, String> dead = events.topics().await("exam.events.dlq", r -> marker.equals(r.key()),
                Duration.ofSeconds(60));
        String id = dead.topic() + ":" + dead.partition() + ":" + dead.offset();
        assertThat(listed(id).getString("eventId")).isNull();
        given().auth().oauth2(DevTokens.operator()).when().post("/v1/operations/dead-letters/" + id + "/replay")
                .then().statusCode(200).body("outcome", equalTo("FAILED"));
        await().atMost(Duration.ofSeconds(5)).until(() -> "REPLAY_FAILED".equals(listed(id).getString("status")));
    }

    @Test
    void onlyAnOperatorSeesOrReplaysDeadLettersAndBadIdsAreRefused() {
        given().auth().oauth2(DevTokens.officer(GM)).when().get("/v1/operations/dead-letters").then().statusCode(403);
        given().auth().oauth2(DevTokens.duo()).when().post("/v1/operations/dead-letters/replay").then().statusCode(403);
        given().when().get("/v1/operations/dead-letters").then().statusCode(401);
        given().auth().oauth2(DevTokens.operator()).when().get("/v1/operations/dead-letters/not-an-id")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.operator()).when().post("/v1/operations/dead-letters/exam.events.dlq:0:999999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.operator()).queryParam("status", "GONE").when()
                .get("/v1/operations/dead-letters").then().statusCode(400);
    }
}
