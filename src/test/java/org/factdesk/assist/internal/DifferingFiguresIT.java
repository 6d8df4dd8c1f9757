package org.factdesk.assist.internal;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.ReviewService;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Differing figures through {@code ReviewService.related}, on the demo articles (imported at start) and on
 * articles each test imports with names of its own (so other tests' articles never match).
 */
@IntegrationTest
// The seeds' pairs only: other classes on the shared context store edited copies of the seeds (new versions).
@org.springframework.test.context.TestPropertySource(properties = "factdesk.test.database=differing-figures")
class DifferingFiguresIT {

    private static final String SEED_001 = "001_fa1e16ef087a0131.txt";
    private static final String SEED_002 = "002_7f91695c0ff28209.txt";
    private static final String SEED_003 = "003_df3efb554b237c1d.txt";
    private static final String SEED_004 = "004_59adb0c8911c4187.txt";

    @Autowired
    ReviewService review;
    @Autowired
    ArticleService articles;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleAnalyses backfill;

    @Autowired
    LookUpIndexing indexing;

    private List<RelatedSentence> related(String seed, int ordinal) {
        return related(seedId(seed), ordinal);
    }

    private List<RelatedSentence> related(ArticleId article, int ordinal) {
        long sentence = sentenceId(article, ordinal);
        return SignedInAs.call(users, "editor", () -> review.related(article, new SentenceId(sentence))).stream()
                .filter(r -> r.relation() == RelatedSentence.Relation.FIGURE_DIFFERS).toList();
    }

    private ArticleId seedId(String sourceName) {
        return new ArticleId(jdbc.sql("select id from article where source_name = ?").param(sourceName)
                .query(Long.class).single());
    }

    private long sentenceId(ArticleId article, int ordinal) {
        return jdbc.sql("select id from sentence where article_id = ? and ordinal = ?").params(article.value(), ordinal)
                .query(Long.class).single();
    }

    private ArticleId store(String text) {
        return SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("figures-" + UUID.randomUUID() + ".txt",
                new ArticleMetadata("Figures " + UUID.randomUUID(), null, null, null, null), text)));
    }

    /** A CamelCase company name no other article has. */
    private static String company() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "Vexa" + Character.toUpperCase(letters.charAt(0)) + letters.substring(1, Math.min(6, letters.length()))
                + "q";
    }

    @Test
    void the_13_billion_of_seed_001_differ_from_the_about_10_billion_of_seed_002_but_not_from_the_13_of_seed_003() {
        List<RelatedSentence> from001 = related(SEED_001, 11);

        assertThat(from001).extracting(RelatedSentence::articleId, RelatedSentence::ordinal, RelatedSentence::reasons,
                        RelatedSentence::details)
                .containsExactly(tuple(seedId(SEED_002), 7, List.of("figure-differs-money"),
                        List.of("13 Milliarden US-Dollar ↔ rund 10 Milliarden US-Dollar")));
        assertThat(from001.getFirst().text()).contains("rund 10 Milliarden US-Dollar in OpenAI investieren");
        assertThat(from001.getFirst().articleTitle())
                .isEqualTo("Der Milliarden-Deal zwischen OpenAI und Microsoft: Was dahinter steckt");
        assertThat(from001.getFirst().sentenceId()).isEqualTo(sentenceId(seedId(SEED_002), 7));

        // Seen from 002, both others differ; 003's "rund 13" agrees with 001's 13 and is not shown from there.
        assertThat(related(SEED_002, 7)).extracting(RelatedSentence::articleId, RelatedSentence::ordinal)
                .containsExactlyInAnyOrder(tuple(seedId(SEED_001), 11), tuple(seedId(SEED_003), 6));
        assertThat(related(SEED_003, 6)).extracting(RelatedSentence::articleId, RelatedSentence::ordinal)
                .containsExactly(tuple(seedId(SEED_002), 7));
    }

    @Test
    void figures_of_other_subjects_in_the_demo_articles_are_not_shown() {
        // 004: "Microsoft wagt den Befreiungsschlag: Mit … 80 Milliarden Dollar … Abhängigkeit von OpenAI":
        // its own infrastructure, not the investment in OpenAI (Microsoft is outside the figure's part).
        assertThat(related(SEED_004, 1)).isEmpty();
        // 001: Microsoft's 56 billion of investments in 2024 (Microsoft and Azure) is another subject too.
        assertThat(related(SEED_001, 40)).isEmpty();
    }

    @Test
    void an_imported_article_is_indexed_after_its_import_and_matches_same_subject_and_measure_only() {
        String maker = company();
        String partner = company();
        ArticleId first = store("""
                Bilanz
                %s beschäftigt nach eigenen Angaben 3.000 Mitarbeiter in Europa, teilte %s mit.
                """.formatted(maker, maker));
        ArticleId second = store("""
                Bericht
                Der Hersteller %s zählt rund 4.500 Mitarbeiter, heißt es.
                """.formatted(maker));
        ArticleId same = store("""
                Notiz
                %s hat etwa 3.100 Mitarbeiter.
                """.formatted(maker));
        ArticleId otherSubject = store("""
                Meldung
                %s beschäftigt 9.000 Mitarbeiter.
                """.formatted(partner));
        ArticleId otherMeasure = store("""
                Kurz
                %s hat 7.000 Kunden.
                """.formatted(maker));

        indexing.awaitQueued(java.time.Duration.ofSeconds(30)); // the figure index is built after each commit
        assertThat(jdbc.sql("select count(*) from figure_indexed_article where article_id in (?, ?)")
                .params(first.value(), otherMeasure.value()).query(Long.class).single()).isEqualTo(2);
        List<RelatedSentence> found = related(first, 2);
        assertThat(found).extracting(RelatedSentence::articleId, RelatedSentence::reasons, RelatedSentence::details)
                .containsExactly(tuple(second, List.of("figure-differs-count"),
                        List.of("3.000 Mitarbeiter ↔ rund 4.500 Mitarbeiter")));
        assertThat(found).extracting(RelatedSentence::articleId).doesNotContain(same, otherSubject, otherMeasure);
    }

    @Test
    void a_name_in_many_figures_does_not_hide_a_pair_that_shares_it() {
        String maker = company();
        ArticleId older = store("Meldung\n%s zahlt 2024 eine Strafe von 12 Millionen Euro an die EU.\n".formatted(maker));
        // Sixty newer fines paid to the EU by others: the look-up reads the pair (maker, EU), not all EU rows.
        StringBuilder others = new StringBuilder("Strafen im Überblick\n");
        for (int i = 0; i < 60; i++) {
            others.append("%s zahlt 2024 eine Strafe von %d Millionen Euro an die EU.\n".formatted(company(), 40 + i));
        }
        store(others.toString());
        ArticleId probe = store("Bericht\n%s zahlt 2024 eine Strafe von 30 Millionen Euro an die EU.\n".formatted(maker));

        assertThat(related(probe, 2)).extracting(RelatedSentence::articleId, RelatedSentence::details)
                .containsExactly(tuple(older, List.of("30 Millionen Euro ↔ 12 Millionen Euro")));
    }

    @Test
    void a_figure_of_three_names_meets_one_that_shares_any_two_of_them() {
        // Sorted as the index sorts names, so the shared pair is the first and the last, not neighbours.
        List<String> names = java.util.stream.Stream.of(company(), company(), company())
                .sorted(java.util.Comparator.comparing(n -> n.toLowerCase(java.util.Locale.ROOT))).toList();
        ArticleId older = store("Meldung\n%s und %s investierten 2024 gemeinsam 80 Millionen Euro in das Projekt.\n"
                .formatted(names.get(0), names.get(2)));
        ArticleId probe = store("Bericht\n%s, %s und %s investierten 2024 gemeinsam 50 Millionen Euro in das Projekt.\n"
                .formatted(names.get(0), names.get(1), names.get(2)));

        assertThat(related(probe, 2)).extracting(RelatedSentence::articleId, RelatedSentence::details)
                .containsExactly(tuple(older, List.of("50 Millionen Euro ↔ 80 Millionen Euro")));
    }

    @Test
    void a_subject_with_more_differing_figures_shows_the_newest_ten() {
        String maker = company();
        List<ArticleId> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stored.add(store("Meldung %d\n%s hat %d.000 Kunden in Europa.\n".formatted(i, maker, 10 + 5 * i)));
        }
        ArticleId probe = store("Bericht\n%s hat 2.000 Kunden in Europa.\n".formatted(maker));

        assertThat(related(probe, 2)).extracting(RelatedSentence::articleId)
                .containsExactlyElementsOf(stored.reversed().subList(0, DifferingFigures.MAX_RESULTS));
    }

    @Test
    void the_backfill_indexes_an_article_stored_before_the_index_once() {
        String maker = company();
        ArticleId older = store("%s investierte 2024 genau 12 Millionen Euro in das Werk von %sWerk.\n"
                .formatted(maker, maker));
        ArticleId newer = store("%s hat 2024 rund 20 Millionen Euro in das Werk von %sWerk investiert.\n"
                .formatted(maker, maker));
        assertThat(related(newer, 1)).extracting(RelatedSentence::articleId).containsExactly(older);
        // As a database from before the index has it: the older article without its rows.
        indexing.awaitQueued(java.time.Duration.ofSeconds(30)); // the import's indexing is done before we undo it
        jdbc.sql("delete from sentence_figure_pair where article_id = ?").param(older.value()).update();
        jdbc.sql("delete from sentence_figure where article_id = ?").param(older.value()).update();
        jdbc.sql("delete from figure_sentence where article_id = ?").param(older.value()).update();
        jdbc.sql("delete from figure_indexed_article where article_id = ?").param(older.value()).update();
        assertThat(related(newer, 1)).isEmpty();

        backfill.run(null);
        backfill.run(null);

        assertThat(related(newer, 1)).extracting(RelatedSentence::articleId).containsExactly(older);
        assertThat(jdbc.sql("select count(*) from figure_sentence where article_id = ?").param(older.value())
                .query(Long.class).single()).isEqualTo(1);
    }
}
