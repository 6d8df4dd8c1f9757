package org.factdesk.report;

import org.factdesk.IntegrationTest;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factdesk.report.ExportedFiles.unzip;

/** The batch ZIP built in the background: the handle's progress, result file, cancel and discard. */
@IntegrationTest
class BatchExportServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    BatchExportService batchExports;
    @Autowired
    UserDetailsService users;

    @Test
    void builds_the_zip_as_the_lead_who_started_it_and_discarding_deletes_it() throws Exception {
        List<BatchProgress> steps = new CopyOnWriteArrayList<>();
        BatchExport export = SignedInAs.call(users, "lead",
                () -> batchExports.start(ExportFilter.all(), Locale.ENGLISH, steps::add));

        BatchResult result = export.result().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(result.articles()).isPositive();
        assertThat(export.fileName()).isEqualTo("factdesk-export-" + LocalDate.now() + ".zip");
        assertThat(unzip(Files.readAllBytes(export.file()))).hasSize(result.articles() + 3)
                .containsKeys("sentences.csv", "sentences-de.csv", "claimreview.jsonld");
        assertThat(steps.getLast()).isEqualTo(new BatchProgress(result.articles() + 3, result.articles() + 3));
        assertThat(export.progress()).isEqualTo(steps.getLast());

        export.discard();
        assertThat(export.file()).doesNotExist();
    }

    @Test
    void a_cancelled_export_fails_with_a_cancellation_and_leaves_no_file() throws Exception {
        CountDownLatch firstStep = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        BatchExport export = SignedInAs.call(users, "admin", () -> batchExports.start(ExportFilter.all(),
                Locale.GERMAN, step -> {
                    firstStep.countDown();
                    await(mayGoOn); // holds the build at its first step until it is cancelled
                }));
        assertThat(firstStep.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        export.cancel();
        mayGoOn.countDown();

        CompletableFuture<BatchResult> result = export.result().toCompletableFuture();
        assertThatThrownBy(() -> result.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
        assertThat(export.file()).doesNotExist();
    }

    @Test
    void editors_cannot_start_a_batch() {
        assertThatThrownBy(() -> SignedInAs.call(users, "editor",
                () -> batchExports.start(ExportFilter.all(), Locale.GERMAN, step -> { })))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
