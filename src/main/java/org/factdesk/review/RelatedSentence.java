package org.factdesk.review;

import org.factdesk.article.ArticleId;

import java.util.List;

/**
 * A sentence in another article that matters for the one the editor reads: the same claim (whose review
 * can be adopted) or a claim about the same subject whose figure differs. {@code similarity} is 0–1
 * (1 for the same normalised text); {@code details} are short texts to show as they are (e.g. the two
 * differing values), {@code reasons} codes shown through {@code assist.reason.CODE}.
 */
public record RelatedSentence(Relation relation, ArticleId articleId, String articleTitle, long sentenceId,
                              int ordinal, String text, double similarity, List<String> reasons,
                              List<String> details) {

    public RelatedSentence {
        reasons = List.copyOf(reasons);
        details = List.copyOf(details);
    }

    public enum Relation {
        /** The same sentence (normalised text). */
        SAME_CLAIM,
        /** Nearly the same: the same figures and words alike above the detector's threshold. */
        NEAR_CLAIM,
        /** The same subject and kind of quantity, another value. */
        FIGURE_DIFFERS
    }
}
