package org.factdesk.report;

import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.Transition;
import org.factdesk.assignment.TransitionAction;
import org.factdesk.discussion.DiscussionThread;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.VersionDiff;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report says about one article: its text, workflow state and transitions, and the
 * current verdict (and, when loaded, the history) of each sentence, and the discussion threads
 * (sentence threads and the article's own, oldest first), each sentence's check-worthiness (0–1, by
 * sentence id; none for a sentence the assistance did not score). {@code assignment} is null for an article
 * the workflow does not know. {@code version} is the version reviewed (ADR 0029; null when unknown),
 * {@code changesSinceApproved} the differences from the last approved earlier version to this one (null when
 * there is none, or the report does not show them).
 */
public record ArticleReport(ArticleText article, Assignment assignment, List<Transition> transitions,
                            Map<Long, SentenceVerdict> verdicts, Map<Long, List<HistoryEntry>> history,
                            List<DiscussionThread> discussion, Map<Long, Double> checkworthiness,
                            ArticleVersion version, VersionDiff changesSinceApproved) {

    /** A report of an article whose version is not known (null) and with no changes to show. */
    public ArticleReport(ArticleText article, Assignment assignment, List<Transition> transitions,
                         Map<Long, SentenceVerdict> verdicts, Map<Long, List<HistoryEntry>> history,
                         List<DiscussionThread> discussion, Map<Long, Double> checkworthiness) {
        this(article, assignment, transitions, verdicts, history, discussion, checkworthiness, null, null);
    }

    /** A report without check-worthiness scores, of a known version. */
    public ArticleReport(ArticleText article, Assignment assignment, List<Transition> transitions,
                         Map<Long, SentenceVerdict> verdicts, Map<Long, List<HistoryEntry>> history,
                         List<DiscussionThread> discussion, ArticleVersion version, VersionDiff changesSinceApproved) {
        this(article, assignment, transitions, verdicts, history, discussion, Map.of(), version, changesSinceApproved);
    }

    /** A report without discussion (an article nobody commented on, or a format that shows none). */
    public ArticleReport(ArticleText article, Assignment assignment, List<Transition> transitions,
                         Map<Long, SentenceVerdict> verdicts, Map<Long, List<HistoryEntry>> history) {
        this(article, assignment, transitions, verdicts, history, List.of());
    }

    /** A report without check-worthiness scores (an article the assistance did not assess). */
    public ArticleReport(ArticleText article, Assignment assignment, List<Transition> transitions,
                         Map<Long, SentenceVerdict> verdicts, Map<Long, List<HistoryEntry>> history,
                         List<DiscussionThread> discussion) {
        this(article, assignment, transitions, verdicts, history, discussion, Map.of());
    }

    /** The same report with no discussion: what a PDF without its discussion section shows. */
    public ArticleReport withoutDiscussion() {
        return new ArticleReport(article, assignment, transitions, verdicts, history, List.of(), checkworthiness,
                version, changesSinceApproved);
    }

    /** The sentence's check-worthiness (0–1), empty when the assistance did not score it. */
    public Optional<Double> checkworthinessOf(long sentenceId) {
        return Optional.ofNullable(checkworthiness.get(sentenceId));
    }

    /** The same report without the changes since the last approved version (a PDF without that section). */
    public ArticleReport withoutChanges() {
        return new ArticleReport(article, assignment, transitions, verdicts, history, discussion, checkworthiness,
                version, null);
    }

    /** The version reviewed (ADR 0029): its number, or 1 when the report does not know it. */
    public int versionNumber() {
        return version == null ? 1 : version.number();
    }

    /** When the version reviewed was stored (imported): the version's date, else the article's import. */
    public Instant versionDate() {
        return version == null ? article.importedAt() : version.createdAt();
    }

    /** Comments (not deleted) on the sentence, in all its threads. */
    public int commentsOn(long sentenceId) {
        return discussion.stream().filter(t -> Long.valueOf(sentenceId).equals(t.root().sentenceId()))
                .mapToInt(DiscussionThread::visibleComments).sum();
    }

    /** Whether anyone said anything that still stands (a comment not deleted). */
    public boolean hasComments() {
        return discussion.stream().anyMatch(t -> t.visibleComments() > 0);
    }

    public ArticleState state() {
        return assignment == null ? ArticleState.NEW : assignment.state();
    }

    /** The sentence's current verdict, empty when unreviewed or cleared. */
    public Optional<SentenceVerdict> verdictOf(long sentenceId) {
        return Optional.ofNullable(verdicts.get(sentenceId)).filter(v -> v.verdict() != null);
    }

    /** Sentences per verdict, every verdict present (0 when none); see {@link #unreviewed()} for the rest. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        verdicts.values().stream().filter(v -> v.verdict() != null)
                .forEach(v -> counts.merge(v.verdict(), 1, Integer::sum));
        return counts;
    }

    /** How many sentences have this verdict, all of them for null: the rows of the CSV with that filter. */
    public long sentencesWith(Verdict verdict) {
        return verdict == null ? article.sentenceCount() : counts().get(verdict);
    }

    public int unreviewed() {
        return article.sentenceCount() - counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The newest transition of this kind (e.g. who approved, and when). */
    public Optional<Transition> last(TransitionAction action) {
        return transitions.stream().filter(t -> t.action() == action)
                .reduce((first, second) -> second.at().isAfter(first.at()) ? second : first);
    }

    /** When the article reached its current state: its newest transition, or its import for a new article. */
    public Instant stateSince() {
        return transitions.stream().map(Transition::at).max(Instant::compareTo).orElse(article.importedAt());
    }
}
