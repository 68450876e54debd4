package nl.inburgering.pip.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import nl.inburgering.kit.outbox.OutboxRelay;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackProcess;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.localstack.testing.TopicReader;
import nl.inburgering.pip.support.TestData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §5: a broker outage never fails a REST write and never loses an event. The broker of the
 * real local stack is stopped, a participant is registered, the broker comes back, and the event is
 * published exactly once.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class BrokerOutageTest {

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void withTheBrokerStoppedRegistrationAnswers201AndTheEventIsDeliveredOnceWhenItReturns() throws Throwable {
        LocalStackProcess stack = LocalStackProcess.startOrReuse();
        String id;
        stack.stopKafka();
        try {
            id = given().auth().oauth2(DevTokens.duo()).contentType("application/json")
                    .body(TestData.registration(TestData.randomBsn(), "GM0363"))
                    .when().post("/v1/participants")
                    .then().statusCode(201).extract().path("id");
            // Give the relay a few runs against the dead broker: the row must stay pending.
            Thread.sleep(2_000);
            assertThat(relay.pendingCount().await().atMost(Duration.ofSeconds(10))).isGreaterThanOrEqualTo(1);
            // The operator sees it (issue 12 item 4): events waiting, the oldest one aged, the send failures noted.
            // (a send fails only after the producer's timeout of a few seconds)
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(DevTokens.operator()).when().get("/v1/operations/outbox").then()
                            .statusCode(200).body("service", org.hamcrest.Matchers.equalTo("pip"))
                            .body("pending", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                            .body("oldestPendingAgeSeconds", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                            .body("failing", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                            .body("lastError", org.hamcrest.Matchers.notNullValue())
                            .body("topics.topic", org.hamcrest.Matchers.hasItem("pip.events")));
            given().auth().oauth2(DevTokens.duo()).when().get("/v1/operations/outbox").then().statusCode(403);
        } finally {
            stack.startKafka();
        }

        String key = id;
        TopicReader topics = new TopicReader(bootstrap);
        topics.await("pip.events", r -> key.equals(r.key()), Duration.ofSeconds(90));
        // Let the relay run on for a while; the event must not come twice.
        Thread.sleep(2_000);
        List<ConsumerRecord<String, String>> all = topics.readAll("pip.events", r -> key.equals(r.key()));
        assertThat(all).hasSize(1);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.operator()).when().get("/v1/operations/outbox").then()
                        .statusCode(200).body("pending", org.hamcrest.Matchers.equalTo(0))
                        .body("oldestPendingAgeSeconds", org.hamcrest.Matchers.equalTo(0)));
    }
}
