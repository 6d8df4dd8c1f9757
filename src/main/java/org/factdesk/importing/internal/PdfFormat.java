package org.factdesk.importing.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.importing.ArticleFormat;
import org.factdesk.importing.ImportRefusedException;
import org.factdesk.importing.ReadArticle;
import org.factdesk.importing.ReadHints;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;

/**
 * PDF files with a text layer, read with PDFBox (already here for the reports): lines in the order the
 * page draws them, rebuilt into paragraphs where PDFBox sees a paragraph break (a larger gap or an
 * indent) or the font size changes (a headline over its text); a word hyphenated at a line's end is
 * joined ("Bundes-" + "regierung"). The title is the document's title property, else the first line in
 * the largest type on the first page when it is larger than the text. A PDF that needs a password to
 * open is refused as password-protected; one without any text (a scan) as a scanned PDF.
 */
@Component
@Order(50)
public class PdfFormat implements ArticleFormat {

    /** A line this much larger than the body text is a headline. */
    static final double HEADLINE_RATIO = 1.2;

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("pdf");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/pdf");
    }

    @Override
    public ReadArticle read(byte[] content, ReadHints hints) {
        String fileName = hints.fileName() == null ? "" : hints.fileName();
        try (PDDocument document = Loader.loadPDF(content)) {
            Lines lines = new Lines();
            lines.setSortByPosition(false); // the drawing order keeps columns apart; sorting interleaves them
            lines.writeText(document, Writer.nullWriter());
            lines.endLine();
            if (lines.all.stream().allMatch(line -> line.text.isBlank())) {
                throw new ImportRefusedException("import.scannedPdf", fileName);
            }
            List<String> paragraphs = paragraphs(lines.all);
            return new ReadArticle(String.join("\n", paragraphs), metadata(document, lines.all), null);
        } catch (InvalidPasswordException e) {
            throw new ImportRefusedException("import.encrypted", fileName).withCause(e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PDF that can be read: " + e.getMessage(), e);
        }
    }

    /** One line as drawn: its text, its largest font size, whether PDFBox saw a paragraph start before it. */
    record Line(String text, float size, int page, boolean paragraphStart) {
    }

    private static ArticleMetadata metadata(PDDocument document, List<Line> lines) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = info.getTitle();
        if (title == null || title.isBlank()) {
            title = largestFirstLines(lines);
        }
        return new ArticleMetadata(title, null, null, info.getAuthor(), day(info.getCreationDate()));
    }

    /** The first page's first run of lines in the largest type, when that is larger than most text. */
    static String largestFirstLines(List<Line> lines) {
        List<Line> firstPage = lines.stream().filter(line -> line.page == 1 && !line.text.isBlank()).toList();
        if (firstPage.isEmpty()) {
            return null;
        }
        float largest = (float) firstPage.stream().mapToDouble(Line::size).max().orElse(0);
        float body = bodySize(lines);
        if (largest < body * HEADLINE_RATIO) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        boolean inTitle = false;
        for (Line line : firstPage) {
            boolean large = Math.abs(line.size - largest) < 0.5f;
            if (large) {
                title.append(title.isEmpty() ? "" : " ").append(line.text.strip());
                inTitle = true;
            } else if (inTitle) {
                break;
            }
        }
        return title.toString();
    }

    /** The font size most characters are set in. */
    private static float bodySize(List<Line> lines) {
        java.util.Map<Integer, Integer> characters = new java.util.HashMap<>();
        for (Line line : lines) {
            characters.merge(Math.round(line.size * 2), line.text.length(), Integer::sum);
        }
        return characters.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(entry -> entry.getKey() / 2f).orElse(0f);
    }

    /** Lines joined into paragraphs; page numbers and empty lines dropped. */
    static List<String> paragraphs(List<Line> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            String text = line.text.replaceAll("\\s+", " ").strip();
            if (text.isEmpty() || text.matches("(?:-\\s*)?\\d{1,4}(?:\\s*-)?|(?i:seite|page)\\s+\\d+(?:\\s*/\\s*\\d+)?")) {
                continue; // a page number alone on its line is not text
            }
            boolean sizeChanged = previous != null && Math.abs(line.size - previous.size)
                    > Math.max(previous.size, line.size) * 0.15;
            // PDFBox starts a paragraph on every page; a sentence running over the page break goes on.
            boolean continues = previous != null && line.page != previous.page && !endsSentence(current);
            if (!current.isEmpty() && (line.paragraphStart && !continues || sizeChanged)) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            join(current, text);
            previous = line;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean endsSentence(StringBuilder paragraph) {
        String text = paragraph.toString().strip();
        return !text.isEmpty() && ".!?:\"“”»«".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * Appends a line to a paragraph: a word hyphenated at the line's end is joined without its hyphen
     * when the next line goes on in lower case ("Bundes-" "regierung"), keeps it before a capital
     * ("Nord-" "Süd" stays "Nord-Süd"); a soft hyphen always goes.
     */
    static void join(StringBuilder paragraph, String line) {
        if (paragraph.isEmpty()) {
            paragraph.append(line);
            return;
        }
        int last = paragraph.length() - 1;
        char end = paragraph.charAt(last);
        if (end == '\u00AD') {
            paragraph.setLength(last);
            paragraph.append(line);
        } else if ((end == '-' || end == '\u2010') && last > 0 && Character.isLetter(paragraph.charAt(last - 1))) {
            if (Character.isLowerCase(line.codePointAt(0))) {
                paragraph.setLength(last);
            }
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private static LocalDate day(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        LocalDate day = calendar.toInstant().atZone(calendar.getTimeZone() == null ? ZoneId.of("UTC")
                : calendar.getTimeZone().toZoneId()).toLocalDate();
        return day.getYear() < 1900 || day.isAfter(LocalDate.now().plusDays(1)) ? null : day;
    }

    /** PDFBox's text stripper, recording lines with their font size instead of writing text. */
    private static final class Lines extends PDFTextStripper {
        final List<Line> all = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float size;
        private boolean paragraphStart = true;

        Lines() {
            super();
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string);
            for (TextPosition position : positions) {
                size = Math.max(size, position.getFontSizeInPt());
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphStart() {
            endLine();
            paragraphStart = true;
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
            paragraphStart = true;
        }

        void endLine() {
            if (!text.isEmpty()) {
                all.add(new Line(text.toString(), size, getCurrentPageNo(), paragraphStart));
                paragraphStart = false;
            }
            text.setLength(0);
            size = 0;
        }
    }
}
