package org.factdesk.report.internal;

import org.factdesk.report.ArticleReport;
import org.factdesk.report.ReportOptions;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleText;
import org.factdesk.report.ReportSettings;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.segmentation.BlockKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict vocabulary lives in {@link Verdict}: whatever verdict it declares, the translations, the
 * reader (its style sheet and keys) and every report format can show. A new verdict that lacks one
 * of them fails here, not in front of an editor.
 */
class EveryVerdictTest {

    private static final ReportSettings SETTINGS = new ReportSettings(null, null, null, null);

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void has_its_texts_in_english_and_german(Verdict verdict) throws IOException {
        for (String file : List.of("translations_en.properties", "translations_de.properties")) {
            Properties texts = translations(file);
            assertThat(texts).as(file).containsKeys(verdict.translationKey(), verdict.filterTranslationKey(),
                    verdict.shortcutTranslationKey());
            if (verdict.needs() != Verdict.Support.NOTHING) {
                assertThat(texts).as(file).containsKey("review.error.unsupported." + verdict.key());
            }
            if (verdict.reportedInRuns()) {
                assertThat(texts).as(file).containsKeys("report." + verdict.key() + "-one",
                        "report." + verdict.key() + "-block");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void the_reader_can_show_and_mark_it(Verdict verdict) throws IOException {
        String styles = Files.readString(Path.of("frontend", "styles.css"));
        String attribute = "[data-verdict=\"" + verdict.key() + "\"]";
        assertThat(styles).contains(".fd-sentence" + attribute, ".fd-sentence[data-pending]" + attribute,
                ".fd-count" + attribute, ".fd-bar" + attribute);
        assertThat(styles).contains(".fd-sentence" + attribute + "::before { content: attr(data-ordinal) \" "
                + verdict.symbol() + "\"");
        assertThat(verdict.key()).matches("[a-z]+(-[a-z]+)*");
        assertThat(verdict.shortcut()).hasSize(1).isLowerCase()
                .as("not a key the reader uses otherwise").isNotIn("j", "k", "u", "?", " ");
        assertThat(Arrays.stream(Verdict.values()).filter(other -> other.shortcut().equals(verdict.shortcut())))
                .as("one verdict per shortcut").containsExactly(verdict);
        assertThat(Verdict.ofKey(verdict.key())).contains(verdict);
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void every_report_format_can_show_it(Verdict verdict) throws IOException {
        ArticleReport report = reportWithOneSentence(verdict);
        String css = new String(EveryVerdictTest.class.getResourceAsStream("/reports/report.css").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(css).contains(".v-" + verdict.key());

        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new PdfReportWriter().write(Stream.of(report), options(locale, null), pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                assertThat(new PDFTextStripper().getText(document)).as(locale.toString())
                        .contains(verdict.symbol() + " " + new ReportLabels(locale, SETTINGS.zone()).verdict(verdict));
            }
        }

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonReportWriter().write(Stream.of(report), options(Locale.GERMAN, null), json);
        JsonNode article = JsonMapper.shared().readTree(json.toByteArray()).get("articles").get(0);
        assertThat(article.get("summary").get("counts").get(verdict.key()).asInt()).isEqualTo(1);
        assertThat(article.get("blocks").get(0).get("sentences").get(0).get("verdict").asString())
                .isEqualTo(verdict.key());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new CsvReportWriter().write(Stream.of(report), options(Locale.GERMAN, verdict), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("," + verdict.key() + ",");
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            ByteArrayOutputStream spreadsheet = new ByteArrayOutputStream();
            new SpreadsheetCsvWriter().write(Stream.of(report), options(locale, verdict), spreadsheet);
            assertThat(spreadsheet.toString(StandardCharsets.UTF_8)).as(locale.toString())
                    .contains(";" + new ReportLabels(locale, SETTINGS.zone()).verdict(verdict) + ";");
        }

        ByteArrayOutputStream claims = new ByteArrayOutputStream();
        new ClaimReviewWriter().write(Stream.of(report), options(Locale.GERMAN, null), claims);
        JsonNode reviews = JsonMapper.shared().readTree(claims.toByteArray());
        assertThat(reviews).as("a ClaimReview exactly for verdicts that rate the claim")
                .hasSize(verdict.claimRating() == Verdict.ClaimRating.NONE ? 0 : 1);
    }

    private static ReportOptions options(Locale locale, Verdict onlyVerdict) {
        return new ReportOptions(locale, onlyVerdict, Instant.now(), SETTINGS);
    }

    private static ArticleReport reportWithOneSentence(Verdict verdict) {
        Instant now = Instant.now();
        ArticleText text = new ArticleText(new ArticleId(1), "Alle Urteile", "verdicts.txt", null, now, 1, 1,
                List.of(new ArticleText.Block(1, BlockKind.PARAGRAPH,
                        List.of(new ArticleText.Sentence(1, 1, "Der Umsatz stieg um 5 Prozent.")))));
        SentenceVerdict given = new SentenceVerdict(1, verdict, "Eine Notiz.", 1, "editor", "Eva Editor", now,
                List.of());
        return new ArticleReport(text, null, List.of(), Map.of(1L, given), Map.of());
    }

    private static Properties translations(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EveryVerdictTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
