package nl.inburgering.pip.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.inburgering.kit.testing.AuditTrail;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (reads), DESIGN §6: the audit record of a read is committed before its answer goes out, yet reads at once
 * share their commits (group commit) instead of paying a transaction each.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class ReadAuditGroupCommitTest {

    static final String GM = "GM0363";
    static final int READS = 200;

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyReadIsAuditedBeforeItsAnswerAndConcurrentReadsShareTheirCommits() throws Exception {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        String officer = DevTokens.officer(GM);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest read = HttpRequest.newBuilder(URI.create(base + "v1/participants/" + id))
                .header("Authorization", "Bearer " + officer).GET().build();

        List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            answers.add(http.sendAsync(read, HttpResponse.BodyHandlers.discarding()));
        }
        for (CompletableFuture<HttpResponse<Void>> a : answers) {
            assertThat(a.get().statusCode()).isEqualTo(200);
        }
        assertThat(AuditTrail.count("participant.read", id, "SUCCESS")).as("read records").isEqualTo(READS);
        // the rows of one commit share the id of the transaction that wrote them (xmin)
        long transactions = Db.number("select count(distinct xmin::text) from audit_record "
                + "where action = 'participant.read' and object_id = :id", Map.of("id", id.toString()));
        System.out.printf("ReadAuditGroupCommitTest: %d concurrent reads audited in %d transactions%n", READS,
                transactions);
        assertThat(transactions).as("transactions for %d concurrent reads", READS).isLessThan(READS / 2);
    }

    @Test
    void aReadsRecordIsThereWhenItsAnswerArrives() throws Exception {
        UUID id = Api.register(GM, "ASYLUM_PERMIT_HOLDER");
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 1; i <= 20; i++) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "v1/participants/" + id))
                    .header("Authorization", "Bearer " + DevTokens.officer(GM)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(AuditTrail.count("participant.read", id, "SUCCESS")).as("records after answer %d", i)
                    .isEqualTo(i);
        }
    }

}
