package org.factdesk.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the test contexts on PostgreSQL instead of the embedded H2 when the environment variable
 * {@code FACTDESK_TEST_POSTGRES_URL} names a server (the {@code postgres} profile sets it), e.g.
 * {@code jdbc:postgresql://localhost:5432/}: each Spring context gets a database of its own, created here
 * (as H2 gives each context its own in-memory database), so test classes that need fresh data keep their
 * own as they do on H2. The user ({@code FACTDESK_TEST_POSTGRES_USER}, default {@code factdesk}) needs
 * CREATEDB; the databases are named {@code factdesk_test_*} and dropped by {@code .ci/run} afterwards.
 */
public final class PostgresTestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATABASE_PREFIX = "factdesk_test_";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String server = setting("factdesk.test.postgres-url", "FACTDESK_TEST_POSTGRES_URL", null);
        if (server == null || server.isBlank()) {
            return;
        }
        String user = setting("factdesk.test.postgres-user", "FACTDESK_TEST_POSTGRES_USER", "factdesk");
        String password = setting("factdesk.test.postgres-password", "FACTDESK_TEST_POSTGRES_PASSWORD", "factdesk");
        String base = server.endsWith("/") ? server : server + "/";
        // An application a test starts on an H2 file of its own (and may start again on it) keeps one
        // database per file; every other context gets a new one.
        String h2Url = context.getEnvironment().getProperty("spring.datasource.url", "");
        String key = h2Url.startsWith("jdbc:h2:file:")
                ? UUID.nameUUIDFromBytes(h2Url.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()
                : UUID.randomUUID().toString();
        String database = DATABASE_PREFIX + key.replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(base + "postgres", user, password);
             Statement statement = admin.createStatement()) {
            boolean exists;
            try (var found = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                found.setString(1, database);
                exists = found.executeQuery().next();
            }
            if (!exists) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on " + base + ": " + e.getMessage(), e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", base + database,
                "spring.datasource.username", user,
                "spring.datasource.password", password)));
    }

    /** Whether the tests run on PostgreSQL (for the few that check something only the embedded database has). */
    public static boolean active() {
        String server = setting("factdesk.test.postgres-url", "FACTDESK_TEST_POSTGRES_URL", null);
        return server != null && !server.isBlank();
    }

    /**
     * The environment for an application a test starts as its own process on the database of the test's
     * context: the PostgreSQL database when the tests run there, else nothing (the process finds the H2
     * file of its data directory).
     */
    public static void shareDatabase(org.springframework.core.env.Environment context, Map<String, String> processEnvironment) {
        processEnvironment.remove("SPRING_DATASOURCE_URL");
        if (active()) {
            processEnvironment.put("SPRING_DATASOURCE_URL", context.getProperty("spring.datasource.url"));
            processEnvironment.put("SPRING_DATASOURCE_USERNAME", context.getProperty("spring.datasource.username"));
            processEnvironment.put("SPRING_DATASOURCE_PASSWORD", context.getProperty("spring.datasource.password"));
        }
    }

    /**
     * From the environment only: Maven hands every {@code -D} of its command line to all test JVMs as a
     * system property, and only the PostgreSQL execution of the {@code postgres} profile sets the variable.
     */
    private static String setting(String property, String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }
}
