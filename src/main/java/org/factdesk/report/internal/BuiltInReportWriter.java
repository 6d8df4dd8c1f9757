package org.factdesk.report.internal;

import org.factdesk.report.ReportWriter;

import java.util.Locale;

/** What the built-in formats describe alike: their names, and labels from the UI's translation bundle ({@code export.<id>}). */
abstract class BuiltInReportWriter implements ReportWriter {

    private final String id;
    private final String fileExtension;
    private final String mediaType;
    private final boolean combinesArticles;
    private final String batchEntry;
    private final String countedAs;

    BuiltInReportWriter(String id, String fileExtension, String mediaType, boolean combinesArticles,
                        String batchEntry, String countedAs) {
        this.id = id;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
        this.combinesArticles = combinesArticles;
        this.batchEntry = batchEntry;
        this.countedAs = countedAs;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String fileExtension() {
        return fileExtension;
    }

    @Override
    public final String mediaType() {
        return mediaType;
    }

    @Override
    public final String label(Locale locale) {
        return ReportLabels.formatLabel(id, locale);
    }

    @Override
    public final String hint(Locale locale) {
        return ReportLabels.formatHint(id, locale);
    }

    @Override
    public final boolean combinesArticles() {
        return combinesArticles;
    }

    @Override
    public final String batchEntry() {
        return batchEntry;
    }

    @Override
    public final String countedAs() {
        return countedAs;
    }
}
