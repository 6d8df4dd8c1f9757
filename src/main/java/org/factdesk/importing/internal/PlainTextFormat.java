package org.factdesk.importing.internal;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Plain text, already in the article's own shape: one paragraph, heading or bullet item per line.
 * Decoded by {@link TextDecoder} (chosen encoding, byte order mark, declared charset, UTF-8, detection);
 * binary files renamed to {@code .txt} are refused ({@link BinaryContent}).
 */
@Component
@Order(10)
public class PlainTextFormat implements ArticleFormat {

    @Override
    public String id() {
        return "text";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("txt", "text");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public ReadArticle read(byte[] content, ReadHints hints) {
        BinaryContent.refuseKnownKind(content, hints.fileName());
        TextDecoder.DecodedText decoded = TextDecoder.decode(content, hints, null);
        BinaryContent.refuseControlCharacters(decoded.text(), hints.fileName());
        return new ReadArticle(decoded.text(), ArticleMetadata.NONE, decoded.charset().name());
    }
}
