package org.factdesk.report.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.report.ArticleReport;
import org.factdesk.report.ReportOptions;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.segmentation.BlockKind;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The PDF review report: an HTML page built with jsoup (so every text is escaped by construction),
 * styled by {@code reports/report.css} and laid out by openhtmltopdf with the DejaVu Sans fonts
 * embedded, so German typography („ “ – ß ä ö ü) comes out exactly. One PDF holds one article.
 * The bean (no labels) is the format in the registry; it lays out each export with an instance made
 * for the export's language.
 */
@Component
@Order(10)
public final class PdfReportWriter extends BuiltInReportWriter {

    private static final String FONT_FAMILY = "DejaVu Sans";
    /**
     * Loaded with the first PDF, not with the class: the command line makes the registry's writers
     * before Spring starts (to check {@code --format}) and must stay quick.
     */
    private static final class Resources {
        static final byte[] REGULAR = resource("reports/fonts/DejaVuSans.ttf");
        static final byte[] BOLD = resource("reports/fonts/DejaVuSans-Bold.ttf");
        static final byte[] OBLIQUE = resource("reports/fonts/DejaVuSans-Oblique.ttf");
        static final String STYLES = new String(resource("reports/report.css"), StandardCharsets.UTF_8);

        static {
            OpenHtmlToPdfLogger.install();
        }
    }

    private final ReportLabels labels;

    @Autowired
    public PdfReportWriter() {
        this(null);
    }

    /** A writer that lays out PDFs with labels in this language and times in this zone. */
    public PdfReportWriter(Locale locale, ZoneId zone) {
        this(new ReportLabels(locale, zone));
    }

    /** Not combining articles, the batch holds one PDF per article instead of a batch entry. */
    private PdfReportWriter(ReportLabels labels) {
        super("pdf", "pdf", "application/pdf", false, "", null);
        this.labels = labels;
    }

    /** Writes the one article's PDF; returns 1. */
    @Override
    public long write(Stream<ArticleReport> reports, ReportOptions options, OutputStream out) {
        PdfReportWriter layout = new PdfReportWriter(options.locale(), options.settings().zone());
        List<ArticleReport> one = reports.toList();
        if (one.size() != 1) {
            throw new IllegalArgumentException("A PDF holds one article, not " + one.size());
        }
        ArticleReport report = options.withDiscussion() ? one.getFirst() : one.getFirst().withoutDiscussion();
        if (!options.withChanges()) {
            report = report.withoutChanges();
        }
        layout.write(report, options.exportedAt(), out);
        return 1;
    }

    public void write(ArticleReport report, Instant generatedAt, OutputStream out) {
        Objects.requireNonNull(labels, "a PDF is laid out by a writer made for its language");
        Document html = html(report, generatedAt);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(Resources.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Resources.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Resources.OBLIQUE), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.withW3cDocument(W3CDom.convert(html), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written: " + e.getMessage(), e);
        }
    }

    /** The report as HTML (what the PDF shows). */
    Document html(ArticleReport report, Instant generatedAt) {
        ArticleText article = report.article();
        Document doc = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
        doc.selectFirst("html").attr("lang", labels.locale().getLanguage());
        doc.head().appendElement("title").text(article.title());
        doc.head().appendElement("style").appendText(Resources.STYLES);
        doc.head().appendElement("meta").attr("name", "generator").attr("content", "FactDesk");
        Element body = doc.body();
        body.appendElement("div").addClass("kicker").text(labels.text("report.heading"));
        body.appendElement("h1").text(article.title());
        header(report, generatedAt, body);
        summary(report, body);
        if (report.changesSinceApproved() != null) {
            changes(report.changesSinceApproved(), body);
        }
        body.appendElement("h2").text(labels.text("report.sentences"));
        sentences(report, body);
        if (report.hasComments()) {
            body.appendElement("h2").text(labels.text("report.discussion"));
            discussion(report, body);
        }
        return doc;
    }

