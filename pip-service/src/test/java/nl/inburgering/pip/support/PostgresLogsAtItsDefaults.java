package nl.inburgering.pip.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import nl.inburgering.localstack.LocalStackProcess;

/**
 * Makes PostgreSQL log pip's test sessions as it does out of the box: a unique violation's DETAIL (the key's value)
 * and the failing statement's text, which the local stack and deploy/README.md switch off. Both settings are the
 * superuser's (a session cannot change them), so this sets them for role pip in database pip_test only, before the
 * application opens its connections, and takes them back afterwards. The local stack's superuser {@code postgres}
 * logs in without a password on loopback (zonky's initdb, trust).
 */
public class PostgresLogsAtItsDefaults implements QuarkusTestResourceLifecycleManager {

    static final String ROLE_IN_DATABASE = "alter role pip in database pip_test ";

    @Override
    public Map<String, String> start() {
        asSuperuser(ROLE_IN_DATABASE + "set log_error_verbosity = 'default'",
                ROLE_IN_DATABASE + "set log_min_error_statement = 'error'");
        return Map.of();
    }

    @Override
    public void stop() {
        asSuperuser(ROLE_IN_DATABASE + "reset log_error_verbosity", ROLE_IN_DATABASE + "reset log_min_error_statement");
    }

    static void asSuperuser(String... statements) {
        LocalStackProcess stack = LocalStackProcess.startOrReuse();
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        String url = "jdbc:postgresql://" + stack.pgHost() + ":" + stack.pgPort() + "/postgres";
        try (Connection c = new org.postgresql.Driver().connect(url, login); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change PostgreSQL's logging for the test", e);
        }
    }
}
