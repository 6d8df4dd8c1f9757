package org.factdesk.importing;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.article.StoredArticle;
import org.factdesk.common.HasUserMessage;
import org.factdesk.importing.internal.ArticleTitles;
import org.factdesk.importing.internal.WebPageFetcher;
import org.factdesk.security.AppRoles;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.factdesk.segmentation.TextBlock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Brings articles into FactDesk: pasted text, files in any format of the {@link ArticleFormats}
 * registry, and web pages. Every input can be previewed (read and split, nothing stored); importing
 * stores each article in its own transaction, so one refused input leaves nothing behind and does
 * not stop the others. The same text imported again answers with the article already stored.
 */
@Service
public class ImportService {

    /** The source name of text pasted into the import view. */
    public static final String PASTED_TEXT = "pasted text";

    private final ArticleService articleService;
    private final ArticleFormats formats;
    private final WebPageFetcher fetcher;
    private final ImportLimits limits;

    ImportService(ArticleService articleService, ArticleFormats formats, WebPageFetcher fetcher, ImportLimits limits) {
        this.articleService = articleService;
        this.formats = formats;
        this.fetcher = fetcher;
        this.limits = limits;
    }

    public ImportLimits limits() {
        return limits;
    }

    /** The file endings the import reads (for an upload field and its messages). */
    public List<String> fileExtensions() {
        return formats.fileExtensions();
    }

    // --- pasted text ---------------------------------------------------------------------------

    /** Pasted text as it would be stored (one paragraph, heading or bullet item per line). */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportPreview previewText(String text, ImportOptions options) {
        return preview(sourceNameOfPaste(options), "text", new ReadArticle(text, ArticleMetadata.NONE, null), options);
    }

    /**
     * Imports pasted text.
     *
     * @throws ImportRefusedException (or another {@link HasUserMessage}) with the reason; nothing is stored then
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportResult importText(String text, ImportOptions options) {
        ImportPreview preview = previewText(text, options);
        return ImportResult.of(PASTED_TEXT, store(preview));
    }

    // --- files ---------------------------------------------------------------------------------

    /** A file as it would be stored. */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportPreview previewFile(String fileName, String mediaType, byte[] content, ImportOptions options) {
        ReadHints hints = new ReadHints(fileName, mediaType, options.encoding());
        ArticleFormat format = formats.formatFor(hints);
        checkSize(fileName, content.length);
        return preview(fileName, format.id(), ArticleFormats.read(format, content, hints), options);
    }

    /**
     * Imports one uploaded file; never throws for what is wrong with the file: the result says it.
     * The stream is read up to the per-file limit and refused beyond it, before it is read whole.
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<ImportResult> importFiles(String fileName, String mediaType, InputStream content, ImportOptions options) {
        byte[] bytes;
        try {
            bytes = readAtMost(content, limits.maxFileBytes(), fileName);
        } catch (ImportRefusedException refused) {
            return List.of(ImportResult.refused(fileName, refused.userMessage()));
        }
        return importFiles(fileName, mediaType, bytes, options);
    }

    /** Imports one uploaded file's bytes; never throws for what is wrong with the file: the result says it. */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<ImportResult> importFiles(String fileName, String mediaType, byte[] content, ImportOptions options) {
        return List.of(importOne(fileName, () -> previewFile(fileName, mediaType, content, options)));
    }

    /**
     * Imports a file, read by the format its name (else its media type, which may be null) points to.
     *
     * @throws ImportRefusedException (or another {@link HasUserMessage}) with the reason; nothing is stored then
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ArticleId importFile(String fileName, String mediaType, byte[] content) {
        return store(previewFile(fileName, mediaType, content, ImportOptions.NONE)).id();
    }

    // --- web pages -----------------------------------------------------------------------------

    /**
     * A web page's article as it would be stored: the server fetches the address (public addresses
     * only, unless the allow-list names the host), the HTML format extracts the article.
     *
     * @throws WebPageRefusedException when the address or the page is refused or unreachable
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportPreview previewWebPage(String address, ImportOptions options) {
        FetchedPage page = fetcher.fetch(address);
        ReadHints hints = page.hints().withChosenEncoding(options.encoding());
        ArticleFormat format = formats.findByMediaType(hints)
                .orElseThrow(() -> new WebPageRefusedException("import.fetch.notHtml", address, hints.baseMediaType()));
        ReadArticle read = ArticleFormats.read(format, page.content(), hints);
        ArticleMetadata metadata = read.metadata();
        if (metadata.sourceUrl() == null) {
            metadata = metadata.withSourceUrl(page.finalUrl().toString());
        }
        return preview(page.finalUrl().toString(), format.id(), new ReadArticle(read.text(), metadata, read.encoding()),
                options);
    }

    /** Imports a web page's article; throws with the reason when the address or page is refused. */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportResult importWebPage(String address, ImportOptions options) {
        ImportPreview preview = previewWebPage(address, options);
        return ImportResult.of(address.strip(), store(preview));
    }

    // --- shared --------------------------------------------------------------------------------

    /** Runs one import; what is wrong with the input becomes a refused result, anything else propagates. */
    private ImportResult importOne(String input, java.util.function.Supplier<ImportPreview> previewing) {
        try {
            return ImportResult.of(input, store(previewing.get()));
        } catch (RuntimeException e) {
            if (e instanceof HasUserMessage message) {
                return ImportResult.refused(input, message.userMessage());
            }
            throw e;
        }
    }

    private void checkSize(String fileName, long size) {
        if (size > limits.maxFileBytes()) {
            throw new ImportRefusedException("import.tooLarge", fileName, limits.maxFileBytes() / (1024.0 * 1024.0));
        }
    }

    private ImportPreview preview(String sourceName, String formatId, ReadArticle read, ImportOptions options) {
        String text = read.text() == null ? "" : read.text();
        if (text.isBlank()) {
            throw new ImportRefusedException("import.empty", sourceName);
        }
        ArticleMetadata metadata = read.metadata().overriddenBy(options.metadata());
        if (metadata.title() == null) {
            metadata = metadata.withTitle(ArticleTitles.fromText(text));
        } else if (metadata.title().length() > ArticleMetadata.MAX_TITLE_LENGTH) {
            metadata = metadata.withTitle(ArticleTitles.shorten(metadata.title()));
        }
        ArticleService.validate(metadata);
        List<TextBlock> blocks = GermanSentenceSplitter.shared().segment(text);
        if (blocks.isEmpty()) {
            throw new ImportRefusedException("import.empty", sourceName);
        }
        int replacements = (int) text.chars().filter(c -> c == '\uFFFD').count();
        return new ImportPreview(sourceName, formatId, metadata, text, blocks, read.encoding(), replacements,
                articleService.findByContent(text));
    }

    private StoredArticle store(ImportPreview preview) {
        return articleService.store(new NewArticle(preview.sourceName(), preview.metadata(), preview.text()));
    }

    private static String sourceNameOfPaste(ImportOptions options) {
        ArticleMetadata typed = options.metadata();
        return typed.sourceUrl() != null ? typed.sourceUrl() : PASTED_TEXT;
    }

    private static byte[] readAtMost(InputStream in, long limit, String fileName) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ImportRefusedException("import.tooLarge", fileName, limit / (1024.0 * 1024.0));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
