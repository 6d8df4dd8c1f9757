package org.factdesk.importing.internal;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown (CommonMark, ADR 15): headings, paragraphs (soft-wrapped lines joined), list items and block
 * quotes in order, one per line; the first {@code #} heading is the title. No markup reaches the text:
 * links keep their text, emphasis and inline code their words; images, code blocks and HTML are
 * dropped (code is not prose to fact-check, and HTML is never rendered). A YAML front matter's
 * {@code title}, {@code author} and {@code date} become metadata.
 */
@Component
@Order(30)
public class MarkdownFormat implements ArticleFormat {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\R(.*?)\\R---[ \\t]*(\\R|\\z)",
            Pattern.DOTALL);
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("(?m)^(title|author|date)[ \\t]*:[ \\t]*(.*)$");

    // Safe by construction: CommonMark parses, it never renders, and the text holds only text nodes.
    private final Parser parser = Parser.builder().build();

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/markdown", "text/x-markdown");
    }

    @Override
    public ReadArticle read(byte[] content, ReadHints hints) {
        BinaryContent.refuseKnownKind(content, hints.fileName());
        TextDecoder.DecodedText decoded = TextDecoder.decode(content, hints, null);
        BinaryContent.refuseControlCharacters(decoded.text(), hints.fileName());
        String source = decoded.text();
        ArticleMetadata metadata = ArticleMetadata.NONE;
        Matcher frontMatter = FRONT_MATTER.matcher(source);
        if (frontMatter.find()) {
            metadata = frontMatter(frontMatter.group(1));
            source = source.substring(frontMatter.end());
        }
        Blocks blocks = new Blocks();
        blocks.visit(parser.parse(source));
        if (blocks.title != null) {
            metadata = metadata.overriddenBy(ArticleMetadata.titled(blocks.title));
        }
        return new ReadArticle(String.join("\n", blocks.lines), metadata, decoded.charset().name());
    }

    private static ArticleMetadata frontMatter(String yaml) {
        String title = null;
        String author = null;
        LocalDate date = null;
        Matcher field = FRONT_MATTER_FIELD.matcher(yaml);
        while (field.find()) {
            String value = unquoted(field.group(2).strip());
            switch (field.group(1)) {
                case "title" -> title = value;
                case "author" -> author = value;
                default -> date = dateOrNull(value);
            }
        }
        return new ArticleMetadata(title, null, null, author, date);
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static LocalDate dateOrNull(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    /** Walks the document's blocks, writing one line per heading, paragraph and list item. */
    private static final class Blocks {
        final List<String> lines = new ArrayList<>();
        String title;

        void visit(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                switch (child) {
                    case Heading heading -> {
                        String text = inline(heading);
                        if (heading.getLevel() == 1 && title == null && !text.isEmpty()) {
                            title = text;
                        }
                        add("", text);
                    }
                    case Paragraph paragraph -> add("", inline(paragraph));
                    case BulletList list -> items(list);
                    case OrderedList list -> items(list);
                    case BlockQuote quote -> visit(quote);
                    case FencedCodeBlock ignored -> { }
                    case IndentedCodeBlock ignored -> { }
                    case HtmlBlock ignored -> { }
                    default -> visit(child);
                }
            }
        }

        private void items(Node list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                // The item's own paragraphs make its line; lists nested in it follow as items of their own.
                StringBuilder text = new StringBuilder();
                List<Node> nested = new ArrayList<>();
                for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                    if (part instanceof Paragraph || part instanceof Heading) {
                        text.append(text.isEmpty() ? "" : " ").append(inline(part));
                    } else {
                        nested.add(part);
                    }
                }
                add("- ", text.toString());
                for (Node part : nested) {
                    if (part instanceof BulletList || part instanceof OrderedList) {
                        items(part);
                    } else if (part instanceof BlockQuote) {
                        visit(part);
                    }
                }
            }
        }

        private void add(String prefix, String text) {
            String line = text.replaceAll("\\s+", " ").strip();
            if (!line.isEmpty()) {
                lines.add(prefix + line);
            }
        }

        private static String inline(Node node) {
            StringBuilder text = new StringBuilder();
            appendInline(node, text);
            return text.toString().replaceAll("\\s+", " ").strip();
        }

        private static void appendInline(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                switch (child) {
                    case Text literal -> text.append(literal.getLiteral());
                    case Code code -> text.append(code.getLiteral());
                    case SoftLineBreak ignored -> text.append(' ');
                    case HardLineBreak ignored -> text.append(' ');
                    case Image ignored -> { }
                    case HtmlInline ignored -> { }
                    default -> appendInline(child, text);
                }
            }
        }
    }
}
