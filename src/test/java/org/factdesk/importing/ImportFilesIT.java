package org.factdesk.importing;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.importing.TestDocuments.WordParagraph;
import org.factdesk.importing.internal.WebPageFetcher;
import org.factdesk.segmentation.BlockKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factdesk.importing.TestDocuments.PdfLine.line;

/** Uploads through ImportService: encodings, formats, bad input, limits and ZIPs; messages in English and German. */
@IntegrationTest
@WithMockUser(roles = "LEAD")
class ImportFilesIT {

    @Autowired
    ImportService importService;
    @Autowired
    ArticleService articleService;
    @Autowired
    ArticleFormats formats;
    @Autowired
    WebPageFetcher fetcher;

    /** An article no other test (or run) has: a fresh headline, German letters in every line. */
    private static String article() {
        return "Größere Straßen für Übach " + UUID.randomUUID() + "\n"
                + "Der Rat beschloss „mehr Grün“ – für 5 € je Bürger. Schöne Grüße aus Köln.\n";
    }

    private List<ImportResult> upload(String name, byte[] content) {
        return importService.importFiles(name, null, content, ImportOptions.NONE);
    }

    private ImportResult single(String name, byte[] content) {
        List<ImportResult> results = upload(name, content);
        assertThat(results).hasSize(1);
        return results.getFirst();
    }

    private ArticleText stored(ImportResult result) {
        assertThat(result.outcome()).as(String.valueOf(result.refusal())).isEqualTo(ImportResult.Outcome.IMPORTED);
        return articleService.findText(result.articleId()).orElseThrow();
    }

    /** The stored article's blocks, one per line, as the sentences hold them. */
    private static String text(ArticleText article) {
        return article.blocks().stream().map(block -> (block.kind() == BlockKind.BULLET ? "- " : "")
                        + block.sentences().stream().map(ArticleText.Sentence::text).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n"));
    }

    private static String english(ImportResult result) {
        assertThat(result.isRefused()).isTrue();
        return result.refusal().in(Locale.ENGLISH);
    }

    private static String german(ImportResult result) {
        return result.refusal().in(Locale.GERMAN);
    }

    // --- encodings -----------------------------------------------------------------------------

    @Test
    void latin_1_windows_1252_and_utf_16_files_keep_umlauts_and_sharp_s_and_the_preview_names_the_encoding() {
        Map<Charset, String> expected = new LinkedHashMap<>();
        expected.put(StandardCharsets.ISO_8859_1, "windows-1252");
        expected.put(Charset.forName("windows-1252"), "windows-1252");
        for (Map.Entry<Charset, String> charset : expected.entrySet()) {
            String text = article().replace("„mehr Grün“ – für 5 €", charset.getKey().equals(StandardCharsets.ISO_8859_1)
                    ? "»mehr Grün« für 5 Mark" : "„mehr Grün“ – für 5 €");
            byte[] bytes = text.getBytes(charset.getKey());

            ImportPreview preview = importService.previewFile("alt.txt", null, bytes, ImportOptions.NONE);
            assertThat(preview.encoding()).isEqualTo(charset.getValue());
            assertThat(preview.replacementCharacters()).isZero();
            assertThat(text(stored(single("alt.txt", bytes)))).isEqualTo(text.strip());
        }
        String utf16 = article();
        byte[] withBom = ("\uFEFF" + utf16).getBytes(StandardCharsets.UTF_16LE);
        ImportPreview preview = importService.previewFile("unicode.txt", null, withBom, ImportOptions.NONE);
        assertThat(preview.encoding()).isEqualTo("UTF-16LE");
        assertThat(text(stored(single("unicode.txt", withBom)))).isEqualTo(utf16.strip());
        String bigEndian = article();
        assertThat(text(stored(single("be.txt", ("\uFEFF" + bigEndian).getBytes(StandardCharsets.UTF_16BE)))))
                .isEqualTo(bigEndian.strip());
    }

    @Test
    void a_utf_8_byte_order_mark_and_a_declared_charset_are_followed() {
        String text = article();
        ImportPreview bom = importService.previewFile("bom.txt", null,
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), ImportOptions.NONE);
        assertThat(bom.encoding()).isEqualTo("UTF-8");
        assertThat(bom.text()).isEqualTo(text);

        String latin = "Ölpreis in Düsseldorf " + UUID.randomUUID() + "\nDie Straße ist gesperrt.";
        ImportPreview declared = importService.previewFile("x.txt", "text/plain; charset=ISO-8859-15",
                latin.getBytes(Charset.forName("ISO-8859-15")), ImportOptions.NONE);
        assertThat(declared.encoding()).isEqualTo("ISO-8859-15");
        assertThat(declared.text()).isEqualTo(latin);
    }

