package org.factdesk.importing;

import org.factdesk.common.ComponentsOnClasspath;
import org.factdesk.common.HasUserMessage;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The registry of article formats: every {@link ArticleFormat} bean, in their {@code @Order}. */
@Component
public class ArticleFormats {

    private final List<ArticleFormat> formats;

    public ArticleFormats(List<ArticleFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public List<ArticleFormat> all() {
        return formats;
    }

    /**
     * The format for this file: by its name's ending, else by its media type (browsers guess media
     * types from the ending anyway, and often badly).
     */
    public Optional<ArticleFormat> find(ReadHints hints) {
        String extension = hints.extension();
        Optional<ArticleFormat> byName = formats.stream()
                .filter(format -> format.fileExtensions().contains(extension)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        String mediaType = hints.baseMediaType();
        return formats.stream().filter(format -> format.mediaTypes().contains(mediaType)).findFirst();
    }

    /**
     * The format for this file, or refused as a kind of file FactDesk does not import. The import and
     * the {@code extract} command both read files through this and {@link #read}.
     */
    public ArticleFormat formatFor(ReadHints hints) {
        return find(hints).orElseThrow(() -> new ImportRefusedException("import.unsupported",
                hints.fileName() == null ? "" : hints.fileName(), String.join(", .", fileExtensions())));
    }

    /**
     * Reads a file with a format. What the format says about bytes that are not its kind of file
     * becomes one clear reason ({@code import.unreadable}); a refusal with its own reason stays.
     */
    public static ReadArticle read(ArticleFormat format, byte[] content, ReadHints hints) {
        try {
            return format.read(content, hints);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            if (e instanceof HasUserMessage) {
                throw e;
            }
            // A format's own words for "not a file of mine" are for logs; the person gets one clear reason.
            throw new ImportRefusedException("import.unreadable", hints.fileName() == null ? "" : hints.fileName(),
                    format.id().toUpperCase(java.util.Locale.ROOT)).withCause(e);
        }
    }

    /** The format for content of this media type (a fetched web page names no file ending that counts). */
    public Optional<ArticleFormat> findByMediaType(ReadHints hints) {
        String mediaType = hints.baseMediaType();
        return formats.stream().filter(format -> format.mediaTypes().contains(mediaType)).findFirst();
    }

    /**
     * The formats as the application context would hold them, without a context: for the
     * {@code extract} command, which must not start Spring. ArticleFormatsTest keeps the two equal.
     */
    public static ArticleFormats onClasspath() {
        return new ArticleFormats(ComponentsOnClasspath.instantiate(ArticleFormat.class,
                ArticleFormats.class.getPackageName()));
    }

    /** Every file ending some format reads, sorted, e.g. for an upload field or a message. */
    public List<String> fileExtensions() {
        TreeSet<String> extensions = new TreeSet<>();
        formats.forEach(format -> extensions.addAll(format.fileExtensions()));
        return List.copyOf(extensions);
    }
}
