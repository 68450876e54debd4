package nl.inburgering.duogateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.duogateway.domain.Task;
import nl.inburgering.duogateway.repository.TaskRepository;
import nl.inburgering.duogateway.service.TaskWorker;
import nl.inburgering.duogateway.support.GatewayTestResource;
import nl.inburgering.duogateway.support.OurServicesFake;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 review #3, #11 and the test gaps: the durable work under crashes and concurrency, on the real database.
 * A worker's outcome counts only under the claim that ran the task (fencing); a task whose worker died returns; one
 * that keeps killing its worker is DEAD at the next claim; several workers never run one task twice; retention.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
@QuarkusTestResource(GatewayTestResource.class)
class WorkQueueTest {

    static OurServicesFake services;

    @Inject
    TaskRepository tasks;

    @Inject
    TaskWorker worker;

    @BeforeAll
    static void start() {
        services = new OurServicesFake();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    /** A task row as a worker left it; kind TEST is no report the gateway knows: its run ends DEAD at once. */
    static UUID row(String status, String kind, UUID token, String leaseUntil, int attempts, int leaseExpiries) {
        UUID id = UUID.randomUUID();
        Db.execute("insert into task (id, direction, kind, participant_id, status, attempts, lease_expiries, "
                + "next_attempt_at, lease_until, lease_token, created_at, retry_since, done_at) values ('" + id
                + "', 'OUT', '" + kind + "', '" + UUID.randomUUID() + "', '" + status + "', " + attempts + ", "
                + leaseExpiries + ", now(), " + leaseUntil + ", " + (token == null ? "null" : "'" + token + "'")
                + ", now(), now(), " + (status.equals("DONE") ? "now()" : "null") + ")");
        return id;
    }

    static String column(UUID id, String column) {
        return Db.text("select cast(" + column + " as text) from task where id = cast(:id as uuid)",
                Map.of("id", id.toString()));
    }

    static Task claimedAs(UUID id, UUID token) {
        return new Task(id, 0, "OUT", "TEST", null, null, null, null, 1, token, Instant.now());
    }

    @Test
    void review3_aStaleWorkersOutcomeChangesNothing_neitherADoneRowNorAnotherClaimsRunningOne() throws Throwable {
        UUID stale = UUID.randomUUID();
        UUID done = row("DONE", "TEST", null, "null", 1, 0);
        UUID running = row("RUNNING", "TEST", UUID.randomUUID(), "now() + interval '1 hour'", 2, 1);
        OffsetDateTime soon = TaskRepository.utcNow();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> tasks.failed(claimedAs(done, stale), "late", false, soon)))
                .isFalse();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> tasks.failed(claimedAs(running, stale), "late", true,
                soon))).isFalse();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> tasks.done(claimedAs(running, stale), "late", null)))
                .isFalse();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> tasks.renew(claimedAs(running, stale),
                Duration.ofMinutes(5)))).isFalse();
        assertThat(column(done, "status")).isEqualTo("DONE");
        assertThat(column(running, "status")).isEqualTo("RUNNING");
        assertThat(column(running, "outcome")).isNull();
    }

    @Test
    void review3_aTaskWhoseWorkerDiedReturns_underANewClaim_andTheDeadWorkersOutcomeIsRefused() throws Throwable {
        UUID crashed = UUID.randomUUID();
        UUID id = row("RUNNING", "TEST", crashed, "now() - interval '1 second'", 1, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(column(id, "status")));
        assertThat(column(id, "outcome")).contains("unknown report kind TEST");
        assertThat(column(id, "lease_expiries")).isEqualTo("1");
        assertThat(column(id, "attempts")).isEqualTo("2");
        assertThat(VertxContextSupport.subscribeAndAwait(() -> tasks.done(claimedAs(id, crashed), "late", null)))
                .isFalse();
        assertThat(column(id, "status")).isEqualTo("DEAD");
    }

    @Test
    void review11_aTaskThatKeepsKillingItsWorkerIsDeadAtTheNextClaim_notRetriedForEver() {
        UUID id = row("RUNNING", "TEST", UUID.randomUUID(), "now() - interval '1 second'", 3, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(column(id, "status")));
        assertThat(column(id, "outcome")).contains("its worker stopped while running it 3 times");
        assertThat(column(id, "attempts")).as("not run again").isEqualTo("3");
        assertThat(Db.number("select count(*) from audit_record where object_id = :p and result = 'DEAD'",
                Map.of("p", Db.text("select cast(participant_id as text) from task where id = cast(:id as uuid)",
                        Map.of("id", id.toString()))))).isEqualTo(1);
    }

    @Test
    void review3_severalWorkersAtOnceNeverRunOneTaskTwice() throws Throwable {
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(row("PENDING", "TEST", null, "null", 0, 0));
        }
        // Two more runs beside the timer's, at the same time.
        VertxContextSupport.subscribeAndAwait(() -> io.smallrye.mutiny.Uni.combine().all()
                .unis(worker.runOnce(), worker.runOnce()).discardItems());
        await().atMost(Duration.ofSeconds(10)).until(() -> ids.stream().allMatch(i -> "DEAD".equals(column(i, "status"))));
        for (UUID id : ids) {
            assertThat(column(id, "attempts")).as("claimed once").isEqualTo("1");
            String participant = Db.text("select cast(participant_id as text) from task where id = cast(:id as uuid)",
                    Map.of("id", id.toString()));
            assertThat(Db.number("select count(*) from audit_record where object_id = :p", Map.of("p", participant)))
                    .as("one outcome").isEqualTo(1);
        }
    }

    @Test
    void retention_finishedRowsGoAfterTheirTime_aDeadNotificationsSealedBsnIsErased() throws Throwable {
        UUID old = row("DONE", "TEST", null, "null", 1, 0);
        Db.execute("update task set done_at = now() - interval '31 days' where id = '" + old + "'");
        UUID recent = row("DONE", "TEST", null, "null", 1, 0);
        UUID deadIn = UUID.randomUUID();
        Db.execute("insert into task (id, direction, kind, bericht_id, bsn_encrypted, status, attempts, next_attempt_at, "
                + "created_at, retry_since) values ('" + deadIn + "', 'IN', 'SS101', '" + UUID.randomUUID()
                + "', '\\\\x0102', 'DEAD', 1, now(), now() - interval '91 days', now())");
        VertxContextSupport.subscribeAndAwait(() -> worker.purge());
        assertThat(Db.number("select count(*) from task where id = cast(:id as uuid)", Map.of("id", old.toString())))
                .isZero();
        assertThat(column(recent, "status")).isEqualTo("DONE");
        assertThat(column(deadIn, "status")).isEqualTo("DISCARDED");
        assertThat(column(deadIn, "bsn_encrypted")).isNull();
    }
}
