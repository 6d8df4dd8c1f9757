package org.factdesk.importing;

import org.factdesk.common.ComponentsOnClasspath;
import org.springframework.stereotype.Component;

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
