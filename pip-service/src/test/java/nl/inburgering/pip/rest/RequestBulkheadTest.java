package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the API's bulkhead (service-kit {@code RequestBulkhead}). Two requests at once here; the next waits its
 * turn (one at most), is admitted when a request ends, or is answered a 503 problem with Retry-After when its wait
 * ends or the queue is full; a client that hangs up gives its place back.
 */
@QuarkusTest
@TestProfile(RequestBulkheadTest.TwoAtOnce.class)
@QuarkusTestResource(LocalStackResource.class)
class RequestBulkheadTest {

    public static class TwoAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kit.http.max-concurrent-requests", "2", "kit.http.max-waiting-requests", "1",
                    "kit.http.max-wait", "2s");
        }
    }

    /** A registration whose body never finishes: the request holds its place until the connection closes. */
    static Socket holdAPlace() throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v1/participants HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + DevTokens.duo()
                + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    static double gauge(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(name + "{")).mapToDouble(l -> Double.parseDouble(
                l.substring(l.indexOf('}') + 1).trim().split(" ")[0])).sum();
    }

    static Response read() {
        return given().auth().oauth2(DevTokens.duo()).when().get("/v1/participants/" + UUID.randomUUID());
    }

    static void assertBusy(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).isEqualTo("2");
        assertThat(r.header("API-Version")).isNotNull();
        assertThat(r.jsonPath().getString("type")).isEqualTo("https://inburgering.nl/problems/service-unavailable");
        assertThat(r.jsonPath().getString("detail")).contains("busy");
    }

    @Test
    void beyondTheLimitARequestWaitsItsTurnAndIsAnswered503WhenTheWaitOrTheQueueIsTooLong_issue15() throws Exception {
        try (Socket first = holdAPlace(); Socket second = holdAPlace()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("kit_http_requests_active") == 2);
            // every place taken: health and the OpenAPI document take none, so they still answer at once
            given().when().get("/v1/openapi").then().statusCode(200);
            given().when().get("/q/health/live").then().statusCode(200);
            CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(RequestBulkheadTest::read);
            await().atMost(Duration.ofSeconds(5)).until(() -> gauge("kit_http_requests_waiting") == 1);
            // the queue (one) is full: refused at once
            long start = System.nanoTime();
            assertBusy(read());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            // the waiting one: refused when its 2 s are up
            assertBusy(waiting.get());
        }
        // the clients hung up: their places are free again, and nothing is refused
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge("kit_http_requests_active") == 0);
        assertThat(read().statusCode()).isEqualTo(404);
        assertThat(gauge("kit_http_requests_waiting")).isZero();
    }

    @Test
    void aWaitingRequestIsAdmittedWhenAPlaceIsGivenBack_issue15() throws Exception {
        Socket first = holdAPlace();
        try (Socket second = holdAPlace()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("kit_http_requests_active") == 2);
            CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(RequestBulkheadTest::read);
            await().atMost(Duration.ofSeconds(5)).until(() -> gauge("kit_http_requests_waiting") == 1);
            first.close();
            Response admitted = waiting.get();
            assertThat(admitted.statusCode()).as(admitted.asString()).isEqualTo(404);
        } finally {
            first.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge("kit_http_requests_active") == 0);
    }

    /** The body of a request that waited arrives while it waits (the request is paused): none of it is lost. */
    @Test
    void aWriteThatWaitedIsCarriedOutWithItsWholeBody_issue15() throws Exception {
        Socket first = holdAPlace();
        try (Socket second = holdAPlace()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("kit_http_requests_active") == 2);
            String body = nl.inburgering.pip.support.TestData.registration(
                    nl.inburgering.pip.support.TestData.randomBsn(), "GM0363", "FAMILY_OR_OTHER_MIGRANT");
            CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> given().auth()
                    .oauth2(DevTokens.duo()).contentType("application/json").body(body).when().post("/v1/participants"));
            await().atMost(Duration.ofSeconds(5)).until(() -> gauge("kit_http_requests_waiting") == 1);
            Thread.sleep(300); // the body is on the wire while the request waits
            first.close();
            Response registered = waiting.get();
            assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
            assertThat(registered.jsonPath().getString("municipalityCode")).isEqualTo("GM0363");
        } finally {
            first.close();
        }
    }

    @Test
    void requestsThatFailOrSucceedGiveTheirPlaceBack_issue15() {
        for (int i = 0; i < 10; i++) {
            read().then().statusCode(404);
            given().when().get("/v1/participants/" + UUID.randomUUID()).then().statusCode(401);
            given().auth().oauth2(DevTokens.duo()).contentType("application/json").body("{}")
                    .when().post("/v1/participants").then().statusCode(400);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge("kit_http_requests_active") == 0);
    }
}
