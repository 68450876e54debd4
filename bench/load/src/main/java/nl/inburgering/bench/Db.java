package nl.inburgering.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** JDBC connections to the services' databases on the local stack (role = database = service name, as LocalStack makes them). */
public final class Db {

    private Db() {
    }

    public static Connection service(String service) throws SQLException {
        return connect(Env.get("BENCH_DB_PREFIX", "") + service, service, service);
    }

    /** The local stack's superuser (zonky's PostgreSQL trusts loopback): only to create the bench's own database. */
    public static Connection admin() throws SQLException {
        return connect("postgres", "postgres", "");
    }

    public static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + Env.pgHost() + ":" + Env.pgPort() + "/" + database,
                user, password);
    }

    /** Creates a role and a database it owns, if missing (idempotent). Names are constants of the bench, never input. */
    public static void ensureDatabase(String name, String owner) throws SQLException {
        try (Connection c = admin()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", owner)) {
                c.createStatement().execute("create role \"" + owner + "\" login password '" + owner + "'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", name)) {
                c.createStatement().execute("create database \"" + name + "\" owner \"" + owner + "\"");
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The first column of every row, as strings. */
    public static List<String> strings(Connection c, String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    public static long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
