package org.factdesk.assist.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleImported;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the figure index: an imported article is indexed in its import's transaction (a plain
 * listener, so a failed import leaves no rows behind and the article never opens unindexed); the
 * articles stored before the index existed are indexed once by {@link FigureIndexBackfill}.
 */
@Component
class FigureIndex {

    private final ArticleService articles;
    private final FigureIndexRepository index;

    FigureIndex(ArticleService articles, FigureIndexRepository index) {
        this.articles = articles;
        this.index = index;
    }

    @EventListener
    void on(ArticleImported event) {
        index(event.articleId());
    }

    /** Indexes the article's figures unless that was done; true when it was indexed now. */
    @Transactional
    public boolean index(ArticleId articleId) {
        if (index.isIndexed(articleId.value())) {
            return false;
        }
        ArticleText text = articles.findText(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        index.insert(articleId.value(), analyse(text), Instant.now());
        return true;
    }

    /** The article's sentences that have figures worth indexing, with those figures. */
    static List<FigureIndexRepository.IndexedSentence> analyse(ArticleText text) {
        List<ArticleText.Sentence> sentences = new ArrayList<>();
        text.blocks().forEach(block -> sentences.addAll(block.sentences()));
        // The names' cues come from the whole article: "Microsoft" is a name because the text never
        // gives it an article, which one sentence alone cannot show.
        EntityExtractor names = EntityExtractor.forText(sentences.stream().map(ArticleText.Sentence::text).toList());
        List<FigureIndexRepository.IndexedSentence> indexed = new ArrayList<>();
        for (ArticleText.Sentence sentence : sentences) {
            List<FigureFacts.Fact> facts = FigureFacts.of(sentence.text(), names);
            if (!facts.isEmpty()) {
                indexed.add(new FigureIndexRepository.IndexedSentence(sentence.id(), sentence.ordinal(),
                        sentence.text(), facts));
            }
        }
        return indexed;
    }
}
