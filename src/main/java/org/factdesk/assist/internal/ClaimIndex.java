package org.factdesk.assist.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the repeated-claim index, one of the {@link ArticleAnalysis analyses} {@link ArticleAnalyses} builds for
 * each imported article after its import commits (a failed import leaves no keys) and once for older ones.
 */
@Component
class ClaimIndex implements ArticleAnalysis {

    private final ClaimKeyRepository keys;

    ClaimIndex(ClaimKeyRepository keys) {
        this.keys = keys;
    }

    /** Indexes the article unless that was done; true when it was indexed now. */
    @Override
    @Transactional
    public boolean analyse(ArticleText text) {
        ArticleId articleId = text.id();
        if (keys.isIndexed(articleId.value())) {
            return false;
        }
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

    /** Only other articles' look-ups read it, and they wait for it ({@link LookUpIndexing}). */
    @Override
    public boolean partOfImport() {
        return false;
    }

    @Override
    public Set<Long> analysed(Collection<Long> articleIds) {
        return keys.indexed(articleIds);
    }
}
