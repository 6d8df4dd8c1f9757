package org.factdesk.importing.internal;

import org.factdesk.article.ArticleService;
import org.factdesk.importing.ImportService;
import org.factdesk.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Imports the demo articles shipped in the jar (plain text files, read like any imported file)
 * when demo data is on and the database has no articles.
 * Only when the web app starts: a command-line tool such as {@code export} must not add data.
 */
@Component
@ConditionalOnWebApplication
@Order(10)
class SeedArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedArticles.class);
    static final String LOCATION = "classpath:seed-articles/*.txt";

    private final ImportService importService;
    private final ArticleService articleService;
    private final boolean demoData;

    SeedArticles(ImportService importService, ArticleService articleService,
                 @Value("${factdesk.demo-data}") boolean demoData) {
        this.importService = importService;
        this.articleService = articleService;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demoData) {
            return;
        }
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
        SystemAuthentication.runAsSystem(() -> {
            if (articleService.count() > 0) {
                retitle(seeds);
                return null;
            }
            for (Resource seed : seeds) {
                importService.importFile(seed.getFilename(), null, read(seed));
            }
            log.info("Imported {} demo articles", seeds.length);
            return null;
        });
    }

    /**
     * Demo articles stored before titles were derived from headlines keep the first line as title
     * ("Tech & Trends" for seed 002): give them the title an import gives them now, unless a lead
     * has edited the metadata since.
     */
    private void retitle(Resource[] seeds) {
        for (Resource seed : seeds) {
            String text = new String(read(seed), java.nio.charset.StandardCharsets.UTF_8);
            String before = ArticleTitles.legacyFromFirstLine(text);
            String now = ArticleTitles.fromText(text);
            if (!before.equals(now) && articleService.retitleUnedited(seed.getFilename(), before, now)) {
                log.info("Re-titled demo article {}: {}", seed.getFilename(), now);
            }
        }
    }

    private static byte[] read(Resource resource) {
        try {
            return resource.getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo article " + resource.getFilename(), e);
        }
    }
}
