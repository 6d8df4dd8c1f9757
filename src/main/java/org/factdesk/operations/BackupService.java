package org.factdesk.operations;

import org.factdesk.common.AtomicFiles;
import org.factdesk.security.AppRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Online backups of the embedded database: H2's {@code BACKUP TO} copies a consistent state while
 * editors go on working; the backup file adds the database password and a description, so
 * {@link BackupArchive#restore} can bring it back into an empty data directory.
 */
@Service
public class BackupService {

    private final JdbcTemplate jdbc;
    private final String url;
    private final String password;
    private final Clock clock;

    @Autowired
    BackupService(JdbcTemplate jdbc, DataSourceProperties dataSource, Optional<Clock> clock) {
        this(jdbc, dataSource.getUrl(), dataSource.getPassword(), clock);
    }

    BackupService(JdbcTemplate jdbc, String url, String password, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.url = url;
        this.password = password == null ? "" : password;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What a finished backup holds. */
    public record Backup(Path file, long articles, long bytes, Instant created) {
    }

    /** The database cannot be backed up by FactDesk (it is not the embedded one). */
    public static final class NotEmbeddedException extends RuntimeException {
        NotEmbeddedException(String message) {
            super(message);
        }
    }

    /** Writes a backup to {@code target} (completely or not at all; readable by the app's user only). */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public Backup backup(Path target) throws IOException {
        EmbeddedDatabase database = EmbeddedDatabase.of(url).orElseThrow(() -> new NotEmbeddedException(
                url.startsWith("jdbc:postgresql:")
                        ? "the database is PostgreSQL: back it up with pg_dump (e.g. pg_dump -Fc -f factdesk.dump DBNAME)"
                        : "only the embedded H2 database can be backed up by FactDesk; use your database's own tools"));
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        if (!Files.isWritable(directory)) {
            throw new java.nio.file.AccessDeniedException(directory.toString());
        }
        // H2 writes its copy with the default permissions: into the private data directory, not beside the target.
        Path h2Backup = database.directory().resolve(".backup-" + UUID.randomUUID() + ".h2.zip");
        Instant created = clock.instant();
        try {
            long articles = jdbc.queryForObject("select count(*) from article", Long.class);
            jdbc.execute("BACKUP TO " + quote(h2Backup.toString()));
            AtomicFiles.write(target, true, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out);
                     ZipInputStream h2 = new ZipInputStream(Files.newInputStream(h2Backup))) {
                    zip.putNextEntry(new ZipEntry(BackupArchive.DESCRIPTION));
                    zip.write(BackupArchive.describe(created, database.basePath().getFileName().toString(), articles)
                            .getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(EmbeddedDatabase.PASSWORD_FILE));
                    zip.write((password + "\n").getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    for (ZipEntry entry = h2.getNextEntry(); entry != null; entry = h2.getNextEntry()) {
                        zip.putNextEntry(new ZipEntry(BackupArchive.DATABASE_FOLDER + entry.getName()));
                        h2.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            });
            return new Backup(target, articles, Files.size(target), created);
        } finally {
            Files.deleteIfExists(h2Backup);
        }
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

}
