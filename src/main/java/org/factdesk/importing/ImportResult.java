package org.factdesk.importing;

import org.factdesk.article.ArticleId;
import org.factdesk.article.StoredArticle;
import org.factdesk.common.UserMessage;

/**
 * What became of one input (a file, a ZIP entry, a page, pasted text): imported as a new article,
 * already there (the existing article), or refused with the reason (nothing of it stored).
 *
 * @param input the file name (with its folder inside a ZIP), the web address, or "pasted text"
 */
public record ImportResult(String input, Outcome outcome, ArticleId articleId, String title, UserMessage refusal) {

    public enum Outcome { IMPORTED, ALREADY_THERE, REFUSED }

    public static ImportResult of(String input, StoredArticle stored) {
        return new ImportResult(input, stored.created() ? Outcome.IMPORTED : Outcome.ALREADY_THERE, stored.id(),
                stored.title(), null);
    }

    public static ImportResult refused(String input, UserMessage reason) {
        return new ImportResult(input, Outcome.REFUSED, null, null, reason);
    }

    public boolean isRefused() {
        return outcome == Outcome.REFUSED;
    }
}
