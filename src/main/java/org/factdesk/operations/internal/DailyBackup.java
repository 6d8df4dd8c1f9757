package org.factdesk.operations.internal;

import org.factdesk.operations.BackupService;
import org.factdesk.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The optional daily backup ({@code factdesk.backup.enabled=true}): one file a day into
 * {@code factdesk.backup.directory}, keeping the newest {@code factdesk.backup.keep}.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "factdesk.backup.enabled", havingValue = "true")
class DailyBackup {

    private static final Logger log = LoggerFactory.getLogger(DailyBackup.class);
    static final String PREFIX = "factdesk-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BackupService backups;
    private final Path directory;
    private final int keep;
    private final Clock clock;

    DailyBackup(BackupService backups, @Value("${factdesk.backup.directory}") Path directory,
                @Value("${factdesk.backup.keep:7}") int keep, Optional<Clock> clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("factdesk.backup.keep must be at least 1, not " + keep);
        }
        this.backups = backups;
        this.directory = directory.toAbsolutePath();
        this.keep = keep;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${factdesk.backup.cron:0 30 2 * * *}", zone = "${factdesk.reports.zone:UTC}")
    void scheduled() {
        try {
            runOnce();
        } catch (IOException | RuntimeException e) {
            log.error("Daily backup into {} failed: {}", directory, e.getMessage());
        }
    }

    /** Takes one backup and removes the oldest beyond the retention count. */
    Path runOnce() throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(PREFIX + STAMP.format(clock.instant()) + ".zip");
        BackupService.Backup backup = SystemAuthentication.runAsSystem(() -> {
            try {
                return backups.backup(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        log.info("Daily backup: {} articles to {}", backup.articles(), backup.file());
        List<Path> existing;
        try (Stream<Path> files = Files.list(directory)) {
            existing = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : existing.subList(Math.min(keep, existing.size()), existing.size())) {
            Files.deleteIfExists(old);
            log.info("Daily backup: removed {} (keeping {})", old, keep);
        }
        return file;
    }
}
