package org.factdesk.operations;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An H2 database kept in a file ({@code jdbc:h2:file:PATH;...}): where its files live, and the URL
 * that makes every commit reach the file before it is confirmed.
 *
 * @see <a href="../../../../../../docs/adr/0010-embedded-database-and-command-channel.md">ADR 10</a>
 */
public record EmbeddedDatabase(Path basePath, String url) {

    /** Beside the database file; readable by the app's user only. */
    public static final String PASSWORD_FILE = "database.password";

    private static final String PREFIX = "jdbc:h2:";

    /** The file database behind {@code url}, or empty for in-memory, server (tcp/ssl) and other databases. */
    public static Optional<EmbeddedDatabase> of(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        String location = rest.split(";", 2)[0];
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                || lower.startsWith("zip:") || lower.contains(":") && !looksLikeWindowsDrive(location)) {
            return Optional.empty();
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Optional.of(new EmbeddedDatabase(Path.of(location).toAbsolutePath().normalize(), url));
    }

    private static boolean looksLikeWindowsDrive(String location) {
        return location.length() > 2 && location.charAt(1) == ':' && Character.isLetter(location.charAt(0));
    }

    /** Parsed statements H2 keeps per connection ({@link #servingUrl()}). */
    static final int QUERY_CACHE_SIZE = 64;

    public Path directory() {
        return basePath.getParent();
    }

    /** H2's MVStore file, e.g. {@code data/factdesk.mv.db}. */
    public Path dataFile() {
        return basePath.resolveSibling(basePath.getFileName() + ".mv.db");
    }

    public Path passwordFile() {
        return directory().resolve(PASSWORD_FILE);
    }

    /**
     * The URL with {@code WRITE_DELAY=0} unless it sets a write delay itself. H2's default (500 ms)
     * confirms a commit that is still only in memory, so a killed JVM loses verdicts shown as saved.
     */
    public String durableUrl() {
        if (option("WRITE_DELAY").isPresent()) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    /**
     * {@link #durableUrl()} with a query cache of {@value #QUERY_CACHE_SIZE} statements per connection unless
     * the URL sets one: H2 keeps 8 parsed statements per connection, fewer than one mark runs, so each was
     * parsed again every time (5–10 % of the request threads' CPU in ReviewLoadBenchmark's profile, ADR 40).
     */
    public String servingUrl() {
        String durable = durableUrl();
        if (option("QUERY_CACHE_SIZE").isPresent()) {
            return durable;
        }
        return durable + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
    }

    /** The value of a {@code ;NAME=value} option of the URL, names compared case-insensitively. */
    public Optional<String> option(String name) {
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).trim().equalsIgnoreCase(name)) {
                return Optional.of(parts[i].substring(equals + 1).trim());
            }
        }
        return Optional.empty();
    }
}
