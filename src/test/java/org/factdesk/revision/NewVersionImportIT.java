package org.factdesk.revision;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.common.InvalidInputException;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.ImportService;
import org.factdesk.importing.NewVersionImport;
import org.factdesk.importing.VersionComparison;
import org.factdesk.importing.VersionTarget;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import side of new versions (ADR 0029): the picker's look-up, the candidate match, the preview's counts. */
@IntegrationTest
class NewVersionImportIT {

    @Autowired
    NewVersionImport newVersions;
    @Autowired
    ImportService imports;
    @Autowired
    ArticleService articles;
    @Autowired
    UserDetailsService userDetails;

    String marker;

    @BeforeEach
    void marker() {
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> original() {
        return List.of("Brückensanierung in Ulm " + marker,
                "Die Stadt Ulm saniert ab Mai die Adenauerbrücke über die Donau.",
                "Nach Angaben der Verwaltung kostet die Sanierung 14 Millionen Euro.",
                "Während der Arbeiten bleibt eine Fahrspur je Richtung offen.",
                "Der Verkehrsverbund rechnet mit Verspätungen im Busverkehr.");
    }

    private ArticleId importArticle(List<String> lines, String title, String sourceUrl) {
        return asLead(() -> imports.importText(String.join("\n", lines),
                new ImportOptions(new ArticleMetadata(title, sourceUrl, null, null, null), null)).articleId());
    }

    private ImportPreview preview(List<String> lines, String title, String sourceUrl) {
        return asLead(() -> imports.previewText(String.join("\n", lines),
                new ImportOptions(new ArticleMetadata(title, sourceUrl, null, null, null), null)));
    }

    private List<String> edited() {
        List<String> edited = new ArrayList<>(original());
        edited.set(2, "Nach Angaben der Verwaltung kostet die Sanierung 16 Millionen Euro."); // substance
        edited.set(3, "Während der Arbeiten bleibt je Richtung eine Fahrspur offen."); // wording
        edited.remove(4); // removed
        edited.add("Die Arbeiten sollen im Herbst 2027 abgeschlossen sein."); // new
        return edited;
    }

    @Test
    void the_preview_counts_what_becomes_of_each_sentence_and_the_import_opens_the_new_version() {
        ArticleId v1 = importArticle(original(), "Brücke " + marker, null);
        ImportPreview preview = preview(edited(), null, null);

        VersionComparison compared = asLead(() -> newVersions.compare(v1, preview));
        assertThat(compared.title()).isEqualTo("Brücke " + marker);
        assertThat(compared.number()).isEqualTo(2);
        assertThat(List.of(compared.unchanged(), compared.changed(), compared.substance(), compared.added(),
                compared.removed())).containsExactly(2, 1, 1, 1, 1);
        assertThat(compared.article()).isNull();
        assertThat(asLead(() -> newVersions.targets(marker, 0, 10))).extracting(VersionTarget::articleId)
                .containsExactly(v1); // nothing stored by the preview

        VersionComparison imported = asLead(() -> newVersions.importAsNewVersion(v1, preview));
        assertThat(imported.article()).isNotNull().isNotEqualTo(v1);
        assertThat(List.of(imported.unchanged(), imported.changed(), imported.substance(), imported.added(),
                imported.removed())).containsExactly(2, 1, 1, 1, 1);
        // the picker offers the newest version only
        assertThat(asLead(() -> newVersions.targets("brucke " + marker.toUpperCase(), 0, 10)))
                .extracting(VersionTarget::articleId, VersionTarget::number).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(imported.article(), 2));
        // v1 is superseded: no new version of it, nor a comparison
        assertThatThrownBy(() -> asLead(() -> newVersions.compare(v1, preview(original(), null, null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).userMessage().key())
                        .isEqualTo("assignment.error.superseded"));
        assertThatThrownBy(() -> asLead(() -> newVersions.compare(imported.article(), preview)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).userMessage().key())
                        .isEqualTo("revision.error.sameText"));
    }

    @Test
    void an_import_from_the_same_address_or_with_the_same_title_is_a_candidate_new_version() {
        ArticleId bySource = importArticle(original(), "Quelle " + marker,
                "https://Example.ORG/ulm/" + marker + "/bruecke/?id=7");
        ImportPreview sameSource = preview(edited(), "Ganz anderer Titel " + marker,
                "https://example.org/ulm/" + marker + "/bruecke?id=7&utm_source=newsletter&utm_medium=mail#top");
        VersionTarget candidate = asLead(() -> newVersions.candidateFor(sameSource)).orElseThrow();
        assertThat(candidate.articleId()).isEqualTo(bySource);
        assertThat(candidate.matchedBy()).isEqualTo(VersionTarget.MatchedBy.SOURCE_URL);
        // another page of the same site is not
        assertThat(asLead(() -> newVersions.candidateFor(preview(edited(), "Noch ein Titel " + marker,
                "https://example.org/ulm/" + marker + "/bruecke?id=8")))).isEmpty();

        List<String> other = new ArrayList<>(edited());
        other.set(0, "Ein anderer Anfang " + marker);
        ImportPreview sameTitle = preview(other, "QUELLE " + marker, null);
        VersionTarget byTitle = asLead(() -> newVersions.candidateFor(sameTitle)).orElseThrow();
        assertThat(byTitle.articleId()).isEqualTo(bySource);
        assertThat(byTitle.matchedBy()).isEqualTo(VersionTarget.MatchedBy.TITLE);

        // the same text again is "already there", nothing to decide
        assertThat(asLead(() -> newVersions.candidateFor(preview(original(), "Quelle " + marker, null)))).isEmpty();
        // once it has a new version, the newest version is the candidate
        VersionComparison v2 = asLead(() -> newVersions.importAsNewVersion(bySource, sameSource));
        assertThat(asLead(() -> newVersions.candidateFor(preview(other, "Dritter Titel " + marker,
                "https://EXAMPLE.org:443/ulm/" + marker + "/bruecke?utm_campaign=x&id=7"))).orElseThrow().articleId())
                .isEqualTo(v2.article());
    }

    @Test
    void editors_neither_look_up_nor_compare_nor_import_new_versions() {
        ArticleId v1 = importArticle(original(), "Brücke " + marker, null);
        ImportPreview preview = preview(edited(), null, null);
        assertThatThrownBy(() -> as("editor", () -> newVersions.targets("", 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("editor", () -> newVersions.candidateFor(preview))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("editor", () -> newVersions.compare(v1, preview))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("editor", () -> newVersions.importAsNewVersion(v1, preview)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asLead(() -> newVersions.targets(marker, 0, 10))).extracting(VersionTarget::articleId).containsExactly(v1);
    }

    private <T> T asLead(Callable<T> work) {
        return SignedInAs.call(userDetails, "lead", work);
    }

    private <T> T as(String username, Callable<T> work) {
        return SignedInAs.call(userDetails, username, work);
    }
}
