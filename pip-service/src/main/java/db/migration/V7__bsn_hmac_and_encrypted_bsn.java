package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.inburgering.pip.config.BsnKeys;
import nl.inburgering.pip.security.BsnProtection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 14 item 5: participant.bsn (clear text, unique) becomes bsn_hmac (HMAC-SHA256, unique) and bsn_encrypted
 * (AES-GCM), and the clear column goes. A unique violation's DETAIL in PostgreSQL's log then names an HMAC, never a
 * BSN, and a copy of the database holds no BSN (nor does idempotency_record, below).
 *
 * <p>Java, not SQL, because existing rows need the keys, which are configuration ({@link BsnKeys}: the same keys
 * and the same refusal of the development keys in prod as the running service). A migration rather than a step at
 * start: the new columns, the conversion of every row and dropping the clear column are one transaction (PostgreSQL
 * DDL is transactional, Flyway runs each migration in its own), done before any request is served, once, under
 * Flyway's advisory lock when replicas start together, and recorded in flyway_schema_history. A start step would
 * have to keep the clear column until it ran and would need a second release to drop it.
 */
public class V7__bsn_hmac_and_encrypted_bsn extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        convert(context.getConnection(), BsnKeys.fromConfig());
    }

    static void convert(Connection connection, BsnProtection protection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table participant add column bsn_hmac bytea, add column bsn_encrypted bytea");
        }
        try (PreparedStatement rows = connection.prepareStatement("select id, bsn from participant");
                PreparedStatement update = connection.prepareStatement(
                        "update participant set bsn_hmac = ?, bsn_encrypted = ? where id = ?")) {
            rows.setFetchSize(BATCH); // a cursor (Flyway's transaction is open), not every row in memory
            try (ResultSet rs = rows.executeQuery()) {
                int pending = 0;
                while (rs.next()) {
                    String bsn = rs.getString(2);
                    update.setBytes(1, protection.hmac(bsn));
                    update.setBytes(2, protection.encrypt(bsn));
                    update.setObject(3, rs.getObject(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
        try (Statement ddl = connection.createStatement()) {
            // What Idempotency-Key kept of registrations: the answer with the BSN, and a plain SHA-256 of the request
            // that, with the row's other fields, gives the BSN away by trying them all. A retry across this upgrade
            // is then a 409 BSN-UNIQUE (the participant exists), not a replay.
            ddl.execute("delete from idempotency_record where scope like 'participant.register:%'");
            ddl.execute("alter table participant alter column bsn_hmac set not null, "
                    + "alter column bsn_encrypted set not null, "
                    + "drop constraint participant_bsn_unique, "
                    + "drop column bsn, "
                    + "add constraint participant_bsn_hmac_unique unique (bsn_hmac)");
        }
    }
}
