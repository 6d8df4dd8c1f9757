package org.factdesk.assist.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleImported;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the repeated-claim index: an imported article's sentences get their band keys in the import's
 * transaction (a plain listener: a failed import leaves no keys behind), older articles once through
 * {@link ClaimIndexBackfill}.
 */
@Component
class ClaimIndex {

    private final ArticleService articles;
    private final ClaimKeyRepository keys;

    ClaimIndex(ArticleService articles, ClaimKeyRepository keys) {
        this.articles = articles;
        this.keys = keys;
    }

    @EventListener
    void on(ArticleImported event) {
        index(event.articleId());
    }

    /** Indexes the article unless that was done; true when it was indexed now. */
    @Transactional
    public boolean index(ArticleId articleId) {
        if (keys.isIndexed(articleId.value())) {
            return false;
        }
        ArticleText text = articles.findText(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        Map<Long, long[]> bySentence = new LinkedHashMap<>();
        for (ArticleText.Block block : text.blocks()) {
            for (ArticleText.Sentence sentence : block.sentences()) {
                ClaimText.Analysis analysis = ClaimText.analyse(sentence.text());
                if (analysis.longEnough()) {
                    bySentence.put(sentence.id(), ClaimKeys.of(analysis));
                }
            }
        }
        keys.insert(articleId.value(), bySentence, Instant.now());
        return true;
    }
}
