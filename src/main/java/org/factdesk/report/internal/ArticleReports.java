package org.factdesk.report.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.discussion.DiscussionService;
import org.factdesk.report.ArticleReport;
import org.factdesk.review.ReviewService;
import org.factdesk.review.Suggestion;
import org.factdesk.revision.ArticleVersion;
import org.factdesk.revision.DifferenceService;
import org.factdesk.revision.RevisionService;
import org.factdesk.revision.VersionDiff;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.NoSuchElementException;

/** Gathers one article's report data from the features that own it. */
@Component
public class ArticleReports {

    private final ArticleService articles;
    private final AssignmentService assignments;
    private final ReviewService reviews;
    private final DiscussionService discussion;
    private final RevisionService revisions;
    private final DifferenceService differences;

    ArticleReports(ArticleService articles, AssignmentService assignments, ReviewService reviews,
                   DiscussionService discussion, RevisionService revisions, DifferenceService differences) {
        this.discussion = discussion;
        this.revisions = revisions;
        this.differences = differences;
        this.articles = articles;
        this.assignments = assignments;
        this.reviews = reviews;
    }

    /**
     * The article's report; with the sentences' history only when asked (the JSON export needs it), its
     * discussion threads (the PDF, JSON and CSV show them), the sentences' check-worthiness (the CSVs), the
     * version reviewed and the changes since the last approved earlier version.
     */
    public ArticleReport load(ArticleId id, boolean withHistory) {
        ArticleText text = articles.findText(id)
                .orElseThrow(() -> new NoSuchElementException("Article " + id.value() + " does not exist."));
        Map<Long, Double> checkworthiness = reviews.suggestions(id).stream()
                .collect(Collectors.toMap(Suggestion::sentenceId, Suggestion::checkworthiness, (a, b) -> a));
        // The version reviewed and, for a later version, what changed since the last approved one (ADR 0029).
        ArticleVersion version = revisions.version(id).orElse(null);
        VersionDiff changes = version == null || version.number() == 1 ? null
                : differences.sinceLastApproved(id).orElse(null);
        return new ArticleReport(text, assignments.stateOf(id).orElse(null), assignments.transitions(id),
                reviews.verdictsOf(id), withHistory ? reviews.historyOf(id) : Map.of(), discussion.allThreads(id),
                checkworthiness, version, changes);
    }
}
