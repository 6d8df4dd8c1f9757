package org.factdesk.report;

import org.factdesk.security.AppRoles;
import org.factdesk.report.internal.BatchExportConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Builds batch ZIPs ({@link ReportService#writeBatch}) in the background, at most two at a time,
 * each into a temporary file, as the user who started it (so the report service checks that user's
 * roles). The caller gets a {@link BatchExport} handle and only shows it.
 */
@Service
public class BatchExportService {

    private final ReportService reports;
    private final AsyncTaskExecutor executor;

    BatchExportService(ReportService reports,
                       @Qualifier(BatchExportConfiguration.EXECUTOR) AsyncTaskExecutor executor) {
        this.reports = reports;
        this.executor = executor;
    }

    /**
     * Starts building the ZIP of the articles {@code filter} selects, PDF labels in {@code locale};
     * {@code onProgress} hears each step on the worker thread. Not transactional itself: the build
     * reads in {@link ReportService#writeBatch}'s transaction, on the worker.
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public BatchExport start(ExportFilter filter, Locale locale, Consumer<BatchProgress> onProgress) {
        Path file;
        try {
            file = Files.createTempFile("factdesk-export-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BatchExport export = new BatchExport(file, reports.batchFileName(LocalDate.now()), onProgress);
        Runnable build = new DelegatingSecurityContextRunnable(
                () -> export.run((out, progress, cancelled) -> reports.writeBatch(filter, locale, out, progress,
                        cancelled)),
                SecurityContextHolder.getContext());
        try {
            executor.execute(build);
        } catch (TaskRejectedException e) {
            export.fail(e);
        }
        return export;
    }
}
