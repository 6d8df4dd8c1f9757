package org.factdesk.article;

import org.factdesk.article.internal.ArticleRepository;
import org.factdesk.article.internal.ContentHash;
import org.factdesk.common.InvalidInputException;
import org.factdesk.security.AppRoles;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.factdesk.segmentation.TextBlock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleSentences sentences;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, ArticleSentences sentences, ApplicationEventPublisher events) {
        this.articles = articles;
        this.sentences = sentences;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count() {
        return articles.count();
    }

    /** A page of the article list, newest import first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ArticleListItem> list(int offset, int limit) {
        return articles.list(offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ArticleText> findText(ArticleId id) {
        return articles.findText(id);
    }

    /** These sentences (those that exist), by id, with their article's id and title and their ordinal. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<Long, SentenceRef> sentences(java.util.Collection<Long> sentenceIds) {
        return sentences.sentences(sentenceIds);
    }

    /**
     * The article already stored with this text, normalised ({@link ContentHash#fingerprint}: the same
     * words from another file or format, with other line breaks, quotes or dashes, are the same text).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StoredArticle> findByContent(String sourceText) {
        Optional<ArticleId> id = articles.findIdByFingerprint(ContentHash.fingerprint(sourceText))
                .or(() -> articles.findIdByContentHash(ContentHash.of(sourceText)));
        return id.flatMap(found -> articles.findTitle(found).map(title -> new StoredArticle(found, title, false)));
    }

    /** Every stored article with this text (normalised as {@link #findByContent} does), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ArticleId> findAllByContent(String sourceText) {
        return articles.findIdsByContent(ContentHash.fingerprint(sourceText), ContentHash.of(sourceText));
    }

    /**
     * Stores an article whose text may be stored already: on purpose, as the new version of {@code follows}
     * that goes back to an earlier version's text (ADR 0029; the revision feature checks that the stored
     * copies are versions of the same article). Only inside the caller's transaction, for leads and admins.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public StoredArticle storeRepeat(NewArticle article, ArticleId follows) {
        validate(article);
        java.util.Objects.requireNonNull(follows, "follows");
        List<TextBlock> blocks = GermanSentenceSplitter.shared().segment(article.sourceText());
        if (blocks.isEmpty()) {
            throw new InvalidInputException("article.noText");
        }
        return inserted(article, blocks, follows.value());
    }

    /** Stores an article (see {@link #store}); the id of the new or the already stored article. */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleId add(NewArticle article) {
        return store(article).id();
    }

    /**
     * Stores an article split into blocks and sentences, in one transaction. An article whose
     * text is already stored (normalised, see {@link #findByContent}) is not stored again: the answer
     * names the existing one.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public StoredArticle store(NewArticle article) {
        return store(article, null);
    }

    /**
     * Stores an article as {@link #store(NewArticle)} does, with the split a preview already made of
     * exactly this text (an import splits once; a split that does not fit the text is refused).
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public StoredArticle store(NewArticle article, List<TextBlock> splitAlready) {
        validate(article);
        Optional<StoredArticle> existing = findByContent(article.sourceText());
        if (existing.isPresent()) {
            return existing.get();
        }
        List<TextBlock> blocks = splitAlready == null
                ? GermanSentenceSplitter.shared().segment(article.sourceText())
                : checkedSplit(article.sourceText(), splitAlready);
        if (blocks.isEmpty()) {
            throw new InvalidInputException("article.noText");
        }
        return inserted(article, blocks, 0);
    }

    private StoredArticle inserted(NewArticle article, List<TextBlock> blocks, long repeatOf) {
        ArticleId id = articles.insert(article, ContentHash.of(article.sourceText()),
                ContentHash.fingerprint(article.sourceText()), blocks, repeatOf);
        int sentences = blocks.stream().mapToInt(b -> b.sentences().size()).sum();
        events.publishEvent(new ArticleImported(id, article.title(), sentences, article.layouts()));
        // The views' side of the import, which alone goes to the other nodes (ADR 0038).
        events.publishEvent(new ArticleAdded(id, article.title()));
        return new StoredArticle(id, article.title(), true);
    }

    private static List<TextBlock> checkedSplit(String text, List<TextBlock> blocks) {
        int previousEnd = 0;
        for (TextBlock block : blocks) {
            if (block.start() < previousEnd || block.end() > text.length() || block.start() > block.end()) {
                throw new IllegalArgumentException("The split does not belong to this text");
            }
            for (var sentence : block.sentences()) {
                if (sentence.start() < block.start() || sentence.end() > block.end()
                        || !text.startsWith(sentence.text(), sentence.start())) {
                    throw new IllegalArgumentException("The split does not belong to this text");
                }
            }
            previousEnd = block.end();
        }
        return blocks;
    }

    /** Replaces an article's title and publication details (what a lead corrects after an import). */
    @Transactional
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleMetadata updateMetadata(ArticleId id, ArticleMetadata metadata) {
        validate(metadata);
        if (!articles.updateMetadata(id, metadata, Instant.now())) {
            throw new InvalidInputException("article.notFound");
        }
        events.publishEvent(new ArticleMetadataChanged(id, metadata));
        return metadata;
    }

    /**
     * Gives an article, found by its source name and current title, a better derived title, unless
     * its metadata was edited by a person (then their title stays). For upgrades of stored demo data.
     */
    @Transactional
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public boolean retitleUnedited(String sourceName, String currentTitle, String newTitle) {
        return articles.retitleUnedited(sourceName, currentTitle, newTitle);
    }

    /** Checks what a person or a file may put into an article's metadata; throws with the reason. */
    public static void validate(ArticleMetadata metadata) {
        if (metadata == null || metadata.title() == null) {
            throw new InvalidInputException("article.metadata.titleRequired");
        }
        if (metadata.title().length() > ArticleMetadata.MAX_TITLE_LENGTH) {
            throw new InvalidInputException("article.metadata.titleTooLong", ArticleMetadata.MAX_TITLE_LENGTH);
        }
        for (String name : new String[] {metadata.outlet(), metadata.author()}) {
            if (name != null && name.length() > ArticleMetadata.MAX_NAME_LENGTH) {
                throw new InvalidInputException("article.metadata.nameTooLong", ArticleMetadata.MAX_NAME_LENGTH);
            }
        }
        String url = metadata.sourceUrl();
        if (url != null && !isWebAddress(url)) {
            throw new InvalidInputException("article.metadata.badUrl", url);
        }
        if (metadata.publishedOn() != null && (metadata.publishedOn().getYear() < 1800
                || metadata.publishedOn().isAfter(LocalDate.now().plusDays(2)))) {
            throw new InvalidInputException("article.metadata.badDate", metadata.publishedOn().toString());
        }
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > ArticleMetadata.MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void validate(NewArticle article) {
        validate(article.metadata());
        if (article.sourceName() == null || article.sourceName().isBlank()) {
            throw new IllegalArgumentException("An article needs a source name.");
        }
        if (article.sourceText() == null || article.sourceText().isBlank()) {
            throw new InvalidInputException("article.noText");
        }
    }
}
