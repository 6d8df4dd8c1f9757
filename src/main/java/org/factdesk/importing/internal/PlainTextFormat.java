package org.factdesk.importing.internal;

import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Plain text, already in the article's own shape: one paragraph, heading or bullet item per line.
 * UTF-8 unless the media type names another charset; a byte order mark is not part of the text.
 */
@Component
@Order(10)
public class PlainTextFormat implements ArticleFormat {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

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
        String text = new String(content, hints.charset().orElse(StandardCharsets.UTF_8));
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return new ReadArticle(text, null, null);
    }
}
