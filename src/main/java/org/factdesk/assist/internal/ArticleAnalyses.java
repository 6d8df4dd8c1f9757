package org.factdesk.assist.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleImported;
import org.factdesk.article.ArticleListItem;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Set;

/**
 * Runs every {@link ArticleAnalysis} on an article, reading its text once: on import, those the reader needs at
 * once in the import's transaction (a plain listener: the article never opens without them, a failed import
 * leaves none) and the look-up indexes after it commits ({@link LookUpIndexing}); and at start once for the
 * articles stored before an analysis existed, or whose indexing a crash cut off (one page of the article list
 * at a time, each analysis in its own transaction). Once all are done, a start only reads the list.
 */
@Component
@Order(100)
class ArticleAnalyses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArticleAnalyses.class);
    private static final int PAGE = 500;

    private final ArticleService articles;
    private final List<ArticleAnalysis> analyses;
    private final LookUpIndexing indexing;

    ArticleAnalyses(ArticleService articles, List<ArticleAnalysis> analyses, LookUpIndexing indexing) {
        this.articles = articles;
        this.analyses = analyses;
        this.indexing = indexing;
    }

    @EventListener
    void on(ArticleImported event) {
        ArticleText text = read(event.articleId());
        // The page's layout (HTML imports) rides on the event: what the promotional detector saw in the CLI it sees here.
        analyses.stream().filter(ArticleAnalysis::partOfImport).forEach(analysis -> analysis.analyse(text, event.layouts()));
        List<ArticleAnalysis> afterCommit = analyses.stream().filter(analysis -> !analysis.partOfImport()).toList();
        Runnable index = () -> indexing.submit(event.articleId().toString(),
                () -> afterCommit.forEach(analysis -> analysis.analyse(text, event.layouts())));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.run();
                }
            });
        } else {
            index.run();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = SystemAuthentication.runAsSystem(() -> {
            int count = 0;
            for (int offset = 0; ; offset += PAGE) {
                List<ArticleListItem> page = articles.list(offset, PAGE);
                List<Long> ids = page.stream().map(item -> item.id().value()).toList();
                List<Set<Long>> analysed = analyses.stream().map(analysis -> analysis.analysed(ids)).toList();
                for (ArticleListItem item : page) {
                    if (analysed.stream().allMatch(ready -> ready.contains(item.id().value()))) {
                        continue;
                    }
                    ArticleText text = read(item.id());
                    boolean[] any = {false};
                    for (ArticleAnalysis analysis : analyses) {
                        if (analysis.partOfImport()) {
                            any[0] |= analysis.analyse(text);
                        } else {
                            indexing.indexNow(item.id().toString(), () -> any[0] |= analysis.analyse(text));
                        }
                    }
                    count += any[0] ? 1 : 0;
                }
                if (page.size() < PAGE) {
                    return count;
                }
            }
        });
        if (done > 0) {
            log.info("Analysed {} article(s) stored before an assist analysis existed", done);
        }
    }

    private ArticleText read(ArticleId id) {
        return articles.findText(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
    }
}
