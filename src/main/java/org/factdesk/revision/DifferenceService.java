package org.factdesk.revision;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.Assignment;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.common.InvalidInputException;
import org.factdesk.revision.internal.VersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The differences between versions of an article (ADR 0029), for the side-by-side view and the reports:
 * the sentences matched as an import matches them ({@link SentenceMatcher}), words changed inside a
 * sentence highlighted ({@link WordDiff}). Between a version and the one before it, what the import
 * recorded ({@code sentence_carry}) decides each sentence's kind, so the view says what the reader marks.
 */
@Service
public class DifferenceService {

    private final ArticleService articles;
    private final AssignmentService assignments;
    private final VersionRepository versions;

    DifferenceService(ArticleService articles, AssignmentService assignments, VersionRepository versions) {
        this.articles = articles;
        this.assignments = assignments;
        this.versions = versions;
    }

    /** This version against the one before it; empty for version 1 or an unknown article. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<VersionDiff> toPrevious(ArticleId newer) {
        return versions.find(newer).filter(v -> v.previous() != null)
                .map(v -> between(versions.find(v.previous()).orElseThrow(), v));
    }

    /**
     * An earlier version against a later one of the same article.
     *
     * @throws InvalidInputException when they are not two versions of one article, the earlier one first
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public VersionDiff between(ArticleId older, ArticleId newer) {
        ArticleVersion before = versions.find(older)
                .orElseThrow(() -> new InvalidInputException("revision.error.notFound", older));
        ArticleVersion after = versions.find(newer)
                .orElseThrow(() -> new InvalidInputException("revision.error.notFound", newer));
        if (!before.documentId().equals(after.documentId()) || before.number() >= after.number()) {
            throw new InvalidInputException("revread.error.notVersions", older, newer);
        }
        return between(before, after);
    }

    /**
     * The newest version before this one whose review was approved (its state when the next version took
     * over): what "changes since the last approved version" compares with. Empty when there is none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ArticleVersion> lastApprovedBefore(ArticleId article) {
        Optional<ArticleVersion> self = versions.find(article);
        if (self.isEmpty() || self.get().previous() == null) {
            return Optional.empty();
        }
        return versions.versionsOf(article).stream()
                .filter(v -> v.number() < self.get().number())
                .filter(v -> assignments.stateOf(v.articleId()).map(Assignment::state)
                        .filter(state -> state == ArticleState.APPROVED).isPresent())
                .max(Comparator.comparingInt(ArticleVersion::number));
    }

    /** The changes from the last approved earlier version to this one; empty when there is none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<VersionDiff> sinceLastApproved(ArticleId article) {
        return lastApprovedBefore(article).map(approved -> between(approved, versions.find(article).orElseThrow()));
    }

    private VersionDiff between(ArticleVersion before, ArticleVersion after) {
        List<ArticleText.Sentence> old = sentences(before.articleId());
        List<ArticleText.Sentence> fresh = sentences(after.articleId());
        List<String> oldTexts = old.stream().map(ArticleText.Sentence::text).toList();
        List<String> newTexts = fresh.stream().map(ArticleText.Sentence::text).toList();
        SentenceMatching matching = SentenceMatcher.match(oldTexts, newTexts);
        if (before.articleId().equals(after.previous())) {
            matching = asRecorded(matching, fresh, versions.carried(after.articleId()));
        }
        return VersionDiff.of(before, after, oldTexts, newTexts, matching);
    }

    /**
     * The matching with each new sentence's kind and reasons as the import recorded them (two joined sentences
     * with different verdicts became substance there, which the texts alone do not say).
     */
    private static SentenceMatching asRecorded(SentenceMatching matching, List<ArticleText.Sentence> fresh,
                                               Map<Long, CarriedSentence> carried) {
        List<SentenceMatching.NewOrigin> origins = new ArrayList<>(matching.newSentences().size());
        for (SentenceMatching.NewOrigin origin : matching.newSentences()) {
            CarriedSentence recorded = carried.get(fresh.get(origin.index()).id());
            origins.add(recorded == null || origin.kind() == CarryKind.NEW ? origin
                    : new SentenceMatching.NewOrigin(origin.index(), recorded.kind(), origin.oldIndexes(),
                            origin.moved(), recorded.differences()));
        }
        return new SentenceMatching(matching.oldSentences(), origins);
    }

    private List<ArticleText.Sentence> sentences(ArticleId id) {
        return articles.findText(id).orElseThrow(() -> new InvalidInputException("revision.error.notFound", id))
                .blocks().stream().flatMap(block -> block.sentences().stream()).toList();
    }
}
