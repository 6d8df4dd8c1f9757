package org.factdesk.report;

import org.factdesk.article.ArticleId;
import org.factdesk.report.internal.ArticleReports;
import org.factdesk.report.internal.ArticleSelection;
import org.factdesk.review.Verdict;
import org.factdesk.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Review reports: one article in any format of the {@link ReportFormats registry}, several articles
 * in one file of a format that combines them, and the batch ZIP for team leads. Everything is written
 * to the caller's stream as it is produced, one article in memory at a time; the caller closes the
 * stream. An export reads in one transaction, so it shows one consistent state even while editors
 * keep working.
 */
@Service
public class ReportService {


    private final ArticleReports reports;
    private final ArticleSelection selection;
    private final ReportSettings settings;
    private final ReportFormats formats;
    private final Clock clock;

    ReportService(ArticleReports reports, ArticleSelection selection, ReportSettings settings, ReportFormats formats) {
        this.reports = reports;
        this.selection = selection;
        this.settings = settings;
        this.formats = formats;
        this.clock = Clock.systemUTC();
    }

    /** The export formats, in the order the dialog and the batch show them. */
    public List<ReportWriter> formats() {
        return formats.all();
    }

    /** The format of this id (case-insensitive), e.g. {@code csv}. */
    public Optional<ReportWriter> format(String id) {
        return formats.find(id);
    }

    /** The articles a batch export with this filter takes, in id order. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<ArticleId> select(ExportFilter filter) {
        return selection.select(filter, settings.zone());
    }

    /** One article's report; {@code locale} picks the PDF's labels (German or English). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void writeArticle(ArticleId id, ReportWriter format, Locale locale, OutputStream out) {
        writeArticle(id, format, locale, true, out);
    }

    /** One article's report; {@code withDiscussion} false leaves the PDF's discussion section out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void writeArticle(ArticleId id, ReportWriter format, Locale locale, boolean withDiscussion,
                             OutputStream out) {
        writeArticle(id, format, locale, withDiscussion, true, out);
    }

    /**
     * One article's report; {@code withChanges} false leaves the PDF's section "changes since the last
     * approved version" out (ADR 0029).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void writeArticle(ArticleId id, ReportWriter format, Locale locale, boolean withDiscussion,
                             boolean withChanges, OutputStream out) {
        write(format, List.of(id), new ReportOptions(locale, null, clock.instant(), settings, withDiscussion,
                withChanges), out, () -> false, report -> { });
    }

    /**
     * Several articles in one file of a format that combines them (CSV, JSON, ClaimReview); with
     * {@code onlyVerdict} the CSV and ClaimReview list only sentences of that verdict. Returns what
     * the format counts (rows, articles, reviews).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and (#ids.size() == 1 or " + AppRoles.HAS_LEAD_OR_ADMIN + ")")
    public long writeCombined(List<ArticleId> ids, ReportWriter format, Verdict onlyVerdict, OutputStream out) {
        return writeCombined(ids, format, onlyVerdict, Locale.GERMAN, out);
    }

    /**
     * {@link #writeCombined(List, ReportWriter, Verdict, OutputStream)} with labels in {@code locale}: the
     * CSV for German spreadsheets' headers and verdicts, the ClaimReview rating's name.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and (#ids.size() == 1 or " + AppRoles.HAS_LEAD_OR_ADMIN + ")")
    public long writeCombined(List<ArticleId> ids, ReportWriter format, Verdict onlyVerdict, Locale locale,
                              OutputStream out) {
        if (!format.combinesArticles()) {
            throw new IllegalArgumentException("A " + format.id().toUpperCase(Locale.ROOT) + " holds one article:"
                    + " export them one by one, or several as a batch ZIP.");
        }
        return write(format, ids, new ReportOptions(locale, onlyVerdict, clock.instant(), settings), out,
                () -> false, report -> { });
    }

    /**
     * The batch ZIP: for every format of the registry that takes part ({@link ReportWriter#batchEntry()}),
     * one file per selected article or, for a format that combines articles, one file over all of them
     * (today one PDF per article, then sentences.csv and claimreview.jsonld). Reports progress after
     * each file and stops with a {@link CancellationException} as soon as {@code cancelled} says so.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public BatchResult writeBatch(ExportFilter filter, Locale locale, OutputStream out,
                                  Consumer<BatchProgress> progress, BooleanSupplier cancelled) {
        List<ArticleId> ids = selection.select(filter, settings.zone());
        List<ReportWriter> batch = formats.all().stream()
                .filter(format -> format.batchEntry() != null).toList();
        int total = batch.stream().mapToInt(format -> format.combinesArticles() ? 1 : ids.size()).sum();
        int done = 0;
        progress.accept(new BatchProgress(done, total));
        ReportOptions options = new ReportOptions(locale, filter.verdict(), clock.instant(), settings);
        long[] sentences = {0};
        Consumer<ArticleReport> count = report -> sentences[0] += report.sentencesWith(filter.verdict());
        try {
            ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
            for (ReportWriter format : batch) {
                if (format.combinesArticles()) {
                    stopIfCancelled(cancelled);
                    zip.putNextEntry(new ZipEntry(format.batchEntry()));
                    write(format, ids, options, zip, cancelled, count);
                    count = report -> { }; // counted in the first pass over the articles
                    zip.closeEntry();
                    progress.accept(new BatchProgress(++done, total));
                    continue;
                }
                for (ArticleId id : ids) {
                    stopIfCancelled(cancelled);
                    ArticleReport report = reports.load(id, format.needsHistory());
                    count.accept(report);
                    zip.putNextEntry(new ZipEntry(fileName(id, report.article().title(), format)));
                    format.write(Stream.of(report), options, new KeepOpen(zip));
                    zip.closeEntry();
                    progress.accept(new BatchProgress(++done, total));
                }
                count = report -> { };
            }
            zip.finish();
            return new BatchResult(ids.size(), sentences[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("The ZIP could not be written: " + e.getMessage(), e);
        }
    }

    /** Loads the articles one at a time as the writer takes them; the writer must leave {@code out} open. */
    private long write(ReportWriter format, List<ArticleId> ids, ReportOptions options, OutputStream out,
                       BooleanSupplier cancelled, Consumer<ArticleReport> loadedOne) {
        Stream<ArticleReport> loaded = ids.stream().map(id -> {
            stopIfCancelled(cancelled);
            ArticleReport report = reports.load(id, format.needsHistory());
            loadedOne.accept(report);
            return report;
        });
        return format.write(loaded, options, new KeepOpen(out));
    }

    /** A file name for one article's report, e.g. {@code factdesk-4-microsoft-wagt-den-befreiungsschlag.pdf}. */
    public String fileName(ArticleId id, String title, ReportWriter format) {
        return "factdesk-" + id.value() + slug(title) + "." + format.fileExtension();
    }

    public String batchFileName(LocalDate day) {
        return "factdesk-export-" + day + ".zip";
    }

    private static String slug(String title) {
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.GERMAN)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"),
                Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "" : "-" + slug;
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The export was cancelled.");
        }
    }

    /** Lets a writer close its stream without closing the caller's (a ZIP entry, a response). */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
