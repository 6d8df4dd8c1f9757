package org.factdesk.report;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A format that only the tests have, to prove that adding a format is adding one class: being a
 * component on the class path, it shows up in the command line's {@code --format} list and help
 * and in the export dialog, with nothing else registered anywhere. One line per article: id, tab, title.
 */
@Component
@Order(100)
public class TitlesReportWriter implements ReportWriter {

    @Override
    public String id() {
        return "titles";
    }

    @Override
    public String fileExtension() {
        return "titles.txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String label(Locale locale) {
        // A plugged-in format speaks the dialog's language too (GermanUiJourneyIT walks the export dialog in German).
        return "de".equals(locale.getLanguage()) ? "Titel (Testformat)" : "Titles (test format)";
    }

    @Override
    public String hint(Locale locale) {
        return "de".equals(locale.getLanguage()) ? "die Titel der Artikel, einer pro Zeile"
                : "the article titles, one per line";
    }

    @Override
    public boolean combinesArticles() {
        return true;
    }

    /** Left out of the batch ZIP, so that the batch tests see the production ZIP. */
    @Override
    public String batchEntry() {
        return null;
    }

    @Override
    public String countedAs() {
        return "title";
    }

    @Override
    public long write(Stream<ArticleReport> reports, ReportOptions options, OutputStream out) {
        PrintWriter lines = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        long written = 0;
        for (ArticleReport report : (Iterable<ArticleReport>) reports::iterator) {
            lines.print(report.article().id().value() + "\t" + report.article().title() + "\n");
            written++;
        }
        lines.flush();
        return written;
    }
}
