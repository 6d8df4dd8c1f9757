package org.factdesk;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features read each other through APIs, not tables: every table created by a migration has one
 * owning feature, and the SQL in a feature's classes (its string literals) names only its own
 * tables. Other features use the owner's service or a read model it publishes; a join kept for
 * speed is built by the owner (e.g. {@code UserSql}, {@code ArticleSql}).
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("db", "migration");
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "factdesk");

    /**
     * Owners of the tables of the released migrations (which must not change, not even a comment).
     * A new migration says whose tables it creates with a line {@code -- owner: feature} above them.
     */
    private static final Map<String, String> RELEASED = Map.of(
            "user_account", "user",
            "article", "article",
            "article_block", "article",
            "sentence", "article",
            "verdict", "review",
            "evidence", "review",
            "verdict_history", "review",
            "article_assignment", "assignment",
            "article_transition", "assignment");

    /**
     * Foreign tables a feature may still name, each with its reason. Operations backs up and restores
     * the database as a whole; it counts articles only to describe a backup.
     */
    private static final Map<String, Set<String>> EXCEPTIONS = Map.of("operations", Set.of("article"));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern OWNER_COMMENT = Pattern.compile("(?im)^\\s*--\\s*owner:\\s*(\\w+)\\s*$");
    /** Where SQL names a table: after from, join, into, update, table. */
    private static final Pattern TABLE_REFERENCE =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void every_table_has_one_owning_feature() throws IOException {
        Map<String, String> owners = owners();
        assertThat(owners).containsAllEntriesOf(RELEASED);
        Set<String> features = features();
        assertThat(features).containsAll(owners.values());
    }

    @Test
    void a_feature_names_no_other_features_table_in_its_sql() throws IOException {
        Map<String, String> owners = owners();
        List<String> violations = new ArrayList<>();
        for (String feature : features()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(feature))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    for (String table : tablesNamedIn(Files.readString(file))) {
                        String owner = owners.get(table);
                        if (owner != null && !owner.equals(feature)
                                && !EXCEPTIONS.getOrDefault(feature, Set.of()).contains(table)) {
                            violations.add(SOURCES.relativize(file) + " names " + table + " (owned by " + owner
                                    + "): use the owner's service or a read model it publishes");
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The scan must see SQL wherever Java puts it, else the rule above could pass for nothing. */
    @Test
    void the_scan_finds_tables_in_literals_text_blocks_and_concatenations_but_not_in_comments() {
        String source = """
                // select * from article_block
                /* join verdict */
                class X {
                    String a = "select id from sentence where x = \\"from verdict_history\\"";
                    String b = \"""
                            select v.id
                              from verdict v
                              left join user_account u on u.id = v.set_by
                            \""";
                    String c = "select " + COLUMNS + " from article_assignment";
                    String d = "update article set title = ?";
                }
                """;
        assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("sentence", "verdict_history", "verdict",
                "user_account", "article_assignment", "article");
    }

    /** Table → owner: the tables the migrations create, each with its declared owner. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new LinkedHashMap<>();
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path migration : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = Files.readString(migration);
                Matcher create = CREATE_TABLE.matcher(sql);
                while (create.find()) {
                    String table = create.group(1).toLowerCase();
                    String owner = ownerCommentBefore(sql, create.start());
                    if (owner == null) {
                        owner = RELEASED.get(table);
                    }
                    if (owner == null) {
                        undeclared.add(migration.getFileName() + ": " + table);
                    } else {
                        assertThat(owners.put(table, owner)).as("table %s has one owner", table)
                                .isIn(null, owner);
                    }
                }
            }
        }
        assertThat(undeclared).as("tables without '-- owner: feature' above their create table").isEmpty();
        return owners;
    }

    private static String ownerCommentBefore(String sql, int position) {
        Matcher comment = OWNER_COMMENT.matcher(sql.substring(0, position));
        String owner = null;
        while (comment.find()) {
            owner = comment.group(1);
        }
        return owner;
    }

    private static Set<String> features() throws IOException {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The tables that the string literals (text blocks included) of a Java source name in SQL. */
    static Set<String> tablesNamedIn(String source) {
        Set<String> tables = new TreeSet<>();
        for (String literal : literals(source)) {
            Matcher reference = TABLE_REFERENCE.matcher(literal);
            while (reference.find()) {
                tables.add(reference.group(1).toLowerCase());
            }
        }
        return tables;
    }

    /** The contents of the string literals and text blocks of a Java source, comments skipped. */
    private static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? source.length() : end;
                literals.add(source.substring(i + 3, end));
                i = Math.min(source.length(), end + 3);
            } else if (source.charAt(i) == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < source.length() && source.charAt(i) != '"' && source.charAt(i) != '\n') {
                    if (source.charAt(i) == '\\' && i + 1 < source.length()) {
                        literal.append(source.charAt(i + 1));
                        i += 2;
                    } else {
                        literal.append(source.charAt(i++));
                    }
                }
                literals.add(literal.toString());
                i++;
            } else if (source.charAt(i) == '\'') {
                // A char literal: '"' must not open a string.
                int end = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2);
                i = end < 0 ? source.length() : end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
