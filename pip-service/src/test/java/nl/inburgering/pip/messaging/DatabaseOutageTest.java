package nl.inburgering.pip.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import nl.inburgering.contracts.envelope.EventSources;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackProcess;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.Events;
import nl.inburgering.pip.support.TestData;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 3 at the service: PostgreSQL of the real local stack is stopped (an operator's restart, connections
 * cut) and started again. Meanwhile a write answers a quick 503 problem with Retry-After, never a 500 or a hang;
 * readiness goes down while liveness stays up; an event that arrives waits for the database instead of going to the
 * dead-letter topic. Afterwards the service recovers by itself: the retried write (same Idempotency-Key) succeeds once,
 * readiness is up again, and the waiting event has taken effect.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class DatabaseOutageTest {

    static final String GM = "GM0363";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void whileTheDatabaseIsAwayWritesAnswer503AndEventsWaitAndAfterwardsAllRecoversByItself() throws Exception {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        Api.establish(GM, id, Api.plan("2026-02-01", "B1"));
        Events events = new Events(bootstrap);
        LocalStackProcess stack = LocalStackProcess.startOrReuse();
        String registration = TestData.registration(TestData.randomBsn(), GM);
        String key = UUID.randomUUID().toString();
        String resultEvent;

        stack.stopPostgres();
        try {
            long start = System.nanoTime();
            Response refused = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                    .header("Idempotency-Key", key).body(registration).when().post("/v1/participants");
            double seconds = (System.nanoTime() - start) / 1e9;
            refused.then().statusCode(503).contentType(startsWith("application/problem+json"))
                    .header("Retry-After", "5").body("status", equalTo(503))
                    .body("type", equalTo("https://inburgering.nl/problems/service-unavailable"));
            assertThat(seconds).as("seconds to the 503").isLessThan(5);
            given().auth().oauth2(DevTokens.officer(GM)).when().get("/v1/participants/" + id)
                    .then().statusCode(503).contentType(startsWith("application/problem+json"));
            Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503));
            given().when().get("/q/health/live").then().statusCode(200);

            // exam-service's fact arrives now: it must wait for the database, not land in the dead-letter topic
            resultEvent = events.produce(EventSources.EXAM_SERVICE,
                    Events.passed(id, ExamComponent.READING, LanguageLevel.B1, "2026-03-02"));
            Thread.sleep(4_000); // several of the consumer's bounded retries would have passed by now
        } finally {
            stack.startPostgres();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
        String registered = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                .header("Idempotency-Key", key).body(registration).when().post("/v1/participants")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.duo()).contentType("application/json").header("Idempotency-Key", key)
                .body(registration).when().post("/v1/participants").then().statusCode(201)
                .body("id", equalTo(registered));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.officer(GM)).when().get("/v1/participants/" + id + "/progress")
                        .then().statusCode(200).body("requirements.find { it.requirement == 'READING' }.state",
                                equalTo("DONE")));
        String eventId = Events.id(resultEvent);
        assertThat(events.topics().readAll("exam.events.dlq", r -> r.value().contains(eventId)))
                .as("the waiting event in the dead-letter topic").isEmpty();
    }
}
