package org.factdesk.importing;

import java.net.URI;
import java.util.Optional;

/**
 * A web page as the server fetched it, before anything reads it: its bytes as sent, where it was
 * found in the end (after redirects) and what the server said it is.
 *
 * @param content         the body as sent (not decoded; at most the configured limit)
 * @param finalUrl        the address the body came from, after any redirects
 * @param contentType     the {@code Content-Type} header as sent, e.g. {@code text/html; charset=iso-8859-1}
 * @param declaredCharset the header's {@code charset} parameter as written (Java may not know it), or null;
 *                        the encoding detection weighs it against the BOM and the page's own meta tag
 */
public record FetchedPage(byte[] content, URI finalUrl, String contentType, String declaredCharset) {

    public Optional<String> charset() {
        return Optional.ofNullable(declaredCharset);
    }

    /** The hints a format reads the page with: the path's last segment as its name and the content type. */
    public ReadHints hints() {
        String path = finalUrl.getPath() == null ? "" : finalUrl.getPath();
        return new ReadHints(path.substring(path.lastIndexOf('/') + 1), contentType);
    }
}
