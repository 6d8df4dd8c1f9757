package org.factdesk.report.internal;

import org.factdesk.article.ArticleText;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.Transition;
import org.factdesk.report.ArticleReport;
import org.factdesk.report.ReportOptions;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The review as JSON for tools (shape documented in docs/report-formats.md): an envelope with
 * {@code format}, {@code version} and {@code exportedAt}, then {@code articles}, each with its
 * workflow, summary, blocks, sentences, verdicts, evidence and history. Articles are written one
 * at a time as they come; the envelope is closed at the end, the target is not. Every sentence of
 * every article, whatever verdict was asked for: the file is the whole review.
 */
@Component
@Order(30)
public final class JsonReportWriter extends BuiltInReportWriter {

    public static final String FORMAT = "factdesk.review-report";
    /**
     * 5: the article names its {@code articleVersion} and carries {@code changesSinceApproved} (ADR 0029);
     * 4: the article carries its {@code discussion} (threads with their comments);
     * 3: the article carries its source's {@code outlet}, {@code author} and {@code publishedOn};
     * 2: the summary counts verdicts in one map keyed by verdict ({@code counts}) instead of a field each.
     */
    public static final int VERSION = 5;

    /** Not in the batch ZIP: the batch is for people and publishing, the JSON for tools. */
    public JsonReportWriter() {
        super("json", "json", "application/json", true, null, null);
    }

    @Override
    public boolean needsHistory() {
        return true;
    }

