package org.factdesk.revision;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.importing.ReadArticle;
import org.factdesk.report.ReportService;
import org.factdesk.report.ReportWriter;
import org.factdesk.review.HistoryEntry;
import org.factdesk.review.HistoryOrigin;
import org.factdesk.review.ReaderVersions;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.review.VerdictConflictException;
import org.factdesk.security.AppRoles;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factdesk.report.ExportedFiles.csvRows;
import static org.factdesk.report.ExportedFiles.pdfText;

/**
 * Reading a revised article (issue 15): what the reader marks and confirms, the differences between
 * versions, and the reports naming the version reviewed and the changes since the approved one.
 */
@IntegrationTest
class RevisionReadingIT {

    @Autowired
    RevisionService revisions;
    @Autowired
    DifferenceService differences;
    @Autowired
    ReaderVersions readerVersions;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReportService reports;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;

    String editor;
    String marker;
    ArticleId v1;
    ArticleId v2;
    List<Long> old;
    List<Long> fresh;

    private List<String> original() {
        return List.of("Radwege für Freiburg " + marker,
                "Die Stadt Freiburg plant bis 2030 neue Radwege entlang der Dreisam.",
                "Nach Angaben der Verwaltung nutzen 27 Prozent der Pendler bereits das Fahrrad.",
                "Die Kosten sollen sich auf rund zwölf Millionen Euro beluafen.",
                "Kritiker bemängeln, dass die Anwohner nicht ausreichend beteiligt wurden.",
                "Der Gemeinderat will im Frühjahr über das Vorhaben abstimmen.");
    }