    private void header(ArticleReport report, Instant generatedAt, Element body) {
        ArticleText article = report.article();
        Assignment assignment = report.assignment();
        Element table = body.appendElement("table").addClass("meta");
        row(table, "report.source", article.sourceName());
        if (article.sourceUrl() != null) {
            row(table, "report.source-url", article.sourceUrl());
        }
        // What the source says about itself (intake metadata); rows only for what is known.
        if (article.metadata().outlet() != null) {
            row(table, "report.outlet", article.metadata().outlet());
        }
        if (article.metadata().author() != null) {
            row(table, "report.author", article.metadata().author());
        }
        if (article.metadata().publishedOn() != null) {
            row(table, "report.published", labels.date(article.metadata().publishedOn()));
        }
        // The version reviewed and its date (ADR 0029): a report of version 1 says so too.
        row(table, "report.version", report.version() != null && report.version().next() != null
                ? labels.text("report.version.replaced", report.versionNumber(), labels.dateTime(report.versionDate()),
                        report.versionNumber() + 1)
                : labels.text("report.version.value", report.versionNumber(), labels.dateTime(report.versionDate())));
        row(table, "report.state", labels.state(report.state()));
        row(table, "report.assignee", assignment == null || assignment.assignee() == null
                ? "–" : assignment.assignee().displayName());
        if (assignment != null && assignment.dueDate() != null) {
            row(table, "report.due", labels.date(assignment.dueDate()));
        }
        row(table, "report.imported", labels.dateTime(article.importedAt()));
        report.last(TransitionAction.ASSIGNED)
                .ifPresent(t -> row(table, "report.assigned", labels.dateTime(t.at())));
        report.last(TransitionAction.SUBMITTED)
                .ifPresent(t -> row(table, "report.submitted", labels.dateTime(t.at())));
        report.last(TransitionAction.APPROVED).filter(t -> report.state() == ArticleState.APPROVED)
                .ifPresent(t -> row(table, "report.approved",
                        labels.text("report.by-at", t.byDisplayName(), labels.dateTime(t.at()))));
        row(table, "report.generated", labels.dateTime(generatedAt));
    }

    private void row(Element table, String labelKey, String value) {
        Element tr = table.appendElement("tr");
        tr.appendElement("th").text(labels.text(labelKey));
        tr.appendElement("td").text(value);
    }

    private void summary(ArticleReport report, Element body) {
        body.appendElement("h2").text(labels.text("report.summary"));
        int total = report.article().sentenceCount();
        int unreviewed = report.unreviewed();
        body.appendElement("p").addClass("reviewed")
                .text(labels.text("report.reviewed-of", total - unreviewed, total));
        Element chart = body.appendElement("table").addClass("chart");
        Map<Verdict, Integer> counts = report.counts();
        for (Verdict verdict : Verdict.values()) {
            chartRow(chart, verdict, counts.get(verdict), total);
        }
        chartRow(chart, null, unreviewed, total);
    }

    private void chartRow(Element chart, Verdict verdict, int count, int total) {
        Element tr = chart.appendElement("tr").addClass(verdictClass(verdict));
        tr.appendElement("td").addClass("label").text(ReportLabels.symbol(verdict) + " " + labels.verdict(verdict));
        double percent = total == 0 ? 0 : 100.0 * count / total;
        Element bar = tr.appendElement("td").addClass("bar").appendElement("div").addClass("fill");
        bar.attr("style", String.format(Locale.ROOT, "width: %.1f%%", Math.max(percent, count > 0 ? 0.5 : 0)));
        tr.appendElement("td").addClass("count").text(Integer.toString(count));
        tr.appendElement("td").addClass("percent").text(String.format(labels.locale(), "%.0f %%", percent));
    }

    /**
     * The article in reading order; a run of sentences with a verdict {@link Verdict#reportedInRuns()
     * reported in runs} (advertising comes in runs) is shown as one block.
     */
    private void sentences(ArticleReport report, Element body) {
        List<PositionedSentence> run = new ArrayList<>();
        for (ArticleText.Block block : report.article().blocks()) {
            for (ArticleText.Sentence sentence : block.sentences()) {
                SentenceVerdict verdict = report.verdictOf(sentence.id()).orElse(null);
                boolean inRun = verdict != null && verdict.verdict().reportedInRuns();
                if (!run.isEmpty() && (!inRun || run.getFirst().verdict().verdict() != verdict.verdict())) {
                    flushRun(run, body);
                }
                if (inRun) {
                    run.add(new PositionedSentence(block.kind(), sentence, verdict));
                    continue;
                }
                sentence(block.kind(), sentence, verdict, body);
            }
        }
        flushRun(run, body);
    }