    @Test
    void a_chosen_encoding_wins_and_a_wrong_one_shows_its_replacement_characters_in_the_preview() {
        byte[] latin = article().getBytes(StandardCharsets.ISO_8859_1);

        ImportPreview wrong = importService.previewFile("a.txt", null, latin, new ImportOptions(null, "UTF-8"));

        assertThat(wrong.encoding()).isEqualTo("UTF-8");
        assertThat(wrong.replacementCharacters()).isGreaterThan(0);
    }

    // --- formats -------------------------------------------------------------------------------

    @Test
    void markdown_docx_odt_and_pdf_files_are_stored_with_their_titles() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        ArticleText markdown = stored(single("bericht.md", ("# Markdown-Bericht " + id + "\n\nEin **Absatz** mit [Link](https://example.org).\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(markdown.title()).isEqualTo("Markdown-Bericht " + id);
        assertThat(text(markdown)).isEqualTo("Markdown-Bericht " + id + "\nEin Absatz mit Link.");

        ArticleText word = stored(single("bericht.docx", TestDocuments.docx(null, "Erika Mustermann", null, List.of(
                WordParagraph.styled("Titel", "Word-Bericht " + id), WordParagraph.of("Ein Absatz in Word.")))));
        assertThat(word.title()).isEqualTo("Word-Bericht " + id);

        ArticleText open = stored(single("bericht.odt", TestDocuments.odt(null, null, null,
                "<text:h text:outline-level=\"1\">ODT-Bericht " + id + "</text:h><text:p>Ein Absatz.</text:p>")));
        assertThat(open.title()).isEqualTo("ODT-Bericht " + id);

        ArticleText pdf = stored(single("bericht.pdf", TestDocuments.pdf(null, null, List.of(List.of(
                line(20, "PDF-Bericht " + id), TestDocuments.PdfLine.paragraph(11, "Ein Absatz im PDF."))))));
        assertThat(pdf.title()).isEqualTo("PDF-Bericht " + id);
        assertThat(pdf.blocks()).hasSize(2);
    }

    // --- bad input -----------------------------------------------------------------------------

    @Test
    void an_empty_or_white_space_file_is_refused() {
        ImportResult empty = single("leer.txt", new byte[0]);
        ImportResult blank = single("leer2.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8));

        assertThat(english(empty)).isEqualTo("\"leer.txt\" holds no text to review (it is empty or only white space).");
        assertThat(english(blank)).startsWith("\"leer2.txt\" holds no text");
        assertThat(german(blank)).isEqualTo("„leer2.txt“ enthält keinen Text zum Prüfen (die Datei ist leer oder enthält nur Leerraum).");
    }

    @Test
    void a_png_renamed_to_txt_and_other_binary_data_are_refused() {
        long before = articleService.count();

        ImportResult png = single("foto.txt", TestDocuments.png());
        byte[] binary = new byte[300];
        Arrays.fill(binary, (byte) 'a');
        binary[17] = 0;
        binary[200] = 3;
        ImportResult withNul = single("daten.txt", binary);

        assertThat(english(png)).isEqualTo("\"foto.txt\" is not a text file but a PNG file.");
        assertThat(german(png)).isEqualTo("„foto.txt“ ist keine Textdatei, sondern eine PNG-Datei.");
        assertThat(english(withNul)).contains("binary data");
        assertThat(articleService.count()).isEqualTo(before);
    }

    @Test
    void an_unsupported_type_is_refused_naming_what_is_read() {
        ImportResult result = single("tabelle.xlsx", new byte[]{'P', 'K', 3, 4});

        assertThat(english(result)).startsWith("\"tabelle.xlsx\" is not a kind of file FactDesk imports (it reads .")
                .contains(".docx").contains(".md").contains(".odt").contains(".pdf");
        assertThat(german(result)).startsWith("„tabelle.xlsx“ ist keine Dateiart, die FactDesk importiert");
    }

    @Test
    void corrupt_and_password_protected_documents_are_refused_with_their_own_messages() {
        byte[] docx = TestDocuments.docx(null, null, null, List.of(WordParagraph.of("Ein Absatz.")));

        assertThat(english(single("kaputt.docx", Arrays.copyOf(docx, docx.length / 2))))
                .isEqualTo("\"kaputt.docx\" cannot be read as DOCX: the file is damaged or not what its name says.");
        assertThat(english(single("kaputt.odt", "kein ODT".getBytes(StandardCharsets.UTF_8))))
                .startsWith("\"kaputt.odt\" cannot be read as ODT");
        assertThat(english(single("kaputt.pdf", "%PDF-1.4 abgeschnitten".getBytes(StandardCharsets.UTF_8))))
                .startsWith("\"kaputt.pdf\" cannot be read as PDF");

        ImportResult word = single("geheim.docx", TestDocuments.encryptedOfficeFile());
        assertThat(english(word)).startsWith("\"geheim.docx\" is protected with a password");
        assertThat(german(word)).startsWith("„geheim.docx“ ist mit einem Passwort geschützt");
        assertThat(english(single("geheim.odt", TestDocuments.odt(null, null, null, "<text:p>x</text:p>", true))))
                .startsWith("\"geheim.odt\" is protected with a password");
        assertThat(english(single("geheim.pdf", TestDocuments.pdf(null, "user", List.of(List.of(line(11, "Geheim.")))))))
                .startsWith("\"geheim.pdf\" is protected with a password");
    }

    @Test
    void a_pdf_without_a_text_layer_is_a_scanned_pdf() {
        ImportResult scan = single("scan.pdf", TestDocuments.pdfWithoutText());

        assertThat(english(scan)).startsWith("\"scan.pdf\" is a scanned PDF: no text to review");
        assertThat(german(scan)).startsWith("„scan.pdf“ ist ein gescanntes PDF: kein Text zum Prüfen");
    }

    // --- limits --------------------------------------------------------------------------------

    /** The service with small limits: 1 MB a file, 3 MB an upload, 5 entries, ZIPs 2 deep. */
    private ImportService limited() {
        return new ImportService(articleService, formats, fetcher,
                new ImportLimits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(3), 5, 2));
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read_whole() {
        CountingEndlessStream endless = new CountingEndlessStream();

        List<ImportResult> results = importService.importFiles("riesig.txt", null, endless, ImportOptions.NONE);

        assertThat(english(results.getFirst())).isEqualTo("\"riesig.txt\" is larger than 10 MB, the limit for one file.");
        assertThat(german(results.getFirst())).isEqualTo("„riesig.txt“ ist größer als 10 MB, die Grenze für eine Datei.");
        assertThat(endless.read).isEqualTo(importService.limits().maxFileBytes() + 1);
    }

    @Test
    void declared_sizes_over_the_limits_are_refused_before_anything_is_read() {
        long tenMegabytes = importService.limits().maxFileBytes();

        importService.checkDeclaredSize("ok.txt", tenMegabytes, tenMegabytes);
        importService.checkDeclaredSize("gross.zip", tenMegabytes * 5, tenMegabytes * 5);
        assertThatThrownBy(() -> importService.checkDeclaredSize("gross.txt", tenMegabytes + 1, tenMegabytes + 1))
                .isInstanceOf(ImportRefusedException.class).hasMessage("\"gross.txt\" is larger than 10 MB, the limit for one file.");
        assertThatThrownBy(() -> importService.checkDeclaredSize("gross.zip", importService.limits().maxUploadBytes() + 1, 0))
                .isInstanceOf(ImportRefusedException.class).hasMessage("\"gross.zip\" is larger than 200 MB, the limit for one upload.");
        assertThatThrownBy(() -> importService.checkDeclaredSize("letzte.txt", 100, importService.limits().maxUploadBytes() + 1))
                .isInstanceOf(ImportRefusedException.class).hasMessage("The upload is larger than 200 MB, the limit for one upload.");
    }

    @Test
    void a_zip_expands_into_its_files_named_with_their_folders_and_unsupported_entries_are_refused_alone() {
        String first = article();
        String second = "# Markdown im Ordner " + UUID.randomUUID() + "\n\nText im Ordner.";
        byte[] zip = TestDocuments.zip(TestDocuments.entries(
                "ordner/", new byte[0],
                "ordner/erster.txt", first.getBytes(Charset.forName("windows-1252")),
                "ordner/unter/zweiter.md", second,
                "bild.png", TestDocuments.png(),
                "__MACOSX/ordner/._erster.txt", new byte[]{0, 5, 22, 7}));

        List<ImportResult> results = upload("archiv.zip", zip);

        assertThat(results).extracting(ImportResult::input)
                .containsExactly("archiv.zip/ordner/erster.txt", "archiv.zip/ordner/unter/zweiter.md", "archiv.zip/bild.png");
        assertThat(text(stored(results.get(0)))).isEqualTo(first.strip());
        assertThat(stored(results.get(1)).sourceName()).isEqualTo("archiv.zip/ordner/unter/zweiter.md");
        assertThat(english(results.get(2))).startsWith("\"archiv.zip/bild.png\" is not a kind of file FactDesk imports");
    }

    @Test
    void a_zip_with_an_entry_escaping_its_folder_is_refused_whole() {
        long before = articleService.count();
        for (String escaping : List.of("../boese.txt", "ordner/../../boese.txt", "/etc/boese.txt", "C:\\boese.txt",
                "ordner\\..\\..\\boese.txt")) {
            byte[] zip = TestDocuments.zip(TestDocuments.entries("gut.txt", article(), escaping, article()));

            ImportResult result = single("archiv.zip", zip);

            assertThat(english(result)).isEqualTo("\"archiv.zip\" was not imported: its entry \"" + escaping
                    + "\" points outside the archive's folder.");
        }
        assertThat(articleService.count()).isEqualTo(before);
        ImportResult german = single("archiv.zip", TestDocuments.zip(TestDocuments.entries("../x.txt", "x")));
        assertThat(german(german)).isEqualTo("„archiv.zip“ wurde nicht importiert: Der Eintrag „../x.txt“ verweist aus dem Ordner des Archivs heraus.");
    }

    @Test
    void zips_nested_deeper_than_the_limit_are_refused_and_two_levels_import() {
        String text = article();
        byte[] inner = TestDocuments.zip(TestDocuments.entries("innen.txt", text));
        byte[] twoLevels = TestDocuments.zip(TestDocuments.entries("innen.zip", inner));
        byte[] threeLevels = TestDocuments.zip(TestDocuments.entries("mitte.zip", twoLevels));

        List<ImportResult> imported = upload("aussen.zip", twoLevels);
        ImportResult refused = single("aussen.zip", threeLevels);

        assertThat(imported).extracting(ImportResult::input).containsExactly("aussen.zip/innen.zip/innen.txt");
        assertThat(text(stored(imported.getFirst()))).isEqualTo(text.strip());
        assertThat(english(refused)).isEqualTo("\"aussen.zip\" was not imported: it holds ZIP archives nested more than 2 deep.");
    }

    @Test
    void a_zip_with_more_entries_than_the_limit_is_refused_whole() {
        Object[] entries = new Object[12];
        for (int i = 0; i < 6; i++) {
            entries[2 * i] = "datei" + i + ".txt";
            entries[2 * i + 1] = "Kurzer Text " + i + " " + UUID.randomUUID() + ".";
        }
        long before = articleService.count();

        ImportResult result = limited().importFiles("viele.zip", null,
                TestDocuments.zip(TestDocuments.entries(entries)), ImportOptions.NONE).getFirst();

        assertThat(english(result)).isEqualTo("\"viele.zip\" was not imported: it holds more than 5 entries.");
        assertThat(articleService.count()).isEqualTo(before);
    }

    @Test
    void a_zip_bomb_is_refused_by_the_bytes_it_inflates_not_by_what_its_headers_say() {
        byte[] megabyte = new byte[1024 * 1024];
        Arrays.fill(megabyte, (byte) 'a');
        byte[] bomb = TestDocuments.zip(TestDocuments.entries("bombe.txt", Arrays.copyOf(megabyte, 1536 * 1024)));
        Object[] parts = new Object[8];
        for (int i = 0; i < 4; i++) {
            parts[2 * i] = "teil" + i + ".txt";
            parts[2 * i + 1] = Arrays.copyOf(megabyte, 900 * 1024);
        }
        byte[] overUpload = TestDocuments.zip(TestDocuments.entries(parts));
        // Deflated entries state no size before their data (ZipOutputStream writes it after): nothing to trust.
        assertThat(bomb.length).isLessThan(10 * 1024);
        long before = articleService.count();

        ImportResult entry = limited().importFiles("bombe.zip", null, bomb, ImportOptions.NONE).getFirst();
        ImportResult total = limited().importFiles("gesamt.zip", null, overUpload, ImportOptions.NONE).getFirst();

        assertThat(english(entry)).isEqualTo(
                "\"bombe.zip\" was not imported: its entry \"bombe.txt\" is larger than 1 MB unpacked, the limit for one file.");
        assertThat(english(total)).isEqualTo(
                "\"gesamt.zip\" was not imported: unpacked, it is larger than 3 MB, the limit for one upload.");
        assertThat(german(total)).isEqualTo(
                "„gesamt.zip“ wurde nicht importiert: Entpackt ist es größer als 3 MB, die Grenze für alle gemeinsam hochgeladenen Dateien.");
        assertThat(articleService.count()).isEqualTo(before);
    }

    /** An input stream of endless 'a's that counts what was read from it. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            read += length;
            return length;
        }
    }
}