    /** Version 1 reviewed and approved; version 2 with a figure changed, a typo fixed and a sentence inserted. */
    @BeforeEach
    void revisedArticle() {
        editor = "read-" + UUID.randomUUID().toString().substring(0, 8);
        marker = UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> users.create(new NewUser(editor, "Rhea Reader", AppRoles.EDITOR,
                "secret-" + editor + "-pw")));
        v1 = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Radwege " + marker, "reading-it",
                null, String.join("\n", original()))));
        old = ReviewedArticles.in(context).sentenceIds(v1);
        ReviewedArticles.in(context).review(v1, editor, ids -> {
            reviews.mark(v1, ids.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM);
            reviews.save(v1, new VerdictChange(ids.get(2), 1), Verdict.VERIFIED, "Laut Verkehrsbericht.", List.of());
        }, true);
        List<String> edited = new ArrayList<>(original());
        edited.set(2, original().get(2).replace("27", "32"));
        edited.set(3, original().get(3).replace("beluafen", "belaufen"));
        edited.add(5, "Auch der Radentscheid begrüßt den Vorstoß ausdrücklich.");
        v2 = asLead(() -> revisions.importNewVersion(v1, "fassung-2.txt",
                new ReadArticle(String.join("\n", edited), ArticleMetadata.NONE, null))).article();
        fresh = ReviewedArticles.in(context).sentenceIds(v2);
    }

    @Test
    void the_reader_marks_changed_and_substance_sentences_with_the_previous_text_and_review() {
        Map<Long, ReaderVersions.CarriedMark> marks = as(editor, () -> readerVersions.carriedMarks(v2));

        assertThat(marks.keySet()).containsExactlyInAnyOrder(fresh.get(2), fresh.get(3));
        ReaderVersions.CarriedMark substance = marks.get(fresh.get(2));
        assertThat(substance.attribute()).isEqualTo("substance");
        assertThat(substance.previousTexts()).containsExactly(original().get(2));
        assertThat(substance.previousVerdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(substance.previousNote()).isEqualTo("Laut Verkehrsbericht.");
        assertThat(substance.differences()).containsExactly("figure: 27 → 32");
        ReaderVersions.CarriedMark changed = marks.get(fresh.get(3));
        assertThat(changed.attribute()).isEqualTo("changed");
        assertThat(changed.toConfirm()).isTrue();
        assertThat(changed.previousTexts()).containsExactly(original().get(3));

        assertThat(as(editor, () -> readerVersions.versionsOf(v1))).extracting(ReaderVersions.Version::number,
                ReaderVersions.Version::newest).containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
                org.assertj.core.groups.Tuple.tuple(2, true));
    }

    @Test
    void confirming_a_carried_verdict_is_recorded_in_the_history_and_moves_the_version_on() {
        long sentence = fresh.get(3);
        SentenceVerdict before = as(editor, () -> reviews.verdictsOfSentences(List.of(sentence))).get(sentence);

        as(editor, () -> {
            readerVersions.confirmCarried(v2, List.of(sentence));
            return null;
        });

        SentenceVerdict after = as(editor, () -> reviews.verdictsOfSentences(List.of(sentence))).get(sentence);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.verdict()).isEqualTo(Verdict.NO_CLAIM);
        assertThat(after.setByUsername()).isEqualTo(before.setByUsername()); // the verdict is still theirs
        List<HistoryEntry> history = as(editor, () -> reviews.history(new SentenceId(sentence)));
        assertThat(history.getFirst().origin()).isEqualTo(new HistoryOrigin.ConfirmedCarry().stored());
        assertThat(history.getFirst().byUsername()).isEqualTo(editor);
        assertThat(history.getFirst().version()).isEqualTo(after.version());
        assertThat(history.get(1).origin()).startsWith("carried:" + old.get(3) + ":changed");
        ReaderVersions.CarriedMark mark = as(editor, () -> readerVersions.carriedMarks(v2)).get(sentence);
        assertThat(mark.attribute()).isEmpty();
        assertThat(mark.confirmedBy()).isEqualTo("Rhea Reader");
        // a mark with the version seen before the confirmation is a conflict, as after any other change
        assertThatThrownBy(() -> as(editor, () -> reviews.mark(v2, List.of(new VerdictChange(sentence,
                before.version())), Verdict.VERIFIED))).isInstanceOf(VerdictConflictException.class);
    }

    @Test
    void the_differences_mark_each_kind_and_the_words_changed() {
        VersionDiff diff = as(editor, () -> differences.toPrevious(v2)).orElseThrow();

        assertThat(diff.older().articleId()).isEqualTo(v1);
        assertThat(diff.newer().number()).isEqualTo(2);
        assertThat(diff.rows()).extracting(VersionDiff.Row::kind).containsExactly(CarryKind.UNCHANGED,
                CarryKind.UNCHANGED, CarryKind.SUBSTANCE, CarryKind.CHANGED, CarryKind.UNCHANGED, CarryKind.NEW,
                CarryKind.UNCHANGED);
        VersionDiff.Row typo = diff.rows().get(3);
        assertThat(typo.before().stream().filter(WordDiff.Segment::changed).map(WordDiff.Segment::text))
                .containsExactly("beluafen");
        assertThat(typo.after().stream().filter(WordDiff.Segment::changed).map(WordDiff.Segment::text))
                .containsExactly("belaufen");
        assertThat(as(editor, () -> differences.toPrevious(v1))).isEmpty();
        assertThat(as(editor, () -> differences.lastApprovedBefore(v2)).orElseThrow().articleId()).isEqualTo(v1);
        assertThatThrownBy(() -> as(editor, () -> differences.between(v2, v1)))
                .isInstanceOf(org.factdesk.common.InvalidInputException.class);
    }

    @Test
    void every_report_names_the_version_reviewed_and_the_json_and_pdf_the_changes_since_approval() throws IOException {
        String versionDate = asLead(() -> revisions.version(v2)).orElseThrow().createdAt()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

        var rows = csvRows(export(v2, "csv"));
        assertThat(rows).extracting(r -> r.get("article_version")).containsOnly("2");
        assertThat(rows).extracting(r -> r.get("version_date")).containsOnly(versionDate);
        assertThat(csvRows(export(v1, "csv"))).extracting(r -> r.get("article_version")).containsOnly("1");

        JsonNode article = JsonMapper.shared().readTree(export(v2, "json")).get("articles").get(0);
        assertThat(article.get("articleVersion").get("number").asInt()).isEqualTo(2);
        assertThat(article.get("articleVersion").get("previous").asLong()).isEqualTo(v1.value());
        JsonNode changes = article.get("changesSinceApproved");
        assertThat(changes.get("since").get("number").asInt()).isEqualTo(1);
        assertThat(changes.get("changes")).extracting(c -> c.get("kind").asString())
                .containsExactly("substance", "changed", "new");
        assertThat(changes.get("changes").get(0).get("inserted").get(0).asString()).isEqualTo("32");
        assertThat(JsonMapper.shared().readTree(export(v1, "json")).get("articles").get(0)
                .get("changesSinceApproved").isNull()).isTrue();

        String pdf = pdfText(exportPdf(v2, true));
        assertThat(pdf).contains("Version 2 of", "Changes since the last approved version (version 1 of",
                "changed in substance", "figure: 27 → 32");
        assertThat(pdfText(exportPdf(v2, false))).contains("Version 2 of")
                .doesNotContain("Changes since the last approved version");
        assertThat(pdfText(exportPdf(v1, true))).contains("Version 1 of", "replaced by version 2");

        // the old version's claims still name it (its verdicts as they were): version 1
        JsonNode claims = JsonMapper.shared().readTree(export(v1, "claimreview"));
        assertThat(claims).isNotEmpty();
        assertThat(claims.get(0).get("itemReviewed").get("appearance").get("version").asString()).isEqualTo("1");
    }

    private byte[] export(ArticleId id, String format) {
        ReportWriter writer = reports.format(format).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(editor, () -> {
            reports.writeArticle(id, writer, Locale.ENGLISH, out);
            return null;
        });
        return out.toByteArray();
    }

    private byte[] exportPdf(ArticleId id, boolean withChanges) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(editor, () -> {
            reports.writeArticle(id, reports.format("pdf").orElseThrow(), Locale.ENGLISH, true, withChanges, out);
            return null;
        });
        return out.toByteArray();
    }

    private <T> T asLead(Callable<T> work) {
        return SignedInAs.call(userDetails, "lead", work);
    }

    private <T> T as(String username, Callable<T> work) {
        return SignedInAs.call(userDetails, username, work);
    }
}
