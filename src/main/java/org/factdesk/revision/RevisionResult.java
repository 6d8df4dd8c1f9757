package org.factdesk.revision;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleState;

import java.util.Map;

/**
 * The answer to importing a new version: the article it replaced, the new version's article and number,
 * the old sentences per kind (UNCHANGED, CHANGED, SUBSTANCE, REMOVED), the new sentences that no old one
 * became ({@code added}), how many verdicts were carried, and the workflow state the new version is in.
 */
public record RevisionResult(ArticleId previous, ArticleId article, int number, Map<CarryKind, Integer> oldSentences,
                             int added, int verdictsCarried, ArticleState state) {

    public RevisionResult {
        oldSentences = Map.copyOf(oldSentences);
    }

    public int count(CarryKind kind) {
        return kind == CarryKind.NEW ? added : oldSentences.getOrDefault(kind, 0);
    }

    /** One line for the workflow history and the command line. */
    public String summary() {
        return "Version " + number + " (article " + article.value() + ") replaces article " + previous.value() + ": "
                + count(CarryKind.UNCHANGED) + " unchanged, " + count(CarryKind.CHANGED) + " changed in wording (to confirm), "
                + count(CarryKind.SUBSTANCE) + " changed in substance (to review again), " + added + " new, "
                + count(CarryKind.REMOVED) + " removed.";
    }
}
