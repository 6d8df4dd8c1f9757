package org.factdesk.importing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small DOCX, ODT, PDF and ZIP files the tests build themselves (no third-party files in the project):
 * just the parts the formats read, as Word, LibreOffice and PDF writers lay them out.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A ZIP with these entries (name → bytes), in order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Map<String, byte[]> entries(Object... namesAndContents) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Object content = namesAndContents[i + 1];
            entries.put((String) namesAndContents[i], content instanceof byte[] bytes ? bytes
                    : content.toString().getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    // --- DOCX ------------------------------------------------------------------------------------

    /** A Word paragraph: its style id (null for none), whether it is numbered, and its runs' text. */
    public record WordParagraph(String styleId, boolean numbered, String... runs) {
        public static WordParagraph of(String... runs) {
            return new WordParagraph(null, false, runs);
        }

        public static WordParagraph styled(String styleId, String... runs) {
            return new WordParagraph(styleId, false, runs);
        }

        public static WordParagraph item(String... runs) {
            return new WordParagraph(null, true, runs);
        }
    }

    /** A DOCX with these paragraphs; styles "Titel" (name Title), "berschrift1" (heading 1) as a German Word has. */
    public static byte[] docx(String coreTitle, String creator, String created, List<WordParagraph> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (WordParagraph paragraph : paragraphs) {
            body.append("<w:p><w:pPr>");
            if (paragraph.styleId() != null) {
                body.append("<w:pStyle w:val=\"").append(paragraph.styleId()).append("\"/>");
            }
            if (paragraph.numbered()) {
                body.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
            }
            body.append("</w:pPr>");
            for (String run : paragraph.runs()) {
                body.append("<w:r><w:t xml:space=\"preserve\">").append(escape(run)).append("</w:t></w:r>");
            }
            body.append("</w:p>");
        }
        return docxWithBody(coreTitle, creator, created, body.toString());
    }

    /** A DOCX whose body is this WordprocessingML (for tracked changes, fields and the like). */
    public static byte[] docxWithBody(String coreTitle, String creator, String created, String bodyXml) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + bodyXml + "<w:sectPr/></w:body></w:document>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/></w:style>"
                + "</w:styles>";
        StringBuilder core = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        if (coreTitle != null) {
            core.append("<dc:title>").append(escape(coreTitle)).append("</dc:title>");
        }
        if (creator != null) {
            core.append("<dc:creator>").append(escape(creator)).append("</dc:creator>");
        }
        if (created != null) {
            core.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:created>");
        }
        core.append("</cp:coreProperties>");
        return zip(entries(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
                "word/document.xml", document,
                "word/styles.xml", styles,
                "docProps/core.xml", core.toString()));
    }

    /**
     * What Office writes for a DOCX saved with a password: an OLE2 compound file holding the streams
     * "EncryptionInfo" and "EncryptedPackage" (only the header and the directory names matter here).
     */
    public static byte[] encryptedOfficeFile() {
        byte[] file = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, file, 0, magic.length);
        byte[] info = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        byte[] pack = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(info, 0, file, 1024, info.length);
        System.arraycopy(pack, 0, file, 1024 + 128, pack.length);
        return file;
    }

    // --- ODT -------------------------------------------------------------------------------------

    /** An ODT whose office:text holds this ODF XML; meta.xml with these properties (any may be null). */
    public static byte[] odt(String title, String initialCreator, String creationDate, String textXml) {
        return odt(title, initialCreator, creationDate, textXml, false);
    }

    public static byte[] odt(String title, String initialCreator, String creationDate, String textXml, boolean encrypted) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=\"1.3\">"
                + "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\""
                + " style:parent-style-name=\"Title\"/></office:automatic-styles>"
                + "<office:body><office:text>" + textXml + "</office:text></office:body></office:document-content>";
        StringBuilder meta = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:meta>");
        if (title != null) {
            meta.append("<dc:title>").append(escape(title)).append("</dc:title>");
        }
        if (initialCreator != null) {
            meta.append("<meta:initial-creator>").append(escape(initialCreator)).append("</meta:initial-creator>");
        }
        if (creationDate != null) {
            meta.append("<meta:creation-date>").append(creationDate).append("</meta:creation-date>");
        }
        meta.append("</office:meta></office:document-meta>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                + (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA256-1K\" manifest:checksum=\"AAAA\">"
                + "<manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\""
                + " manifest:initialisation-vector=\"AAAA\"/></manifest:encryption-data>" : "")
                + "</manifest:file-entry></manifest:manifest>";
        return zip(entries(
                "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", manifest,
                "content.xml", encrypted ? new byte[]{(byte) 0x9A, 0x11, 0x42, 0x00, 0x7F} : content,
                "meta.xml", meta.toString()));
    }

    // --- PDF -------------------------------------------------------------------------------------

    /** A line to draw: its font size and text, at the next position down the page. */
    public record PdfLine(float size, String text, float gapBefore) {
        public static PdfLine line(float size, String text) {
            return new PdfLine(size, text, 0);
        }

        /** A line after a blank line's gap (a new paragraph). */
        public static PdfLine paragraph(float size, String text) {
            return new PdfLine(size, text, size * 1.5f);
        }
    }

    /** A PDF with these lines on one page each list, in Helvetica (WinAnsi: German letters draw). */
    public static byte[] pdf(String infoTitle, String userPassword, List<List<PdfLine>> pages) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<PdfLine> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 740;
                    for (PdfLine line : lines) {
                        y -= line.gapBefore() + line.size() * 1.2f;
                        content.beginText();
                        content.setFont(font, line.size());
                        content.newLineAtOffset(72, y);
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            if (infoTitle != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(infoTitle);
                info.setAuthor("Erika Mustermann");
                document.setDocumentInformation(info);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of one page that holds only an image, as a scan does: no text layer. */
    public static byte[] pdfWithoutText() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(60, 80,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 72, 450, 600);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a PNG image (signature and IHDR chunk), as a renamed image file starts. */
    public static byte[] png() {
        byte[] png = new byte[64];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        System.arraycopy(head, 0, png, 0, head.length);
        return png;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
