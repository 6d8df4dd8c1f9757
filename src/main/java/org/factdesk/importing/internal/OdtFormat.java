package org.factdesk.importing.internal;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenDocument text ({@code .odt}, LibreOffice), read from the package's XML with the JDK's StAX (ADR 15):
 * headings ({@code text:h}), paragraphs and list items in order; notes, annotations, tracked changes and
 * tables of contents are not article text. The title is the document's title property, else the first
 * paragraph in the Title style, else the first heading; author and date come from {@code meta.xml}.
 * An encrypted document (its manifest names encryption data) is refused as password-protected.
 */
@Component
@Order(41)
public class OdtFormat implements ArticleFormat {

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    static final String CONTENT = "content.xml";
    static final String META_XML = "meta.xml";
    static final String MANIFEST = "META-INF/manifest.xml";
    static final String MIMETYPE = "mimetype";

    private static final Set<String> SKIPPED = Set.of("note", "annotation", "tracked-changes", "table-of-content",
            "alphabetical-index", "bibliography");

    @Override
    public String id() {
        return "odt";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("odt");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/vnd.oasis.opendocument.text");
    }

    @Override
    public ReadArticle read(byte[] content, ReadHints hints) {
        Map<String, byte[]> parts = OfficePackage.parts(content, Set.of(CONTENT, META_XML, MANIFEST, MIMETYPE),
                hints.fileName());
        try {
            if (parts.containsKey(MANIFEST) && encrypted(parts.get(MANIFEST))) {
                throw new ImportRefusedException("import.encrypted", hints.fileName() == null ? "" : hints.fileName());
            }
            byte[] mimetype = parts.get(MIMETYPE);
            if (mimetype != null && !new String(mimetype, StandardCharsets.US_ASCII).strip()
                    .startsWith("application/vnd.oasis.opendocument.text")) {
                throw new IllegalArgumentException("an OpenDocument file, but not text: " + new String(mimetype,
                        StandardCharsets.US_ASCII));
            }
            byte[] body = parts.get(CONTENT);
            if (body == null) {
                throw new IllegalArgumentException("no " + CONTENT + ": not an OpenDocument file");
            }
            Body read = body(body);
            ArticleMetadata metadata = parts.containsKey(META_XML) ? meta(parts.get(META_XML)) : ArticleMetadata.NONE;
            if (metadata.title() == null) {
                metadata = metadata.withTitle(read.titleParagraph != null ? read.titleParagraph : read.firstHeading);
            }
            return new ReadArticle(String.join("\n", read.lines), metadata, null);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("damaged XML in the OpenDocument file: " + e.getMessage(), e);
        }
    }

    private static boolean encrypted(byte[] manifest) throws XMLStreamException {
        XMLStreamReader reader = OfficePackage.xml(manifest);
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT && MANIFEST_NS.equals(reader.getNamespaceURI())
                    && reader.getLocalName().equals("encryption-data")) {
                return true;
            }
        }
        return false;
    }

    private record Body(List<String> lines, String titleParagraph, String firstHeading) {
    }

    private static Body body(byte[] content) throws XMLStreamException {
        List<String> lines = new ArrayList<>();
        Map<String, String> parentStyles = new HashMap<>();
        String titleParagraph = null;
        String firstHeading = null;
        XMLStreamReader reader = OfficePackage.xml(content);
        // Paragraphs nest (a list item's paragraph, a paragraph in a frame): the innermost collects the text.
        List<StringBuilder> open = new ArrayList<>();
        List<String> openStyles = new ArrayList<>();
        int listDepth = 0;
        int skipDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String namespace = reader.getNamespaceURI();
                String name = reader.getLocalName();
                if (skipDepth > 0 || (TEXT.equals(namespace) || OFFICE.equals(namespace)) && SKIPPED.contains(name)) {
                    skipDepth++;
                    continue;
                }
                if (STYLE.equals(namespace) && name.equals("style")) {
                    String styleName = reader.getAttributeValue(STYLE, "name");
                    String parent = reader.getAttributeValue(STYLE, "parent-style-name");
                    if (styleName != null && parent != null) {
                        parentStyles.put(styleName, parent);
                    }
                } else if (TEXT.equals(namespace)) {
                    switch (name) {
                        case "p", "h" -> {
                            open.add(new StringBuilder());
                            openStyles.add(name.equals("h") ? "#heading" : String.valueOf(
                                    reader.getAttributeValue(TEXT, "style-name")));
                        }
                        case "list" -> listDepth++;
                        case "s" -> {
                            String count = reader.getAttributeValue(TEXT, "c");
                            append(open, " ".repeat(count == null ? 1 : Math.min(100, parseOr1(count))));
                        }
                        case "tab", "line-break" -> append(open, " ");
                        default -> { }
                    }
                }
            } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                if (skipDepth == 0) {
                    append(open, reader.getText());
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                String name = reader.getLocalName();
                if (skipDepth > 0) {
                    skipDepth--;
                    continue;
                }
                if (!TEXT.equals(reader.getNamespaceURI())) {
                    continue;
                }
                if (name.equals("list")) {
                    listDepth--;
                } else if ((name.equals("p") || name.equals("h")) && !open.isEmpty()) {
                    String line = open.removeLast().toString().replaceAll("\\s+", " ").strip();
                    String style = openStyles.removeLast();
                    if (line.isEmpty()) {
                        continue;
                    }
                    boolean heading = style.equals("#heading") || isStyle(style, "Heading", parentStyles);
                    if (isStyle(style, "Title", parentStyles) && titleParagraph == null) {
                        titleParagraph = line;
                    } else if (heading && firstHeading == null) {
                        firstHeading = line;
                    }
                    lines.add(listDepth > 0 && !heading ? "- " + line : line);
                }
            }
        }
        return new Body(lines, titleParagraph, firstHeading);
    }

    /** Whether a paragraph's style is {@code wanted} or derives from it (automatic styles "P1" have a parent). */
    private static boolean isStyle(String style, String wanted, Map<String, String> parentStyles) {
        String current = style;
        for (int hops = 0; current != null && hops < 10; hops++) {
            if (current.equals(wanted) || current.startsWith(wanted + "_20_")) {
                return true;
            }
            current = parentStyles.get(current);
        }
        return false;
    }

    private static void append(List<StringBuilder> open, String text) {
        if (!open.isEmpty()) {
            open.getLast().append(text);
        }
    }

    private static int parseOr1(String number) {
        try {
            return Math.max(1, Integer.parseInt(number.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static ArticleMetadata meta(byte[] meta) throws XMLStreamException {
        String title = null;
        String initialCreator = null;
        String creator = null;
        LocalDate created = null;
        XMLStreamReader reader = OfficePackage.xml(meta);
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            String namespace = reader.getNamespaceURI();
            String name = reader.getLocalName();
            if (DC.equals(namespace) && name.equals("title")) {
                title = OfficePackage.elementText(reader);
            } else if (META.equals(namespace) && name.equals("initial-creator")) {
                initialCreator = OfficePackage.elementText(reader);
            } else if (DC.equals(namespace) && name.equals("creator")) {
                creator = OfficePackage.elementText(reader);
            } else if (META.equals(namespace) && name.equals("creation-date")) {
                created = OfficeDates.day(OfficePackage.elementText(reader));
            }
        }
        return new ArticleMetadata(title, null, null, initialCreator != null ? initialCreator : creator, created);
    }
}
