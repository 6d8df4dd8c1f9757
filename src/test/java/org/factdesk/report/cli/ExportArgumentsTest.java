package org.factdesk.report.cli;

import org.factdesk.article.ArticleId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.report.ExportFilter;
import org.factdesk.report.ReportWriter;
import org.factdesk.review.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportArgumentsTest {

    @Test
    void format_and_out_alone_export_all_articles_with_german_labels() throws Exception {
        ExportArguments arguments = export("--format", "csv", "--out", "reports/all.csv");

        assertThat(arguments).isEqualTo(new ExportArguments(format("csv"), null, ExportFilter.all(), Locale.GERMAN,
                Path.of("reports/all.csv")));
    }

    @Test
    void one_article_as_english_pdf_with_name_equals_value_options() throws Exception {
        ExportArguments arguments = export("--out=r.pdf", "--lang", "en", "--format=pdf", "--article", "42");

        assertThat(arguments).isEqualTo(new ExportArguments(format("pdf"), new ArticleId(42), null, Locale.ENGLISH,
                Path.of("r.pdf")));
    }

    @Test
    void every_filter_option_ends_up_in_the_export_filter() throws Exception {
        ExportArguments arguments = export("--format", "claimreview", "--state", "approved", "--from", "2026-05-01",
                "--to", "2026-05-31", "--assignee", "editor2", "--verdict", "no-claim", "--out", "claims.jsonld");

        assertThat(arguments.format()).isEqualTo(format("claimreview"));
        assertThat(arguments.article()).isNull();
        assertThat(arguments.filter()).isEqualTo(new ExportFilter(ArticleState.APPROVED, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), "editor2", Verdict.NO_CLAIM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-review", "IN_REVIEW", "in_review", "In-Review"})
    void states_are_accepted_as_exports_spell_them_and_as_constants(String state) throws Exception {
        assertThat(export("--format", "json", "--state", state, "--out", "x.json").filter().state())
                .isEqualTo(ArticleState.IN_REVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-claim", "NO_CLAIM", "No-Claim"})
    void verdicts_are_accepted_as_exports_spell_them_and_as_constants(String verdict) throws Exception {
        assertThat(export("--format", "csv", "--verdict", verdict, "--out", "x.csv").filter().verdict())
                .isEqualTo(Verdict.NO_CLAIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void help_wins_over_everything_else(String help) throws Exception {
        assertThat(ExportArguments.parse(List.of("--format", "xml", help, "--nonsense")))
                .isInstanceOf(ExportArguments.Help.class);
    }

    static Stream<Arguments> invalidCommandLines() {
        return Stream.of(
                invalid("--format is required (pdf, csv, csv-de, json, claimreview, titles)"),
                invalid("--format is required (pdf, csv, csv-de, json, claimreview, titles)", "--out", "x.csv"),
                invalid("unknown format 'xml' (pdf, csv, csv-de, json, claimreview, titles)", "--format", "xml", "--out", "x"),
                invalid("--out is required (the file to write)", "--format", "csv"),
                invalid("--out needs a value", "--format", "csv", "--out"),
                invalid("--out needs a value", "--out", "--format", "csv"),
                invalid("--out needs a value", "--format", "csv", "--out="),
                invalid("--assignee needs a value", "--format", "csv", "--out", "x", "--assignee", " "),
                invalid("--format is given twice", "--format", "csv", "--format", "json", "--out", "x"),
                invalid("unknown option '--colour'", "--format", "csv", "--out", "x", "--colour", "red"),
                invalid("unknown option '-o'", "--format", "csv", "-o", "x"),
                invalid("unexpected argument 'x.csv' (every value follows its option, e.g. --out x.csv)",
                        "--format", "csv", "x.csv"),
                invalid("--article needs an article id (a positive whole number), not 'abc'",
                        "--format", "csv", "--article", "abc", "--out", "x"),
                invalid("--article needs an article id (a positive whole number), not '0'",
                        "--format", "csv", "--article", "0", "--out", "x"),
                invalid("--article needs an article id (a positive whole number), not '-3'",
                        "--format", "csv", "--article", "-3", "--out", "x"),
                invalid("--article exports exactly one article and cannot be combined with --state",
                        "--format", "csv", "--article", "1", "--state", "approved", "--out", "x"),
                invalid("--article exports exactly one article and cannot be combined with --verdict",
                        "--format", "pdf", "--article", "1", "--verdict", "disputed", "--out", "x"),
                invalid("--article exports exactly one article and cannot be combined with --assignee",
                        "--format", "pdf", "--assignee", "editor", "--article", "1", "--out", "x"),
                invalid("unknown state 'done' (new, assigned, in-review, submitted, approved)",
                        "--format", "csv", "--state", "done", "--out", "x"),
                invalid("unknown verdict 'maybe' (verified, disputed, promotional, no-claim)",
                        "--format", "csv", "--verdict", "maybe", "--out", "x"),
                invalid("--from needs a date as YYYY-MM-DD, not '2026-13-01'",
                        "--format", "csv", "--from", "2026-13-01", "--out", "x"),
                invalid("--to needs a date as YYYY-MM-DD, not '31.05.2026'",
                        "--format", "csv", "--to", "31.05.2026", "--out", "x"),
                invalid("--to 2026-05-01 lies before --from 2026-05-02",
                        "--format", "csv", "--from", "2026-05-02", "--to", "2026-05-01", "--out", "x"),
                invalid("--lang must be de or en, not 'fr'", "--format", "pdf", "--lang", "fr", "--out", "x"));
    }

    @ParameterizedTest
    @MethodSource("invalidCommandLines")
    void invalid_command_lines_are_refused_with_a_one_line_message(List<String> args, String message) {
        assertThatThrownBy(() -> ExportArguments.parse(args))
                .isInstanceOf(ExportArguments.InvalidArgumentsException.class)
                .hasMessage(message);
    }

    @Test
    void the_usage_names_every_option_the_parser_knows() {
        assertThat(ExportArguments.USAGE).contains("--format", "--out", "--article", "--state", "--from", "--to",
                "--assignee", "--verdict", "--lang", "--help", "pdf", "csv", "csv-de", "json", "claimreview", "in-review",
                "no-claim");
    }

    @Test
    void a_format_class_on_the_class_path_is_offered_with_its_id_and_hint() throws Exception {
        // TitlesReportWriter exists only in src/test: one class, registered nowhere else.
        assertThat(ExportArguments.USAGE).contains("--format pdf|csv|csv-de|json|claimreview|titles ",
                "titles - the article titles, one per line", "csv - for tools: one row per sentence, fixed codes, times in UTC",
                "csv-de - for spreadsheets set to German");
        assertThat(export("--format", "TITLES", "--out", "t.txt").format().id()).isEqualTo("titles");
    }

    private static ReportWriter format(String id) {
        return ExportArguments.formats().find(id).orElseThrow();
    }

    private static Arguments invalid(String message, String... args) {
        return Arguments.of(Arrays.asList(args), message);
    }

    private static ExportArguments export(String... args) throws Exception {
        ExportArguments.Request request = ExportArguments.parse(List.of(args));
        assertThat(request).isInstanceOf(ExportArguments.Export.class);
        return ((ExportArguments.Export) request).arguments();
    }
}
