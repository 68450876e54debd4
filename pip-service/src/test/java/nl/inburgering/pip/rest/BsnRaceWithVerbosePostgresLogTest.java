package nl.inburgering.pip.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackProcess;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.security.BsnProtection;
import nl.inburgering.pip.support.PostgresLogsAtItsDefaults;
import nl.inburgering.pip.support.TestData;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5 (privacy; DESIGN §1, §6; AVG art. 32): concurrent registrations of one BSN, the race the duplicate
 * check cannot see, still give one participant and for every other request the 409 BSN-UNIQUE of a duplicate; and
 * with PostgreSQL logging as it does by default (the DETAIL of a unique violation, the failing statement) its server
 * log still holds no BSN: the DETAIL names the BSN's HMAC, the only unique key that involves the BSN.
 */
@QuarkusTest
@TestProfile(BsnRaceWithVerbosePostgresLogTest.VerbosePostgresLog.class)
@QuarkusTestResource(LocalStackResource.class)
class BsnRaceWithVerbosePostgresLogTest {

    public static class VerbosePostgresLog implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresLogsAtItsDefaults.class));
        }
    }

    static final int AT_ONCE = 8;
    static final int MAX_ROUNDS = 10;
    static final Path APPLICATION_LOG = Path.of("target/pip-service-test.log");

    @Inject
    BsnProtection bsns;

    @Test
    void concurrentRegistrationsOfOneBsnGiveOneParticipant_andPostgresqlLogsOnlyTheHmac() throws Exception {
        Path log = LocalStackProcess.startOrReuse().postgresLog();
        List<String> raced = new ArrayList<>();
        String detailSeen = null;
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            // Until one round really met the constraint (the rest saw the first row and answered from the look-up).
            for (int round = 0; round < MAX_ROUNDS && detailSeen == null; round++) {
                String bsn = TestData.randomBsn();
                raced.add(bsn);
                List<Response> answers = registerAtOnce(pool, bsn);
                assertThat(answers).extracting(Response::statusCode).as("answers to one BSN at once")
                        .containsOnlyOnce(201).containsOnly(201, 409);
                for (Response answer : answers) {
                    if (answer.statusCode() == 409) {
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                        assertThat(answer.jsonPath().getString("rule")).as(answer.asString()).isEqualTo("BSN-UNIQUE");
                    }
                }
                String detail = "Key (bsn_hmac)=(\\x" + HexFormat.of().formatHex(bsns.hmac(bsn)) + ") already exists";
                if (loggedWithin(log, detail, Duration.ofSeconds(2))) {
                    detailSeen = detail;
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(detailSeen).as("a round met the unique constraint and PostgreSQL logged its DETAIL (verbosity "
                + "default), in " + MAX_ROUNDS + " rounds").isNotNull();
        String serverLog = Files.readString(log, StandardCharsets.UTF_8);
        String applicationLog = Files.readString(APPLICATION_LOG, StandardCharsets.UTF_8);
        for (String bsn : raced) {
            assertThat(serverLog).as("PostgreSQL's server log").doesNotContain(bsn);
            assertThat(applicationLog).as("pip-service's log").doesNotContain(bsn);
        }
    }

    static List<Response> registerAtOnce(ExecutorService pool, String bsn) throws Exception {
        String token = DevTokens.duo();
        String body = TestData.registration(bsn, "GM0363");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> pending = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            pending.add(pool.submit(() -> {
                go.await();
                return given().auth().oauth2(token).contentType("application/json").body(body)
                        .when().post("/v1/participants");
            }));
        }
        go.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : pending) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    static boolean loggedWithin(Path log, String text, Duration wait) {
        try {
            Awaitility.await().atMost(wait).until(() -> Files.readString(log, StandardCharsets.UTF_8).contains(text));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
