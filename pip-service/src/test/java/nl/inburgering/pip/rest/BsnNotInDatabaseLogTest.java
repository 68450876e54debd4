package nl.inburgering.pip.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackProcess;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.support.Api;
import nl.inburgering.pip.support.TestData;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: the BSN reaches no log of any process we run, PostgreSQL's own included. Two registrations that
 * meet in the unique constraint on the BSN (as concurrent ones of one BSN do) make PostgreSQL log the violation. The
 * stack logs tersely (log_error_verbosity terse, no failing statement text), and the constraint is on the BSN's HMAC
 * anyway; {@link BsnRaceWithVerbosePostgresLogTest} proves the second defence with PostgreSQL's default verbosity.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class BsnNotInDatabaseLogTest {

    @Test
    void aUniqueViolationOnTheBsnLeavesNoBsnInPostgresqlsLog() throws Exception {
        String first = TestData.randomBsn();
        UUID firstId = Api.register(first, "GM0363", "ASYLUM_PERMIT_HOLDER");
        String second = TestData.randomBsn();
        UUID secondId = Api.register(second, "GM0363", "ASYLUM_PERMIT_HOLDER");
        // What two concurrent registrations of one BSN end in: the second row meets the first in the constraint.
        assertThatThrownBy(() -> Db.number("with u as (update participant set bsn_hmac = "
                + "(select bsn_hmac from participant where id = :first) where id = :second returning 1) "
                + "select count(*) from u", Map.of("first", firstId, "second", secondId))).isNotNull();

        Path log = LocalStackProcess.startOrReuse().postgresLog();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log)
                .contains("duplicate key value violates unique constraint \"participant_bsn_hmac_unique\""));
        assertThat(Files.readString(log)).as("PostgreSQL's server log").doesNotContain(first).doesNotContain(second);
    }
}