    private record PositionedSentence(BlockKind kind, ArticleText.Sentence sentence, SentenceVerdict verdict) {
    }

    private void sentence(BlockKind kind, ArticleText.Sentence sentence, SentenceVerdict verdict, Element body) {
        Verdict value = verdict == null ? null : verdict.verdict();
        Element item = body.appendElement("div").addClass("sentence").addClass(verdictClass(value));
        Element head = item.appendElement("div").addClass("head");
        head.appendElement("span").addClass("no").text(Integer.toString(sentence.ordinal()));
        head.appendElement("span").addClass("badge").text(ReportLabels.symbol(value) + " " + labels.verdict(value));
        if (verdict != null) {
            head.appendElement("span").addClass("by")
                    .text(labels.text("report.by-at", verdict.setByDisplayName(), labels.dateTime(verdict.setAt())));
        }
        Element text = item.appendElement("div").addClass("text").addClass(kind.name().toLowerCase(Locale.ROOT));
        text.text(kind == BlockKind.BULLET ? "• " + sentence.text() : sentence.text());
        if (verdict != null) {
            details(verdict, item);
        }
    }

    /**
     * "Changes since the last approved version" (ADR 0029): each row where the versions differ, its kind, the
     * sentence numbers then and now, the words gone struck through and the words that came underlined.
     */
    private void changes(org.factdesk.revision.VersionDiff diff, Element body) {
        String since = labels.text(diff.hasChanges() ? "report.changes" : "report.changes.none",
                diff.older().number(), labels.dateTime(diff.older().createdAt()));
        if (!diff.hasChanges()) {
            body.appendElement("p").addClass("changes-none").text(since);
            return;
        }
        body.appendElement("h2").addClass("changes-heading").text(since);
        Element table = body.appendElement("table").addClass("changes");
        Element head = table.appendElement("tr");
        head.appendElement("th").text("");
        head.appendElement("th").text(labels.text("report.changes.before"));
        head.appendElement("th").text(labels.text("report.changes.after"));
        for (org.factdesk.revision.VersionDiff.Row row : diff.changes()) {
            Element tr = table.appendElement("tr").addClass("change").addClass("k-" + row.kind().key());
            tr.appendElement("td").addClass("kind").text(labels.text("revread.diff.kind." + row.kind().name())
                    + (row.moved() ? ", " + labels.text("revread.diff.moved") : ""));
            side(tr.appendElement("td").addClass("before"), row.oldOrdinals(), row.before(), "del");
            Element after = tr.appendElement("td").addClass("after");
            side(after, row.newOrdinals(), row.after(), "ins");
            if (!row.differences().isEmpty()) {
                after.appendElement("div").addClass("why").text(String.join("; ", row.differences()));
            }
        }
    }

    private static void side(Element cell, List<Integer> ordinals, List<org.factdesk.revision.WordDiff.Segment> text,
                             String changedTag) {
        if (ordinals.isEmpty()) {
            return;
        }
        cell.appendElement("span").addClass("inline-no").text(ordinals.size() == 1 ? ordinals.getFirst().toString()
                : ordinals.getFirst() + "–" + ordinals.getLast());
        for (org.factdesk.revision.WordDiff.Segment segment : text) {
            if (segment.changed()) {
                cell.appendElement(changedTag).text(segment.text());
            } else {
                cell.appendText(segment.text());
            }
        }
    }

