package org.factdesk.importing.internal;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML files and web pages: the article, not the page. The bytes are decoded (the charset the HTTP
 * header names, else the page's own {@code <meta charset>}, else UTF-8 or windows-1252), parsed by
 * jsoup (which only parses: nothing of the page runs), its metadata read ({@link HtmlMetadata}) and
 * its main text extracted ({@link HtmlArticleExtractor}). See ADR 0014.
 */
@Component
@Order(20)
public class HtmlFormat implements ArticleFormat {

    /** How far into the bytes a charset declaration is looked for (browsers prescan 1024; pages put it later). */
    static final int PRESCAN_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[A-Za-z!/?][^>]*>");

    @Override
    public String id() {
        return "html";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("html", "htm", "xhtml");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/html", "application/xhtml+xml");
    }

    @Override
    public ReadArticle read(byte[] content, ReadHints hints) {
        TextDecoder.DecodedText decoded = TextDecoder.decode(content, hints, declaredCharset(content));
        String html = decoded.text();
        if (html.isBlank()) {
            return new ReadArticle("", ArticleMetadata.NONE, decoded.charset().name());
        }
        if (looksBinary(html) || (!ANY_TAG.matcher(html).find() && html.codePoints().noneMatch(Character::isLetter))) {
            throw new ImportRefusedException("import.notHtml", hints.fileName() == null ? "" : hints.fileName());
        }
        Document document = Jsoup.parse(html);
        HtmlMetadata.PageFacts facts = HtmlMetadata.read(document);
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extractWithLayout(document, facts);
        return new ReadArticle(extracted.text(), facts.metadata(), decoded.charset().name(), extracted.layouts());
    }

    /**
     * The charset the document declares in its first bytes ({@code <meta charset>}, {@code http-equiv}
     * Content-Type, or an XML declaration), or null. A page that claims UTF-16 while its bytes were
     * readable as ASCII is UTF-8, as browsers take it.
     */
    static String declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        String name = meta.find() ? meta.group(1) : null;
        if (name == null) {
            Matcher xml = XML_ENCODING.matcher(head);
            name = xml.find() ? xml.group(1) : null;
        }
        if (name != null && name.toLowerCase(Locale.ROOT).startsWith("utf-16")) {
            return "UTF-8";
        }
        return name;
    }

    /** Control characters that no text file holds (NUL, most of C0) in its beginning: an image, an archive... */
    static boolean looksBinary(String text) {
        int length = Math.min(text.length(), PRESCAN_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > 0 && controls * 100 >= length;
    }
}
