package org.factdesk.testing;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Flyway migrations are the one schema: migrated on H2 and on PostgreSQL they end with the same
 * tables, columns (type, length, nullability) and constraints (primary keys, unique keys, foreign keys
 * and how many checks per table). Runs where PostgreSQL is configured for the tests (FACTDESK_TEST_POSTGRES_URL,
 * as `.ci/run` does); the constraint names differ between the two and are not compared.
 */
class SchemaParityIT {

    @Test
    void h2_and_postgresql_end_with_the_same_tables_columns_and_constraints() throws SQLException {
        assumeTrue(PostgresTestDatabases.active(), "PostgreSQL is not configured for the tests (FACTDESK_TEST_POSTGRES_URL)");
        String h2Url = "jdbc:h2:mem:schema-parity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(h2Url, "sa", "");
        String server = System.getenv("FACTDESK_TEST_POSTGRES_URL");
        String base = server.endsWith("/") ? server : server + "/";
        String user = System.getenv().getOrDefault("FACTDESK_TEST_POSTGRES_USER", "factdesk");
        String password = System.getenv().getOrDefault("FACTDESK_TEST_POSTGRES_PASSWORD", "factdesk");
        String database = PostgresTestDatabases.DATABASE_PREFIX + "parity_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(base + "postgres", user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
        migrate(base + database, user, password);

        Schema h2;
        Schema postgres;
        try (Connection connection = DriverManager.getConnection(h2Url, "sa", "")) {
            h2 = Schema.read(connection, "PUBLIC");
        }
        try (Connection connection = DriverManager.getConnection(base + database, user, password)) {
            postgres = Schema.read(connection, "public");
        }
        assertThat(h2.columns).as("tables and columns").isNotEmpty();
        assertThat(postgres.columns).as("tables and columns: PostgreSQL against H2").isEqualTo(h2.columns);
        assertThat(postgres.constraints).as("constraints: PostgreSQL against H2").isEqualTo(h2.constraints);
    }

    private static void migrate(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }

    /** Table → column → "type(length) null|not null"; table → sorted constraint descriptions. */
    record Schema(Map<String, Map<String, String>> columns, Map<String, TreeSet<String>> constraints) {

        static Schema read(Connection connection, String schema) throws SQLException {
            Map<String, Map<String, String>> columns = new TreeMap<>();
            try (var statement = connection.prepareStatement("""
                    select table_name, column_name, data_type, character_maximum_length, is_nullable
                    from information_schema.columns where table_schema = ?""")) {
                statement.setString(1, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String table = lower(rows.getString(1));
                        if (table.startsWith("flyway_")) {
                            continue;
                        }
                        String type = type(rows.getString(3));
                        Object length = rows.getObject(4);
                        if (length != null && ((Number) length).longValue() >= 1_000_000_000L) {
                            length = null; // H2 may give unbounded text its largest length, PostgreSQL none
                        }
                        columns.computeIfAbsent(table, t -> new TreeMap<>()).put(lower(rows.getString(2)),
                                type + (length == null ? "" : "(" + length + ")") + " "
                                        + ("YES".equalsIgnoreCase(rows.getString(5)) ? "null" : "not null"));
                    }
                }
            }
            Map<String, TreeSet<String>> constraints = new TreeMap<>();
            Map<String, String> described = new TreeMap<>();
            try (var statement = connection.prepareStatement("""
                    select tc.table_name, tc.constraint_name, tc.constraint_type, kcu.column_name, kcu.ordinal_position
                    from information_schema.table_constraints tc
                    left join information_schema.key_column_usage kcu
                      on kcu.constraint_schema = tc.constraint_schema and kcu.constraint_name = tc.constraint_name
                     and kcu.table_name = tc.table_name
                    where tc.table_schema = ?
                    order by tc.table_name, tc.constraint_name, kcu.ordinal_position""")) {
                statement.setString(1, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String table = lower(rows.getString(1));
                        String name = rows.getString(2);
                        String type = rows.getString(3);
                        if (table.startsWith("flyway_") || "CHECK".equals(type) && name.endsWith("_not_null")) {
                            continue; // PostgreSQL lists NOT NULL as checks; nullability is compared with the columns
                        }
                        String key = table + "/" + name;
                        String column = rows.getString(4);
                        described.merge(key, table + "|" + type + (column == null ? "" : "|" + lower(column)),
                                (a, b) -> a + "," + lower(column));
                    }
                }
            }
            Map<String, String> references = references(connection, schema);
            described.forEach((key, description) -> {
                String table = key.substring(0, key.indexOf('/'));
                String text = description.substring(description.indexOf('|') + 1);
                if (text.startsWith("CHECK")) {
                    text = "CHECK"; // the clause's text differs between the two; the number of checks is compared
                }
                if (text.startsWith("FOREIGN KEY")) {
                    text += " -> " + references.get(key);
                }
                constraints.computeIfAbsent(table, t -> new TreeSet<>()).add(text + " #" + count(constraints, table, text));
            });
            return new Schema(columns, constraints);
        }

        private static int count(Map<String, TreeSet<String>> constraints, String table, String text) {
            TreeSet<String> seen = constraints.get(table);
            return seen == null ? 1 : (int) seen.stream().filter(s -> s.startsWith(text + " #")).count() + 1;
        }

        /** table/constraint → referenced table of each foreign key. */
        private static Map<String, String> references(Connection connection, String schema) throws SQLException {
            Map<String, String> references = new TreeMap<>();
            try (var statement = connection.prepareStatement("""
                    select fk.table_name, rc.constraint_name, pk.table_name
                    from information_schema.referential_constraints rc
                    join information_schema.table_constraints fk
                      on fk.constraint_schema = rc.constraint_schema and fk.constraint_name = rc.constraint_name
                    join information_schema.table_constraints pk
                      on pk.constraint_schema = rc.unique_constraint_schema and pk.constraint_name = rc.unique_constraint_name
                    where rc.constraint_schema = ?""")) {
                statement.setString(1, schema);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        references.put(lower(rows.getString(1)) + "/" + rows.getString(2), lower(rows.getString(3)));
                    }
                }
            }
            return references;
        }

        /** The same type under its H2 and PostgreSQL names. */
        private static String type(String name) {
            String type = lower(name);
            return switch (type) {
                // H2 stores TEXT as unbounded CHARACTER VARYING; in PostgreSQL the two are the same type too.
                case "character large object", "text" -> "character varying";
                case "int4", "int" -> "integer";
                case "int8" -> "bigint";
                default -> type;
            };
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}