    /** The threads that still have a comment: where (sentence or article), who wrote what when, resolved or not. */
    private void discussion(ArticleReport report, Element body) {
        java.util.Map<Long, Integer> ordinals = new java.util.HashMap<>();
        report.article().blocks().forEach(block -> block.sentences().forEach(s -> ordinals.put(s.id(), s.ordinal())));
        for (org.factdesk.discussion.DiscussionThread thread : report.discussion()) {
            if (thread.visibleComments() == 0) {
                continue;
            }
            Element box = body.appendElement("div").addClass("thread");
            Long sentenceId = thread.root().sentenceId();
            box.appendElement("div").addClass("where").text(sentenceId == null ? labels.text("report.discussion.article")
                    : labels.text("report.discussion.sentence", ordinals.get(sentenceId)));
            java.util.stream.Stream.concat(java.util.stream.Stream.of(thread.root()), thread.replies().stream())
                    .forEach(comment -> {
                        Element line = box.appendElement("div").addClass("comment");
                        line.appendElement("span").addClass("caption").text(labels.text("report.discussion.by",
                                comment.authorDisplayName(), labels.dateTime(comment.createdAt()))
                                + (comment.edited() && !comment.deleted() ? " " + labels.text("discussion.edited") : "")
                                + ": ");
                        if (comment.deleted()) {
                            line.appendElement("em").text(labels.text("discussion.deleted"));
                        } else {
                            line.appendText(comment.body());
                        }
                    });
            if (thread.resolved()) {
                box.appendElement("div").addClass("resolved").text(labels.text("discussion.resolvedBy",
                        thread.resolvedByDisplayName(), labels.dateTime(thread.resolvedAt())));
            }
        }
    }

    private void details(SentenceVerdict verdict, Element item) {
        if (verdict.note() != null) {
            Element note = item.appendElement("div").addClass("note");
            note.appendElement("span").addClass("caption").text(labels.text("report.note") + ": ");
            note.appendText(verdict.note());
        }
        for (EvidenceItem evidence : verdict.evidence()) {
            Element line = item.appendElement("div").addClass("evidence");
            line.appendElement("span").addClass("caption").text(labels.text("report.evidence") + ": ");
            line.appendElement("a").attr("href", evidence.url()).text(evidence.url());
            if (evidence.quote() != null && !evidence.quote().isBlank()) {
                line.appendElement("div").addClass("quote").text(quoted(evidence.quote().strip()));
            }
            if (evidence.accessedOn() != null) {
                line.appendElement("div").addClass("accessed")
                        .text(labels.text("report.accessed", labels.date(evidence.accessedOn())));
            }
        }
    }

    /** Shows the run (sentences of one verdict) as one block, classed {@code <key>-block}, and empties it. */
    private void flushRun(List<PositionedSentence> run, Element body) {
        if (run.isEmpty()) {
            return;
        }
        Verdict verdict = run.getFirst().verdict().verdict();
        Element group = body.appendElement("div").addClass("sentence").addClass(verdict.key() + "-block")
                .addClass(verdictClass(verdict));
        Element head = group.appendElement("div").addClass("head");
        head.appendElement("span").addClass("badge")
                .text(ReportLabels.symbol(verdict) + " " + labels.verdict(verdict));
        int first = run.getFirst().sentence().ordinal();
        int last = run.getLast().sentence().ordinal();
        head.appendElement("span").addClass("range").text(first == last
                ? labels.text("report." + verdict.key() + "-one", first)
                : labels.text("report." + verdict.key() + "-block", first, last, run.size()));
        List<String> reviewers = run.stream().map(p -> p.verdict().setByDisplayName()).distinct().toList();
        Instant latest = run.stream().map(p -> p.verdict().setAt()).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        head.appendElement("span").addClass("by")
                .text(labels.text("report.by-at", String.join(", ", reviewers), labels.dateTime(latest)));
        Element text = group.appendElement("div").addClass("text");
        for (PositionedSentence positioned : run) {
            text.appendElement("span").addClass("inline-no").text(Integer.toString(positioned.sentence().ordinal()));
            text.appendText(positioned.sentence().text() + " ");
        }
        for (PositionedSentence positioned : run) {
            if (positioned.verdict().note() != null || !positioned.verdict().evidence().isEmpty()) {
                Element detail = group.appendElement("div").addClass("group-detail");
                detail.appendElement("span").addClass("inline-no")
                        .text(Integer.toString(positioned.sentence().ordinal()));
                details(positioned.verdict(), detail);
            }
        }
        run.clear();
    }

    /** The passage in German quotes, unless the editor already quoted it. */
    private static String quoted(String passage) {
        return passage.startsWith("„") || passage.startsWith("\"") || passage.startsWith("»")
                ? passage : "„" + passage + "“";
    }

    private static String verdictClass(Verdict verdict) {
        return "v-" + (verdict == null ? "none" : verdict.key());
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing report resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
