package org.factdesk.importing;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.article.StoredArticle;
import org.factdesk.common.HasUserMessage;
import org.factdesk.common.UserMessage;
import org.factdesk.importing.internal.ArticleTitles;
import org.factdesk.importing.internal.WebPageFetcher;
import org.factdesk.importing.internal.ZipUpload;
import org.factdesk.security.AppRoles;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.factdesk.segmentation.TextBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

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

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

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

    /** The file endings the import reads (for an upload field and its messages): the formats' and zip. */
    public List<String> fileExtensions() {
        TreeSet<String> extensions = new TreeSet<>(formats.fileExtensions());
        extensions.add("zip");
        return List.copyOf(extensions);
    }

    // --- pasted text ---------------------------------------------------------------------------

    /** Pasted text as it would be stored (one paragraph, heading or bullet item per line). */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportPreview previewText(String text, ImportOptions options) {
        return preview(sourceNameOfPaste(options), "text", new ReadArticle(text, ArticleMetadata.NONE, null), options,
                true);
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
     * Refuses, before anything of it is read, a file whose declared size (what the browser announced)
     * is over the limit for one file (a ZIP: for one upload), or that takes the upload's declared total
     * over the limit for one upload; the reading counts again, declared sizes may lie.
     *
     * @param uploadBytes the declared sizes of the upload's files so far, this one included
     * @throws ImportRefusedException {@code import.tooLarge} or {@code import.uploadTooLarge}
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public void checkDeclaredSize(String fileName, long fileBytes, long uploadBytes) {
        if (ZipUpload.isZip(fileName) ? fileBytes > limits.maxUploadBytes() : fileBytes > limits.maxFileBytes()) {
            throw tooLarge(fileName);
        }
        if (uploadBytes > limits.maxUploadBytes()) {
            throw new ImportRefusedException("import.uploadTooLarge", limits.maxUploadBytes() / (1024.0 * 1024.0));
        }
    }

    /**
     * Imports one uploaded file, or each file of an uploaded ZIP; never throws for what is wrong with
     * a file: the results say it. The stream is read up to the limit (one file's, a ZIP: one upload's)
     * and refused beyond it, before it is read whole.
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<ImportResult> importFiles(String fileName, String mediaType, InputStream content, ImportOptions options) {
        byte[] bytes;
        try {
            bytes = readUpload(fileName, content);
        } catch (ImportRefusedException refused) {
            return List.of(ImportResult.refused(fileName, refused.userMessage()));
        }
        return importFiles(fileName, mediaType, bytes, options);
    }

    /**
     * An uploaded file's bytes, read to at most its limit (one file's; a ZIP: one upload's) and refused
     * beyond it before it is read whole. Closes the stream.
     *
     * @throws ImportRefusedException when the file is over its limit
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public byte[] readUpload(String fileName, InputStream content) {
        return readAtMost(content, ZipUpload.isZip(fileName) ? limits.maxUploadBytes() : limits.maxFileBytes(),
                fileName);
    }

    /**
     * Imports one uploaded file's bytes, or each file of a ZIP (named "archive.zip/folder/file.md"), each
     * in its own transaction; never throws for what is wrong with a file: the results say it. A ZIP
     * that breaks a limit ({@link ImportLimits}) or holds an entry escaping its folder is refused
     * whole, before anything of it is stored; a file in it that no format reads is refused alone.
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public List<ImportResult> importFiles(String fileName, String mediaType, byte[] content, ImportOptions options) {
        if (!ZipUpload.isZip(fileName)) {
            return List.of(importOne(fileName, () -> previewFile(fileName, mediaType, content, options)));
        }
        ZipUpload zip = new ZipUpload(fileName, content, limits);
        try {
            zip.check();
        } catch (ImportRefusedException refused) {
            return List.of(ImportResult.refused(fileName, refused.userMessage()));
        }
        List<ImportResult> results = new ArrayList<>();
        zip.files((path, bytes) -> results.add(importOne(path, () -> previewFile(path, null, bytes, options))));
        if (results.isEmpty()) {
            return List.of(ImportResult.refused(fileName, UserMessage.of("import.empty", fileName)));
        }
        return results;
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
        return preview(page.finalUrl().toString(), format.id(), new ReadArticle(read.text(), metadata, read.encoding(), read.layouts()),
                options);
    }

    /** Imports a web page's article; throws with the reason when the address or page is refused. */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportResult importWebPage(String address, ImportOptions options) {
        ImportPreview preview = previewWebPage(address, options);
        return ImportResult.of(address.strip(), store(preview));
    }

    // --- previewed ------------------------------------------------------------------------------

    /**
     * Stores what a preview of this service read (the view shows a preview, the lead decides, then it is
     * stored as shown: a page is not fetched twice). The article service checks the text and its split again.
     *
     * @throws ImportRefusedException (or another {@link HasUserMessage}) with the reason; nothing is stored then
     */
    @PreAuthorize(AppRoles.HAS_LEAD_OR_ADMIN)
    public ImportResult importPreviewed(ImportPreview preview) {
        java.util.Objects.requireNonNull(preview, "preview");
        return ImportResult.of(preview.sourceName(), store(preview));
    }

    // --- shared --------------------------------------------------------------------------------

    /** Runs one import; what is wrong with the input becomes a refused result, anything else propagates. */
    private ImportResult importOne(String input, java.util.function.Supplier<ImportPreview> previewing) {
        try {
            return ImportResult.of(input, store(previewing.get()));
        } catch (DataIntegrityViolationException e) {
            // The database refused this article's rows (its transaction is rolled back, nothing of it
            // stays); the other files go on. A database that cannot be used at all still propagates.
            log.warn("Import of {} refused by the database", input, e);
            return ImportResult.refused(input, UserMessage.of("import.notStored", input));
        } catch (RuntimeException e) {
            if (e instanceof HasUserMessage message) {
                return ImportResult.refused(input, message.userMessage());
            }
            throw e;
        }
    }

    private void checkSize(String fileName, long size) {
        if (size > limits.maxFileBytes()) {
            throw tooLarge(fileName);
        }
    }

    private ImportRefusedException tooLarge(String fileName) {
        return ZipUpload.isZip(fileName)
                ? new ImportRefusedException("import.zip.tooLarge", fileName, limits.maxUploadBytes() / (1024.0 * 1024.0))
                : new ImportRefusedException("import.tooLarge", fileName, limits.maxFileBytes() / (1024.0 * 1024.0));
    }

    private ImportPreview preview(String sourceName, String formatId, ReadArticle read, ImportOptions options) {
        return preview(sourceName, formatId, read, options, false);
    }

    private ImportPreview preview(String sourceName, String formatId, ReadArticle read, ImportOptions options,
                                  boolean pasted) {
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
        return new ImportPreview(storedSourceName(sourceName, pasted, options), formatId, metadata, text, blocks,
                read.encoding(), replacements, articleService.findByContent(text), read.layouts());
    }

    /** The longest source name the article takes (its column). */
    private static final int MAX_SOURCE_NAME = 500;

    /**
     * Where the article says it came from: the file's name or the address, and for an import from elsewhere (the
     * API) that first, in place of "pasted text" (refusals still name the input as given).
     */
    private static String storedSourceName(String sourceName, boolean pasted, ImportOptions options) {
        if (options.via() == null) {
            return sourceName;
        }
        if (pasted) {
            return options.via();
        }
        String joined = options.via() + " · " + sourceName;
        return joined.length() <= MAX_SOURCE_NAME ? joined : joined.substring(0, MAX_SOURCE_NAME - 1) + "…";
    }

    private StoredArticle store(ImportPreview preview) {
        return articleService.store(new NewArticle(preview.sourceName(), preview.metadata(), preview.text(),
                preview.layouts()), preview.blocks());
    }

    private static String sourceNameOfPaste(ImportOptions options) {
        ArticleMetadata typed = options.metadata();
        return typed.sourceUrl() != null ? typed.sourceUrl() : PASTED_TEXT;
    }

    private byte[] readAtMost(InputStream in, long limit, String fileName) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(fileName);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
