package org.factdesk.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A batch ZIP being built in the background ({@link BatchExportService#start}): its progress, a way
 * to cancel it, and, once {@link #result()} completes, the file to offer. The result fails with a
 * {@link CancellationException} when cancelled, a {@link java.util.concurrent.RejectedExecutionException}
 * when too many exports are running, or the cause of a failure. The file is deleted when the build
 * fails or is cancelled, and when the holder {@link #discard() discards} the export.
 */
public final class BatchExport {

    private static final Logger log = LoggerFactory.getLogger(BatchExport.class);

    /** Writes the ZIP into the stream, reporting progress, stopping when asked. */
    interface Build {
        BatchResult write(OutputStream out, Consumer<BatchProgress> progress, BooleanSupplier cancelled)
                throws IOException;
    }

    private final Path file;
    private final String fileName;
    private final Consumer<BatchProgress> listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean discarded = new AtomicBoolean();
    private final CompletableFuture<BatchResult> result = new CompletableFuture<>();
    private volatile BatchProgress progress = new BatchProgress(0, 0);

    BatchExport(Path file, String fileName, Consumer<BatchProgress> listener) {
        this.file = file;
        this.fileName = fileName;
        this.listener = listener;
    }

    /** Runs the build on the calling (worker) thread and completes the result. */
    void run(Build build) {
        try (OutputStream out = Files.newOutputStream(file)) {
            BatchResult done = build.write(out, this::progressed, cancelled::get);
            out.close();
            complete(done);
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /** The build could not start (e.g. no worker free). */
    void fail(Exception e) {
        if (!(e instanceof CancellationException)) {
            log.warn("Batch export failed", e);
        }
        delete();
        result.completeExceptionally(e);
    }

    private void complete(BatchResult done) {
        if (discarded.get()) {
            delete(); // nobody wants it any more
        }
        result.complete(done);
    }

    private void progressed(BatchProgress step) {
        progress = step;
        listener.accept(step);
    }

    public BatchProgress progress() {
        return progress;
    }

    /** Asks the build to stop; it does so before its next file. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Cancels the build if it still runs and deletes the file (now, or when the build stops). */
    public void discard() {
        discarded.set(true);
        cancel();
        if (result.isDone()) {
            delete();
        }
    }

    public CompletionStage<BatchResult> result() {
        return result;
    }

    /** The ZIP; complete once {@link #result()} completes normally. */
    public Path file() {
        return file;
    }

    /** The name to offer the ZIP under, e.g. {@code factdesk-export-2026-05-31.zip}. */
    public String fileName() {
        return fileName;
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
