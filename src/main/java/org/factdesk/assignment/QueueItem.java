package org.factdesk.assignment;

import org.factdesk.article.ArticleId;

import java.time.Instant;

/**
 * One submitted review waiting for a team lead: when it was submitted and how its sentences were judged
 * ({@code verified} and {@code disputed} count sentences with that verdict).
 */
public record QueueItem(ArticleId id, String title, Assignee assignee, Instant submittedAt, int reviewedSentences,
                        int totalSentences, int verified, int disputed) {
}
