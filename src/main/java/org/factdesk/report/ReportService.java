package org.factdesk.report;

import org.factdesk.article.ArticleId;
import org.factdesk.report.internal.ArticleReport;
import org.factdesk.report.internal.ArticleReports;
import org.factdesk.report.internal.ArticleSelection;
import org.factdesk.report.internal.ClaimReviewWriter;
import org.factdesk.report.internal.CsvReportWriter;
import org.factdesk.report.internal.JsonReportWriter;
import org.factdesk.report.internal.PdfReportWriter;
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
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Review reports: one article in any {@link ReportFormat}, several articles in one CSV, JSON or
 * ClaimReview file, and the batch ZIP for team leads. Everything is written to the caller's stream
 * as it is produced, one article in memory at a time; the caller closes the stream. An export reads
 * in one transaction, so it shows one consistent state even while editors keep working.
 */
@Service
public class ReportService {

    public static final String BATCH_CSV = "sentences.csv";
    public static final String BATCH_CLAIM_REVIEW = "claimreview.jsonld";

    private final ArticleReports reports;
    private final ArticleSelection selection;
    private final ReportSettings settings;
    private final Clock clock;

    ReportService(ArticleReports reports, ArticleSelection selection, ReportSettings settings) {
        this.reports = reports;
        this.selection = selection;
        this.settings = settings;
        this.clock = Clock.systemUTC();
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
    public void writeArticle(ArticleId id, ReportFormat format, Locale locale, OutputStream out) {
        if (format == ReportFormat.PDF) {
            new PdfReportWriter(locale, settings.zone()).write(reports.load(id, false), clock.instant(), out);
        } else {
            writeCombined(List.of(id), format, null, out);
        }
    }

    /**
     * Several articles in one CSV, JSON or ClaimReview file; with {@code onlyVerdict} the CSV and
     * ClaimReview list only sentences of that verdict. Returns the number of rows, articles or reviews written.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and (#ids.size() == 1 or " + AppRoles.HAS_LEAD_OR_ADMIN + ")")
    public long writeCombined(List<ArticleId> ids, ReportFormat format, Verdict onlyVerdict, OutputStream out) {
        OutputStream target = new KeepOpen(out);
        switch (format) {
            case CSV -> {
                CsvReportWriter csv = new CsvReportWriter(target);
                ids.forEach(id -> csv.write(reports.load(id, false), onlyVerdict));
                csv.finish();
                return csv.rows();
            }
            case JSON -> {
                JsonReportWriter json = new JsonReportWriter(target, clock.instant());
                ids.forEach(id -> json.write(reports.load(id, true)));
                json.finish();
                return ids.size();
            }
            case CLAIM_REVIEW -> {
                ClaimReviewWriter claims = new ClaimReviewWriter(target, settings);
                ids.forEach(id -> claims.write(reports.load(id, false), onlyVerdict));
                claims.finish();
                return claims.reviews();
            }
            case PDF -> throw new IllegalArgumentException(
                    "A PDF holds one article: export PDFs one by one, or several as a batch ZIP.");
            default -> throw new IllegalStateException(format.name());
        }
    }

    /**
     * The batch ZIP: one PDF per selected article, then {@value #BATCH_CSV} and
     * {@value #BATCH_CLAIM_REVIEW} over all of them. Reports progress after each step and stops with
     * a {@link CancellationException} as soon as {@code cancelled} says so.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public BatchResult writeBatch(ExportFilter filter, Locale locale, OutputStream out,
                                  Consumer<BatchProgress> progress, BooleanSupplier cancelled) {
        List<ArticleId> ids = selection.select(filter, settings.zone());
        int total = ids.size() + 2;
        int done = 0;
        progress.accept(new BatchProgress(done, total));
        PdfReportWriter pdf = new PdfReportWriter(locale, settings.zone());
        Instant now = clock.instant();
        try {
            ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
            for (ArticleId id : ids) {
                stopIfCancelled(cancelled);
                ArticleReport report = reports.load(id, false);
                zip.putNextEntry(new ZipEntry(fileName(id, report.article().title(), ReportFormat.PDF)));
                pdf.write(report, now, new KeepOpen(zip));
                zip.closeEntry();
                progress.accept(new BatchProgress(++done, total));
            }
            stopIfCancelled(cancelled);
            zip.putNextEntry(new ZipEntry(BATCH_CSV));
            CsvReportWriter csv = new CsvReportWriter(new KeepOpen(zip));
            for (ArticleId id : ids) {
                stopIfCancelled(cancelled);
                csv.write(reports.load(id, false), filter.verdict());
            }
            csv.finish();
            zip.closeEntry();
            progress.accept(new BatchProgress(++done, total));
            zip.putNextEntry(new ZipEntry(BATCH_CLAIM_REVIEW));
            ClaimReviewWriter claims = new ClaimReviewWriter(new KeepOpen(zip), settings);
            for (ArticleId id : ids) {
                stopIfCancelled(cancelled);
                claims.write(reports.load(id, false), filter.verdict());
            }
            claims.finish();
            zip.closeEntry();
            zip.finish();
            progress.accept(new BatchProgress(++done, total));
            return new BatchResult(ids.size(), csv.rows());
        } catch (IOException e) {
            throw new UncheckedIOException("The ZIP could not be written: " + e.getMessage(), e);
        }
    }

    /** A file name for one article's report, e.g. {@code factdesk-4-microsoft-wagt-den-befreiungsschlag.pdf}. */
    public String fileName(ArticleId id, String title, ReportFormat format) {
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
