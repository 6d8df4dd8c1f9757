package org.factdesk.revision;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.SentenceId;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.IncompleteReviewException;
import org.factdesk.common.InvalidInputException;
import org.factdesk.dashboard.DashboardService;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportPreview;
import org.factdesk.importing.ImportResult;
import org.factdesk.importing.ImportService;
import org.factdesk.importing.ReadArticle;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewedArticles;
import org.factdesk.review.Suggestion;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What ADR 0029 left open, closed: a revert to an earlier version's text; the look-ups across articles skip
 * the article's own versions; the dashboard counts current versions; a new version of an HTML page keeps its
 * layout for the suggestions; unconfirmed carried verdicts hold the submit back.
 */
@IntegrationTest
class RevisionGapsIT {

    @Autowired
    RevisionService revisions;
    @Autowired
    ArticleService articles;
    @Autowired
    ImportService imports;
    @Autowired
    ReviewService reviews;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DashboardService dashboard;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;

    String marker;
    String editor;

    @BeforeEach
    void fresh() {
        marker = "g" + UUID.randomUUID().toString().substring(0, 8);
        editor = "gap-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> users.create(new NewUser(editor, "Gerda Gap", AppRoles.EDITOR,
                "secret-" + editor + "-pw")));
    }

    private List<String> original() {
        return List.of("Neues Hallenbad für Kassel " + marker,
                "Die Stadt Kassel baut bis 2028 ein neues Hallenbad im Stadtteil Wehlheiden.",
                "Der Neubau soll nach Angaben der Stadtwerke rund 38 Millionen Euro kosten und jährlich mehr als "
                        + "300.000 Badegäste anziehen.",
                "Das alte Bad wird nach der Eröffnung abgerissen.",
                "Vereine begrüßen die Pläne, fordern aber längere Öffnungszeiten.");
    }

    private List<String> changed(List<String> lines, int index, String line) {
        List<String> edited = new ArrayList<>(lines);
        edited.set(index, line);
        return edited;
    }

    private ReadArticle read(List<String> lines) {
        return new ReadArticle(String.join("\n", lines), ArticleMetadata.NONE, null);
    }

    private ArticleId stored(List<String> lines) {
        return asLead(() -> articles.add(new org.factdesk.article.NewArticle("Hallenbad " + marker, "gaps-it", null,
                String.join("\n", lines))));
    }

    @Test
    void a_new_version_may_go_back_to_an_earlier_versions_text_but_not_to_another_articles() {
        ArticleId v1 = stored(original());
        List<String> corrected = changed(original(), 3, "Das alte Bad bleibt nach der Eröffnung für Schulen geöffnet.");
        ArticleId v2 = asLead(() -> revisions.importNewVersion(v1, null, read(corrected))).article();

        // the correction withdrawn: version 3 has version 1's text
        RevisionResult reverted = asLead(() -> revisions.importNewVersion(v2, null, read(original())));
        assertThat(reverted.number()).isEqualTo(3);
        assertThat(reverted.count(CarryKind.SUBSTANCE) + reverted.count(CarryKind.CHANGED)).isEqualTo(1);
        assertThat(asLead(() -> revisions.versions(v1))).extracting(ArticleVersion::articleId)
                .containsExactly(v1, v2, reverted.article());
        // the same text again is still "the same text", and an ordinary import of it names the newest copy
        assertThatThrownBy(() -> asLead(() -> revisions.importNewVersion(reverted.article(), null, read(original()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).userMessage().key()).isEqualTo("revision.error.sameText"));
        ImportResult again = asLead(() -> imports.importText(String.join("\n", original()), ImportOptions.NONE));
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.ALREADY_THERE);
        assertThat(again.articleId()).isEqualTo(reverted.article());

        // another article's text is still refused
        ArticleId other = stored(changed(original(), 4, "Ein ganz anderer Schluss " + marker + "."));
        assertThatThrownBy(() -> asLead(() -> revisions.importNewVersion(other, null, read(corrected))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).userMessage().key())
                        .isEqualTo("revision.error.otherArticle"));
        assertThatThrownBy(() -> as(editor, () -> revisions.importNewVersion(reverted.article(), null, read(corrected))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_same_claim_in_the_articles_earlier_version_is_not_offered_as_another_articles() {
        ArticleId v1 = stored(original());
        ArticleId v2 = asLead(() -> revisions.importNewVersion(v1, null,
                read(changed(original(), 4, "Vereine begrüßen die Pläne ausdrücklich.")))).article();
        // a separate article with the same sentence is another article's claim
        List<String> agency = List.of("Kassel plant Hallenbad " + marker, original().get(2),
                "Das meldete eine Nachrichtenagentur am Montag.");
        ArticleId elsewhere = stored(agency);

        long claim = sentenceIds(v2).get(2);
        List<RelatedSentence> related = asLead(() -> reviews.related(v2, new SentenceId(claim)));
        assertThat(related).extracting(RelatedSentence::articleId).contains(elsewhere).doesNotContain(v1);
        List<RelatedSentence> fromOld = asLead(() -> reviews.related(v1, new SentenceId(sentenceIds(v1).get(2))));
        assertThat(fromOld).extracting(RelatedSentence::articleId).contains(elsewhere).doesNotContain(v2);
    }

    /** A CamelCase name no other article has (the figure look-up matches subjects by name). */
    private static String uniqueName(String prefix) {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return prefix + Character.toUpperCase(letters.charAt(0)) + letters.substring(1, Math.min(7, letters.length()))
                + "q";
    }

    @Test
    void the_look_ups_show_another_documents_newest_version_only() {
        String town = uniqueName("Wehl");
        String maker = uniqueName("Vexa");
        List<String> first = List.of("Bad und Betrieb " + marker,
                "Die Stadt " + town + " baut bis 2028 ein neues Hallenbad im Stadtteil Wehlheiden.",
                "Der Neubau in " + town + " soll nach Angaben der Stadtwerke rund 38 Millionen Euro kosten und "
                        + "jährlich mehr als 300.000 Badegäste anziehen.",
                maker + " beschäftigt nach eigenen Angaben 3.000 Mitarbeiter in Europa, teilte " + maker + " mit.",
                "Vereine begrüßen die Pläne, fordern aber längere Öffnungszeiten.");
        ArticleId v1 = stored(first);
        long reviewedClaim = sentenceIds(v1).get(2);
        asLead(() -> reviews.save(v1, new VerdictChange(reviewedClaim, 0), Verdict.VERIFIED,
                "Laut Haushaltsplan der Stadt.", List.of()));
        // Version 2 changes the last sentence only: the three claims are carried, the review with them.
        RevisionResult second = asLead(() -> revisions.importNewVersion(v1, null,
                read(changed(first, 4, "Vereine begrüßen die Pläne ausdrücklich."))));
        ArticleId v2 = second.article();
        List<Long> newest = sentenceIds(v2);
        // Another document: the same claim, a nearly same one (one word), a count that differs.
        ArticleId elsewhere = stored(List.of("Hallenbad geplant " + marker,
                "Der Neubau in " + town + " soll nach Angaben der Stadtwerke rund 38 Millionen Euro kosten und "
                        + "jährlich mehr als 300.000 Badegäste anziehen.",
                "Die Stadt " + town + " errichtet bis 2028 ein neues Hallenbad im Stadtteil Wehlheiden.",
                "Der Hersteller " + maker + " zählt rund 4.500 Mitarbeiter, heißt es."));
        List<Long> there = sentenceIds(elsewhere);

        List<RelatedSentence> same = asLead(() -> reviews.related(elsewhere, new SentenceId(there.get(1))));
        assertThat(same).filteredOn(r -> r.articleId().equals(v1) || r.articleId().equals(v2))
                .extracting(RelatedSentence::articleId, RelatedSentence::sentenceId, RelatedSentence::relation)
                .containsExactly(org.assertj.core.api.Assertions.tuple(v2, newest.get(2),
                        RelatedSentence.Relation.SAME_CLAIM));
        List<RelatedSentence> near = asLead(() -> reviews.related(elsewhere, new SentenceId(there.get(2))));
        assertThat(near).filteredOn(r -> r.articleId().equals(v1) || r.articleId().equals(v2))
                .extracting(RelatedSentence::articleId, RelatedSentence::sentenceId, RelatedSentence::relation)
                .containsExactly(org.assertj.core.api.Assertions.tuple(v2, newest.get(1),
                        RelatedSentence.Relation.NEAR_CLAIM));
        List<RelatedSentence> figure = asLead(() -> reviews.related(elsewhere, new SentenceId(there.get(3))));
        assertThat(figure).extracting(RelatedSentence::articleId, RelatedSentence::sentenceId, RelatedSentence::relation)
                .containsExactly(org.assertj.core.api.Assertions.tuple(v2, newest.get(3),
                        RelatedSentence.Relation.FIGURE_DIFFERS));
        // and the review to adopt is the newest version's (carried), found by the hash as before
        assertThat(asLead(() -> reviews.verdictsOfSentences(List.of(newest.get(2)))).get(newest.get(2)).verdict())
                .isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void the_dashboard_counts_the_verdicts_of_current_versions_only() {
        ArticleId v1 = stored(original());
        Map<Verdict, Long> before = asLead(() -> dashboard.team()).verdicts();
        List<Long> ids = sentenceIds(v1);
        asLead(() -> reviews.mark(v1, ids.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM));
        assertThat(asLead(() -> dashboard.team()).verdicts().get(Verdict.NO_CLAIM))
                .isEqualTo(before.get(Verdict.NO_CLAIM) + 5);

        List<String> longer = new ArrayList<>(original());
        longer.add("Die Stadtwerke wollen im Herbst über die Eintrittspreise entscheiden.");
        RevisionResult v2 = asLead(() -> revisions.importNewVersion(v1, null, read(longer)));
        assertThat(v2.verdictsCarried()).isEqualTo(5);
        // five verdicts still: the carried rows replace the superseded version's in the count
        assertThat(asLead(() -> dashboard.team()).verdicts().get(Verdict.NO_CLAIM))
                .isEqualTo(before.get(Verdict.NO_CLAIM) + 5);
    }

    @Test
    void a_new_version_of_an_html_page_gets_the_suggestions_its_layout_supports() {
        ArticleId v1 = asLead(() -> imports.importFile("geschenke.html", "text/html",
                page("Der Bürgermeister zeigte sich dennoch zuversichtlich.").getBytes(StandardCharsets.UTF_8)));
        ImportPreview next = asLead(() -> imports.previewFile("geschenke.html", "text/html",
                page("Der Bürgermeister zeigte sich skeptisch.").getBytes(StandardCharsets.UTF_8), ImportOptions.NONE));
        ArticleId v2 = asLead(() -> revisions.importNewVersion(v1, next)).article();

        Map<String, Suggestion> suggestions = suggestionsByText(v2);
        assertThat(suggestions).containsKey("Wolldecke: Aus Baumwolle, in vielen Farben.");
        assertThat(suggestions.get("Wolldecke: Aus Baumwolle, in vielen Farben.").reasons()).contains("shop-links");
    }

    @Test
    void carried_verdicts_of_reworded_sentences_hold_the_submit_back_until_confirmed() {
        ArticleId v1 = stored(original());
        ReviewedArticles.in(context).review(v1, editor, ids ->
                reviews.mark(v1, ids.stream().map(id -> new VerdictChange(id, 0)).toList(), Verdict.NO_CLAIM), false);
        List<String> reworded = changed(changed(original(), 3, "Nach der Eröffnung wird das alte Bad abgerissen."),
                4, "Vereine begrüßen die Pläne, verlangen aber längere Öffnungszeiten.");
        RevisionResult result = asLead(() -> revisions.importNewVersion(v1, null, read(reworded)));
        assertThat(result.count(CarryKind.CHANGED)).isEqualTo(2);
        assertThat(result.state()).isEqualTo(ArticleState.IN_REVIEW);
        ArticleId v2 = result.article();
        List<Long> fresh = sentenceIds(v2);

        assertThatThrownBy(() -> as(editor, () -> {
            assignments.submit(v2);
            return null;
        })).isInstanceOf(IncompleteReviewException.class)
                .satisfies(e -> {
                    IncompleteReviewException incomplete = (IncompleteReviewException) e;
                    assertThat(incomplete.userMessage().key()).isEqualTo("assignment.error.unconfirmedMany");
                    assertThat(incomplete.unreviewed()).isEqualTo(2);
                    assertThat(incomplete.firstUnreviewedOrdinal()).isEqualTo(4);
                    assertThat(incomplete.getMessage()).contains("2 verdicts", "sentence 4");
                });
        as(editor, () -> revisions.confirmCarried(v2, List.of(fresh.get(3))));
        assertThatThrownBy(() -> as(editor, () -> {
            assignments.submit(v2);
            return null;
        })).isInstanceOf(IncompleteReviewException.class)
                .satisfies(e -> assertThat(((IncompleteReviewException) e).userMessage().key())
                        .isEqualTo("assignment.error.unconfirmedOne"));
        // a verdict given again by hand has been looked at
        as(editor, () -> reviews.mark(v2, List.of(new VerdictChange(fresh.get(4),
                asLead(() -> reviews.verdictsOf(v2)).get(fresh.get(4)).version())), Verdict.NO_CLAIM));
        as(editor, () -> {
            assignments.submit(v2);
            return null;
        });
        assertThat(asLead(() -> assignments.stateOf(v2)).orElseThrow().state()).isEqualTo(ArticleState.SUBMITTED);
    }

    // --- helpers ---

    private static String page(String last) {
        String prose = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer langen und "
                + "kontroversen Debatte über die Ausgaben für Schulen, Straßen und den öffentlichen Nahverkehr. ";
        return "<!DOCTYPE html><html><head><title>Geschenke</title></head><body><main><article>"
                + "<h1>Geschenke " + UUID.randomUUID() + "</h1><p>" + prose + "Die Opposition stimmte dagegen.</p>"
                + "<p><a href=\"https://amzn.to/1aaa\">Knotenkissen</a>: Die Crème de la Crème der Dekokissen.</p>"
                + "<p><a href=\"https://amzn.to/1bbb\">Wolldecke</a>: Aus Baumwolle, in vielen Farben.</p>"
                + "<p><a href=\"https://amzn.to/1ccc\">Tischlampe</a>: Mit Marmor-Fuß, ein Hingucker im Wohnzimmer.</p>"
                + "<p>" + prose + last + "</p></article></main></body></html>";
    }

    private Map<String, Suggestion> suggestionsByText(ArticleId id) {
        ArticleText article = asLead(() -> articles.findText(id).orElseThrow());
        Map<Long, String> texts = new HashMap<>();
        article.blocks().forEach(block -> block.sentences().forEach(s -> texts.put(s.id(), s.text())));
        Map<String, Suggestion> result = new HashMap<>();
        for (Suggestion suggestion : asLead(() -> reviews.suggestions(id))) {
            if (suggestion.suggestsVerdict()) {
                result.put(texts.get(suggestion.sentenceId()), suggestion);
            }
        }
        return result;
    }

    private List<Long> sentenceIds(ArticleId id) {
        return ReviewedArticles.in(context).sentenceIds(id);
    }

    private <T> T asLead(Callable<T> work) {
        return SignedInAs.call(userDetails, "lead", work);
    }

    private <T> T as(String username, Callable<T> work) {
        return SignedInAs.call(userDetails, username, work);
    }
}
