package org.factdesk.importing.internal;

import org.factdesk.article.ArticleMetadata;
import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word documents (OOXML {@code .docx}), read from the package's XML with the JDK's StAX (ADR 15): the
 * body's paragraphs in order, those in a heading style as headings, numbered or bulleted ones as list
 * items; tracked deletions, field codes, text boxes, headers, footers and footnotes are not article text. The title
 * is the document's title property, else the first paragraph in the Title style, else the first
 * Heading 1; author and date come from the core properties. Styles are matched by their built-in
 * names ("heading 1"), not their ids, which Word translates ("berschrift1" in a German Word).
 */
@Component
@Order(40)
public class DocxFormat implements ArticleFormat {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String CORE = "docProps/core.xml";
    /** Elements whose content is not the article's text: tracked deletions, field codes, text boxes. */
    private static final Set<String> SKIPPED = Set.of("del", "delText", "instrText", "txbxContent");

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("docx");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Override
    public ReadArticle read(byte[] content, ReadHints hints) {
        Map<String, byte[]> parts = OfficePackage.parts(content, Set.of(DOCUMENT, STYLES, CORE), hints.fileName());
        byte[] document = parts.get(DOCUMENT);
        if (document == null) {
            throw new IllegalArgumentException("no " + DOCUMENT + ": not a Word document");
        }
        try {
            Map<String, String> styleNames = parts.containsKey(STYLES) ? styleNames(parts.get(STYLES)) : Map.of();
            Body body = body(document, styleNames);
            ArticleMetadata metadata = parts.containsKey(CORE) ? CoreProperties.read(parts.get(CORE)) : ArticleMetadata.NONE;
            if (metadata.title() == null) {
                metadata = metadata.withTitle(body.titleParagraph != null ? body.titleParagraph : body.firstHeading);
            }
            return new ReadArticle(String.join("\n", body.lines), metadata, null);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("damaged XML in the Word document: " + e.getMessage(), e);
        }
    }

    private record Body(List<String> lines, String titleParagraph, String firstHeading) {
    }

    /** Style id → built-in style name, lower case ("heading 1", "title", "list bullet"). */
    private static Map<String, String> styleNames(byte[] styles) throws XMLStreamException {
        Map<String, String> names = new HashMap<>();
        XMLStreamReader reader = OfficePackage.xml(styles);
        String styleId = null;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamReader.START_ELEMENT || !W.equals(reader.getNamespaceURI())) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "style" -> styleId = reader.getAttributeValue(W, "styleId");
                case "name" -> {
                    if (styleId != null) {
                        names.put(styleId, reader.getAttributeValue(W, "val").toLowerCase(Locale.ROOT));
                    }
                }
                default -> { }
            }
        }
        return names;
    }

    private static Body body(byte[] document, Map<String, String> styleNames) throws XMLStreamException {
        List<String> lines = new ArrayList<>();
        String titleParagraph = null;
        String firstHeading = null;
        XMLStreamReader reader = OfficePackage.xml(document);
        StringBuilder text = null;
        String style = "";
        boolean listItem = false;
        boolean outline = false;
        int skipDepth = 0; // inside content that is not article text
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT && W.equals(reader.getNamespaceURI())) {
                String name = reader.getLocalName();
                if (skipDepth > 0 || SKIPPED.contains(name)) {
                    skipDepth++;
                    continue;
                }
                switch (name) {
                    case "p" -> {
                        text = new StringBuilder();
                        style = "";
                        listItem = false;
                        outline = false;
                    }
                    case "pStyle" -> {
                        String id = reader.getAttributeValue(W, "val");
                        style = styleNames.getOrDefault(id, id == null ? "" : id.toLowerCase(Locale.ROOT));
                    }
                    case "numPr" -> listItem = true;
                    case "outlineLvl" -> outline = true;
                    case "t" -> {
                        if (text != null) {
                            text.append(reader.getElementText());
                        }
                    }
                    case "tab", "br", "cr" -> {
                        if (text != null) {
                            text.append(' ');
                        }
                    }
                    case "noBreakHyphen" -> {
                        if (text != null) {
                            text.append('-');
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && W.equals(reader.getNamespaceURI())) {
                if (skipDepth > 0) {
                    skipDepth--;
                    continue;
                }
                if (reader.getLocalName().equals("p") && text != null) {
                    String line = text.toString().replaceAll("\\s+", " ").strip();
                    if (!line.isEmpty()) {
                        boolean heading = style.startsWith("heading") || outline;
                        if (style.equals("title") && titleParagraph == null) {
                            titleParagraph = line;
                        } else if (heading && firstHeading == null) {
                            firstHeading = line;
                        }
                        boolean bullet = listItem || style.startsWith("list");
                        lines.add(bullet && !heading ? "- " + line : line);
                    }
                    text = null;
                }
            }
        }
        return new Body(lines, titleParagraph, firstHeading);
    }

    /** The Dublin Core properties Office and LibreOffice write ({@code docProps/core.xml}). */
    static final class CoreProperties {
        private static final String DC = "http://purl.org/dc/elements/1.1/";
        private static final String DC_TERMS = "http://purl.org/dc/terms/";

        private CoreProperties() {
        }

        static ArticleMetadata read(byte[] core) throws XMLStreamException {
            String title = null;
            String author = null;
            LocalDate date = null;
            XMLStreamReader reader = OfficePackage.xml(core);
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String namespace = reader.getNamespaceURI();
                String name = reader.getLocalName();
                if (DC.equals(namespace) && name.equals("title")) {
                    title = OfficePackage.elementText(reader);
                } else if (DC.equals(namespace) && name.equals("creator")) {
                    author = OfficePackage.elementText(reader);
                } else if (DC_TERMS.equals(namespace) && name.equals("created")) {
                    date = OfficeDates.day(OfficePackage.elementText(reader));
                }
            }
            return new ArticleMetadata(title, null, null, author, date);
        }
    }
}