    /** Returns the number of articles written. */
    @Override
    public long write(Stream<ArticleReport> reports, ReportOptions options, OutputStream out) {
        JsonGenerator json = Json.MAPPER.createGenerator(out);
        json.writeStartObject();
        json.writeStringProperty("format", FORMAT);
        json.writeNumberProperty("version", VERSION);
        json.writeStringProperty("exportedAt", options.exportedAt().toString());
        json.writeName("articles");
        json.writeStartArray();
        long articles = 0;
        for (ArticleReport report : (Iterable<ArticleReport>) reports::iterator) {
            json.writePOJO(article(report));
            articles++;
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        return articles;
    }

    private static ArticleJson article(ArticleReport report) {
        ArticleText article = report.article();
        Assignment assignment = report.assignment();
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.counts().forEach((verdict, count) -> counts.put(verdict.key(), count));
        SummaryJson summary = new SummaryJson(article.sentenceCount(), article.sentenceCount() - report.unreviewed(),
                counts, report.unreviewed());
        List<BlockJson> blocks = article.blocks().stream().map(block -> new BlockJson(block.ordinal(),
                block.kind().name().toLowerCase(Locale.ROOT),
                block.sentences().stream().map(sentence -> sentence(report, sentence)).toList())).toList();
        return new ArticleJson(article.id().value(), article.title(), article.sourceName(), article.sourceUrl(),
                article.metadata().outlet(), article.metadata().author(), article.metadata().publishedOn(),
                article.importedAt(), name(report.state()),
                assignment == null || assignment.assignee() == null ? null
                        : new PersonJson(assignment.assignee().username(), assignment.assignee().displayName()),
                assignment == null ? null : assignment.dueDate(),
                assignment == null ? null : assignment.priority().name().toLowerCase(Locale.ROOT),
                report.transitions().stream().map(JsonReportWriter::transition).toList(), summary, blocks,
                discussion(report), version(report), changes(report.changesSinceApproved()));
    }

    /** The version reviewed (version 5): its number, when it was stored, the versions before and after it. */
    private static VersionJson version(ArticleReport report) {
        var version = report.version();
        return new VersionJson(report.versionNumber(), report.versionDate(),
                version == null || version.previous() == null ? null : version.previous().value(),
                version == null || version.next() == null ? null : version.next().value());
    }

    /** The changes since the last approved earlier version (version 5), null when there is none. */
    private static ChangesJson changes(org.factdesk.revision.VersionDiff diff) {
        if (diff == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        diff.counts().forEach((kind, count) -> counts.put(kind.key(), count));
        return new ChangesJson(new SinceJson(diff.older().articleId().value(), diff.older().number(),
                diff.older().createdAt()), counts, diff.changes().stream().map(row -> new ChangeJson(row.kind().key(),
                row.moved(), row.oldOrdinals(), row.newOrdinals(), row.oldOrdinals().isEmpty() ? null : row.beforeText(),
                row.newOrdinals().isEmpty() ? null : row.afterText(),
                row.before().stream().filter(org.factdesk.revision.WordDiff.Segment::changed)
                        .map(org.factdesk.revision.WordDiff.Segment::text).toList(),
                row.after().stream().filter(org.factdesk.revision.WordDiff.Segment::changed)
                        .map(org.factdesk.revision.WordDiff.Segment::text).toList(),
                row.differences())).toList());
    }

    /** The threads, each with the ordinal of its sentence (null: the article's own thread); deleted comments without text. */
    private static List<ThreadJson> discussion(ArticleReport report) {
        Map<Long, Integer> ordinals = new java.util.HashMap<>();
        report.article().blocks().forEach(block -> block.sentences().forEach(s -> ordinals.put(s.id(), s.ordinal())));
        return report.discussion().stream().map(thread -> new ThreadJson(
                thread.root().sentenceId() == null ? null : ordinals.get(thread.root().sentenceId()),
                thread.resolved(), thread.resolvedAt(), thread.resolvedByDisplayName(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(thread.root()), thread.replies().stream())
                        .map(c -> new CommentJson(c.id(), new PersonJson(c.authorUsername(), c.authorDisplayName()),
                                c.body(), c.createdAt(), c.editedAt(), c.deletedAt())).toList())).toList();
    }

    private static SentenceJson sentence(ArticleReport report, ArticleText.Sentence sentence) {
        SentenceVerdict verdict = report.verdicts().get(sentence.id());
        List<HistoryJson> history = report.history().getOrDefault(sentence.id(), List.of()).stream()
                .map(JsonReportWriter::history).toList();
        if (verdict == null) {
            return new SentenceJson(sentence.id(), sentence.ordinal(), sentence.text(), null, null, 0, null, null,
                    List.of(), history);
        }
        return new SentenceJson(sentence.id(), sentence.ordinal(), sentence.text(), name(verdict.verdict()),
                verdict.note(), verdict.version(),
                new PersonJson(verdict.setByUsername(), verdict.setByDisplayName()), verdict.setAt(),
                verdict.evidence().stream().map(e -> new EvidenceJson(e.url(), e.quote(), e.accessedOn())).toList(),
                history);
    }

    private static TransitionJson transition(Transition t) {
        return new TransitionJson(name(t.action()), name(t.from()), name(t.to()), t.assigneeDisplayName(),
                t.comment(), new PersonJson(t.byUsername(), t.byDisplayName()), t.at());
    }

    private static HistoryJson history(HistoryEntry h) {
        return new HistoryJson(h.version(), name(h.from()), name(h.to()), h.fromNote(), h.toNote(),
                h.evidenceSummary(), new PersonJson(h.byUsername(), h.byDisplayName()), h.at());
    }

    private static String name(Enum<?> value) {
        return ExportNames.of(value);
    }

    public record ArticleJson(long id, String title, String sourceName, String sourceUrl, String outlet,
                              String author, LocalDate publishedOn, Instant importedAt,
                              String state, PersonJson assignee, LocalDate dueDate, String priority,
                              List<TransitionJson> workflow, SummaryJson summary, List<BlockJson> blocks,
                              List<ThreadJson> discussion, VersionJson articleVersion,
                              ChangesJson changesSinceApproved) {
    }

    /** The version reviewed (version 5); {@code previous}/{@code next}: the article ids of its neighbours, or null. */
    public record VersionJson(int number, Instant createdAt, Long previous, Long next) {
    }

    /**
     * What changed since the last approved earlier version (version 5): {@code since} that version, {@code counts}
     * rows per kind (unchanged, changed, substance, removed, new), {@code changes} the rows that differ.
     */
    public record ChangesJson(SinceJson since, Map<String, Integer> counts, List<ChangeJson> changes) {
    }

    public record SinceJson(long articleId, int number, Instant createdAt) {
    }

    /** One changed row: texts then and now (null on the side without), the words gone and the words that came. */
    public record ChangeJson(String kind, boolean moved, List<Integer> oldSentences, List<Integer> newSentences,
                             String before, String after, List<String> deleted, List<String> inserted,
                             List<String> differences) {
    }

    /** A discussion thread (version 4): {@code sentence} the ordinal, null for the article's own thread. */
    public record ThreadJson(Integer sentence, boolean resolved, Instant resolvedAt, String resolvedBy,
                             List<CommentJson> comments) {
    }

    /** {@code text} is null once deleted ({@code deletedAt} set). */
    public record CommentJson(long id, PersonJson author, String text, Instant createdAt, Instant editedAt,
                              Instant deletedAt) {
    }

    public record PersonJson(String username, String displayName) {
    }

    public record TransitionJson(String action, String from, String to, String assignee, String comment,
                                 PersonJson by, Instant at) {
    }

    /** {@code counts}: sentences per verdict keyed by {@link Verdict#key()}, every verdict present (version 2). */
    public record SummaryJson(int sentences, int reviewed, Map<String, Integer> counts, int unreviewed) {
    }

    public record BlockJson(int ordinal, String kind, List<SentenceJson> sentences) {
    }

    public record SentenceJson(long id, int ordinal, String text, String verdict, String note, int version,
                               PersonJson reviewedBy, Instant reviewedAt, List<EvidenceJson> evidence,
                               List<HistoryJson> history) {
    }

    public record EvidenceJson(String url, String quote, LocalDate accessedOn) {
    }

    public record HistoryJson(int version, String from, String to, String fromNote, String toNote,
                              String evidence, PersonJson by, Instant at) {
    }
}
