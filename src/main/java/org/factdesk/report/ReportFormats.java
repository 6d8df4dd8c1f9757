package org.factdesk.report;

import org.factdesk.common.ComponentsOnClasspath;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of export formats: every {@link ReportWriter} bean, in their {@code @Order}. A format
 * is a {@code @Component} class in {@code org.factdesk.report} or below with a constructor without
 * arguments, so that {@link #onClasspath()} finds the same formats without starting Spring (the
 * command line checks {@code --format} before it opens the database); ReportFormatsIT keeps the
 * two equal.
 */
@Component
public class ReportFormats {

    private final List<ReportWriter> writers;

    public ReportFormats(List<ReportWriter> writers) {
        Set<String> ids = new HashSet<>();
        for (ReportWriter writer : writers) {
            if (!ids.add(writer.id())) {
                throw new IllegalStateException("Two report formats are called '" + writer.id() + "'");
            }
        }
        this.writers = List.copyOf(writers);
    }

    /**
     * The formats as the application context would hold them, found by Spring's component scan of
     * the report feature's packages, without a context.
     */
    public static ReportFormats onClasspath() {
        return new ReportFormats(ComponentsOnClasspath.instantiate(ReportWriter.class, ReportFormats.class.getPackageName()));
    }

    public List<ReportWriter> all() {
        return writers;
    }

    /** The format of this id, case-insensitive (the command line accepts {@code CSV}). */
    public Optional<ReportWriter> find(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return writers.stream().filter(writer -> writer.id().equals(wanted)).findFirst();
    }

    public List<String> ids() {
        return writers.stream().map(ReportWriter::id).toList();
    }
}
