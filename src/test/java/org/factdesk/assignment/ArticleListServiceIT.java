package org.factdesk.assignment;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.assignment.ArticleListQuery.Sort;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The article list's search, sort and paging, in the database (H2 here; PostgreSQL via .ci/test-on-postgres). */
@IntegrationTest
class ArticleListServiceIT {

    @Autowired
    ArticleListService list;
    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    UserDetailsService users;

    /** A word no other article contains, so that each test sees only its own articles. */
    final String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private List<ArticleListEntry> search(String search) {
        return SignedInAs.call(users, "editor", () -> list.list(ArticleListQuery.search(search), 0, 100));
    }

    private List<ArticleListEntry> sorted(String search, Sort sort, boolean descending) {
        return SignedInAs.call(users, "editor",
                () -> list.list(ArticleListQuery.search(search).sortedBy(sort, descending), 0, 100));
    }

    private ArticleId store(String title, String outlet, String author, LocalDate published, String text) {
        return SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle(token + ".txt",
                new ArticleMetadata(title, null, outlet, author, published), text + " " + UUID.randomUUID() + ".\n")));
    }

    @Test
    void searching_stargate_finds_the_two_demo_articles_that_mention_it() {
        List<ArticleListEntry> found = search("Stargate");

        assertThat(found).hasSize(2);
        assertThat(SignedInAs.call(users, "editor", () -> list.count(ArticleListQuery.search("stargate"))))
                .isEqualTo(2);
        // The seeds 001 and 003 mention it (grep -il stargate src/main/resources/seed-articles).
        List<Long> ids = found.stream().map(e -> e.id().value()).toList();
        assertThat(search("STARGATE").stream().map(e -> e.id().value()).toList())
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void the_search_ignores_case_umlauts_and_sharp_s_in_title_text_outlet_and_author() {
        ArticleId byAuthor = store("Ein Gespräch " + token, "Lokalblatt", "Jörg Müller", null, "Kein Name im Text.");
        ArticleId byText = store("Baustelle " + token, null, null, null, "Die Hauptstraße bleibt gesperrt.");
        ArticleId byOutlet = store("Meldung " + token, "Süddeutsche Beispielzeitung", null, null, "Kurz gemeldet.");

        for (String typed : List.of("muller", "Müller", "MÜLLER", "Mueller")) {
            assertThat(search(typed + " " + token)).as(typed).extracting(ArticleListEntry::id).containsExactly(byAuthor);
        }
        assertThat(search("HAUPTSTRASSE " + token)).extracting(ArticleListEntry::id).containsExactly(byText);
        assertThat(search("hauptstraße " + token)).extracting(ArticleListEntry::id).containsExactly(byText);
        assertThat(search("sueddeutsche " + token)).extracting(ArticleListEntry::id).containsExactly(byOutlet);
        assertThat(search("gesprach " + token)).extracting(ArticleListEntry::id).containsExactly(byAuthor);
        // Every word must match: a word found nowhere empties the list.
        assertThat(search("müller gesperrt " + token)).isEmpty();
        assertThat(search(token)).hasSize(3);
    }

    @Test
    void like_wildcards_typed_into_the_box_are_literal() {
        store("Prozente " + token, null, null, null, "Die Steuer steigt um 5 Prozent.");

        assertThat(search(token + "%")).isEmpty();
        assertThat(search("_" + token.substring(1))).isEmpty();
        assertThat(search(token.substring(0, 4) + "_" + token.substring(5))).isEmpty();
        assertThat(search(token)).hasSize(1);
    }

    @Test
    void changed_metadata_is_searched_at_once() {
        ArticleId id = store("Alter Titel " + token, "Altes Blatt", null, null, "Ein Satz.");

        SystemAuthentication.runAsSystem(() -> articles.updateMetadata(id,
                new ArticleMetadata("Neuer Titel " + token, null, "Neue Zeitung", "Anna Öztürk", null)));

        assertThat(search("altes " + token)).isEmpty();
        assertThat(search("neue zeitung " + token)).extracting(ArticleListEntry::id).containsExactly(id);
        assertThat(search("ozturk " + token)).extracting(ArticleListEntry::id).containsExactly(id);
        assertThat(sorted(token, Sort.TITLE, false).getFirst().title()).isEqualTo("Neuer Titel " + token);
    }

    @Test
    void sorts_by_title_outlet_publication_state_and_assignee_with_empty_values_last() {
        ArticleId apfel = store("Äpfel " + token, "Zeitung B", null, LocalDate.of(2024, 5, 1), "Apfelernte.");
        ArticleId birnen = store("birnen " + token, null, null, LocalDate.of(2025, 1, 2), "Birnenernte.");
        ArticleId zwetschgen = store("Zwetschgen " + token, "Anzeiger A", null, null, "Zwetschgenernte.");
        SignedInAs.run(users, "lead", () -> assignments.assign(List.of(birnen),
                SignedInAs.user(users, "editor").id(), null, Priority.NORMAL));

        // Folded title: "Äpfel" sorts with A, lower-case "birnen" before "Zwetschgen".
        assertThat(sorted(token, Sort.TITLE, false)).extracting(ArticleListEntry::id)
                .containsExactly(apfel, birnen, zwetschgen);
        assertThat(sorted(token, Sort.TITLE, true)).extracting(ArticleListEntry::id)
                .containsExactly(zwetschgen, birnen, apfel);
        assertThat(sorted(token, Sort.OUTLET, false)).extracting(ArticleListEntry::id)
                .containsExactly(zwetschgen, apfel, birnen);
        assertThat(sorted(token, Sort.OUTLET, true)).extracting(ArticleListEntry::id)
                .containsExactly(apfel, zwetschgen, birnen);
        assertThat(sorted(token, Sort.PUBLISHED, true)).extracting(ArticleListEntry::id)
                .containsExactly(birnen, apfel, zwetschgen);
        assertThat(sorted(token, Sort.STATE, true).getFirst().id()).isEqualTo(birnen);
        List<ArticleListEntry> byAssignee = sorted(token, Sort.ASSIGNEE, false);
        assertThat(byAssignee.getFirst().id()).isEqualTo(birnen);
        assertThat(byAssignee.getFirst().state()).isEqualTo(ArticleState.ASSIGNED);
        assertThat(byAssignee.getFirst().assignee().username()).isEqualTo("editor");
        assertThat(byAssignee.get(1).assignee()).isNull();
        assertThat(byAssignee.getFirst().publishedOn()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(sorted(token, Sort.IMPORTED, true).getFirst().id()).isEqualTo(zwetschgen);
    }

    @Test
    void pages_come_from_the_database_and_count_matches() {
        for (int i = 0; i < 5; i++) {
            store("Seite " + i + " " + token, null, null, null, "Text " + i + ".");
        }
        ArticleListQuery query = ArticleListQuery.search(token).sortedBy(Sort.TITLE, false);

        List<ArticleListEntry> first = SignedInAs.call(users, "editor", () -> list.list(query, 0, 2));
        List<ArticleListEntry> third = SignedInAs.call(users, "editor", () -> list.list(query, 4, 2));

        assertThat(first).extracting(ArticleListEntry::title).containsExactly("Seite 0 " + token, "Seite 1 " + token);
        assertThat(third).extracting(ArticleListEntry::title).containsExactly("Seite 4 " + token);
        assertThat(SignedInAs.call(users, "editor", () -> list.count(query))).isEqualTo(5);
        long all = SignedInAs.call(users, "editor", () -> list.count(ArticleListQuery.NEWEST_FIRST));
        assertThat(SignedInAs.call(users, "editor", () -> list.count(ArticleListQuery.search("   ")))).isEqualTo(all);
    }

    @Test
    void nobody_signed_out_reads_the_list() {
        assertThatThrownBy(() -> list.list(ArticleListQuery.NEWEST_FIRST, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
