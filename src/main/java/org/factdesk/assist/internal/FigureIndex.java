package org.factdesk.assist.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.List;

/**
 * Keeps the figure index, one of the {@link ArticleAnalysis analyses} {@link ArticleAnalyses} builds for each
 * imported article after its import commits and once for older articles.
 */
@Component
class FigureIndex implements ArticleAnalysis {

    private final FigureIndexRepository index;

    FigureIndex(FigureIndexRepository index) {
        this.index = index;
    }

    /** Indexes the article's figures unless that was done; true when it was indexed now. */
    @Override
    @Transactional
    public boolean analyse(ArticleText text) {
        ArticleId articleId = text.id();
        if (index.isIndexed(articleId.value())) {
            return false;
        }
        index.insert(articleId.value(), figuresOf(text), Instant.now());
        return true;
    }

    /** Only other articles' look-ups read it, and they wait for it ({@link LookUpIndexing}). */
    @Override
    public boolean partOfImport() {
        return false;
    }

    @Override
    public Set<Long> analysed(Collection<Long> articleIds) {
        return index.analysed(articleIds);
    }

    /** The article's sentences that have figures worth indexing, with those figures. */
    static List<FigureIndexRepository.IndexedSentence> figuresOf(ArticleText text) {
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
