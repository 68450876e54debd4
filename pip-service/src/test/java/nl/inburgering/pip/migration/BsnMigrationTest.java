package nl.inburgering.pip.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.inburgering.kit.testing.Db;
import nl.inburgering.localstack.LocalStackResource;
import nl.inburgering.pip.security.BsnProtection;
import nl.inburgering.pip.support.TestData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5 (privacy; DESIGN §6; AVG art. 32): a database that holds participants with their BSN in clear text
 * (schema V6) is converted by V7 with the configured keys: each row keeps its BSN as HMAC and ciphertext, the clear
 * column and its unique constraint are gone, and what Idempotency-Key kept of registrations (with the BSN) is deleted.
 * Runs the service's own Flyway migrations, Java migration included, into a schema of its own.
 */
@QuarkusTest
@QuarkusTestResource(LocalStackResource.class)
class BsnMigrationTest {

    static final String SCHEMA = "bsn_migration_test";
    static final HexFormat HEX = HexFormat.of();

    @Inject
    Flyway flyway;

    @Inject
    BsnProtection bsns;

    Flyway into(String target) {
        var configuration = Flyway.configure().configuration(flyway.getConfiguration()).schemas(SCHEMA)
                .defaultSchema(SCHEMA);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    @AfterEach
    void dropSchema() {
        Db.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void v7TurnsEveryClearBsnIntoItsHmacAndCiphertext_andDropsTheClearColumn() {
        Db.execute("drop schema if exists " + SCHEMA + " cascade");
        into("6").migrate();
        List<String> clear = List.of(TestData.randomBsn(), TestData.randomBsn(), TestData.randomBsn());
        for (String bsn : clear) {
            Db.execute("insert into " + SCHEMA + ".participant (id, bsn, name, date_of_birth, target_group, "
                    + "municipality_code, obligation_start_date, notification_date, municipality_registration_date, "
                    + "status) values (gen_random_uuid(), '" + bsn + "', 'A. Yilmaz', '1990-04-12', "
                    + "'ASYLUM_PERMIT_HOLDER', 'GM0363', '2026-01-15', '2026-01-20', '2026-01-10', 'REGISTERED')");
        }
        Db.execute("insert into " + SCHEMA + ".idempotency_record (scope, idempotency_key, request_hash, status, body) "
                + "values ('participant.register:abc', 'k1', 'h', 201, '{\"bsn\":\"" + clear.get(0) + "\"}'), "
                + "('plan.establish:abc', 'k2', 'h', 201, '{}')");

        into(null).migrate();

        assertThat(Db.texts("select column_name from information_schema.columns where table_schema = '" + SCHEMA
                + "' and table_name = 'participant'", Map.of())).contains("bsn_hmac", "bsn_encrypted")
                .doesNotContain("bsn");
        assertThat(Db.texts("select conname from pg_constraint where conrelid = '" + SCHEMA + ".participant'::regclass "
                + "and contype = 'u'", Map.of())).containsExactly("participant_bsn_hmac_unique");
        for (String bsn : clear) {
            String hmac = HEX.formatHex(bsns.hmac(bsn));
            String encrypted = Db.text("select encode(bsn_encrypted, 'hex') from " + SCHEMA + ".participant "
                    + "where bsn_hmac = decode(:hmac, 'hex')", Map.of("hmac", hmac));
            assertThat(encrypted).as("the row of a BSN, found by its HMAC").isNotNull();
            assertThat(bsns.decrypt(HEX.parseHex(encrypted))).isEqualTo(bsn);
        }
        assertThat(Db.texts("select scope from " + SCHEMA + ".idempotency_record", Map.of()))
                .containsExactly("plan.establish:abc");
    }
}
