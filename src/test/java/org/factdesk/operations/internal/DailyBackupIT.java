package org.factdesk.operations.internal;

import org.factdesk.Application;
import org.factdesk.operations.BackupService;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional daily backup keeps the newest {@code factdesk.backup.keep} files. */
@ExtendWith(RestoreSecurityContextStrategy.class)
class DailyBackupIT {

    @TempDir
    Path parent;

    @Test
    void scheduled_when_enabled_and_keeps_only_the_newest() throws Exception {
        Path backups = parent.resolve("backups");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + parent.resolve("data"), "--spring.main.banner-mode=off",
                        "--server.port=0", "--factdesk.reports.warm-up=false", "--factdesk.backup.enabled=true",
                        "--factdesk.backup.directory=" + backups, "--factdesk.backup.keep=2")) {
            assertThat(app.getBeansOfType(DailyBackup.class)).hasSize(1);
            List<Path> written = new ArrayList<>();
            for (int day = 0; day < 3; day++) {
                Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:30:00Z").plus(Duration.ofDays(day)), ZoneOffset.UTC);
                written.add(new DailyBackup(app.getBean(BackupService.class), backups, 2, Optional.of(clock)).runOnce());
            }
            try (Stream<Path> files = Files.list(backups)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly("factdesk-backup-20261202-023000.zip", "factdesk-backup-20261203-023000.zip");
            }
            assertThat(written.getLast()).exists();
        }
    }

    @Test
    void off_by_default() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + parent.resolve("data2"), "--spring.main.banner-mode=off",
                        "--server.port=0", "--factdesk.reports.warm-up=false")) {
            assertThat(app.getBeansOfType(DailyBackup.class)).isEmpty();
        }
    }
}
