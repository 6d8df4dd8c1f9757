package org.factdesk.assignment;

import java.time.Instant;

/**
 * An article of the list with when it last changed for a tool that follows FactDesk (the CMS): its import
 * or its newest workflow step (assigned, submitted, approved, returned, reopened), whichever is later.
 */
public record UpdatedArticle(ArticleListEntry article, Instant updatedAt) {
}
