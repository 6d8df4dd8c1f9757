package org.factdesk.assist.internal;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
import org.factdesk.article.SentenceRef;
import org.factdesk.review.RelatedSentence;
import org.factdesk.review.ReviewService;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.security.SignedInAs;
import org.factdesk.segmentation.GermanSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded repeated-claim look-up (ADR 0020, "Bounded look-up"): on varied articles it shows exactly what
 * verifying every index candidate shows (and what the look-up before the bound showed: the 200 sentences
 * sharing most keys); for a boilerplate sentence in more articles than a key's window it reads a window per
 * key and still shows the sentence's old review first.
 */
@IntegrationTest
class RepeatedClaimsBoundedIT {

    @Autowired
    LookUpIndexing indexing;

    @Autowired
    RepeatedClaims claims;
    @Autowired
    ClaimKeyRepository keys;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void on_varied_articles_equals_verifying_every_index_candidate_and_the_look_up_before() throws IOException {
        Random random = new Random(2026_12_01);
        Generator words = Generator.fromSeeds();
        // Agency sentences that many articles repeat (the same, or with one word changed).
        List<String> agency = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            agency.add(words.sentence(random));
        }
        List<List<String>> stored = new ArrayList<>();
        List<ArticleId> ids = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            List<String> sentences;
            if (n % 4 == 3) {
                sentences = words.syndicated(stored.get(random.nextInt(stored.size())), random);
            } else {
                sentences = new ArrayList<>();
                for (int i = 0; i < 10 + random.nextInt(10); i++) {
                    sentences.add(words.sentence(random));
                }
            }
            if (random.nextInt(3) == 0) {
                String repeated = agency.get(random.nextInt(agency.size()));
                sentences.add(random.nextInt(sentences.size()),
                        random.nextBoolean() ? repeated : words.oneWordChanged(repeated, random));
            }
            stored.add(sentences);
            int number = n;
            ids.add(store("Vielfalt " + number + " " + sentences.getFirst().substring(0, 30),
                    String.join(" ", sentences)));
        }
        // Reviews on a third of the articles, every second sentence.
        for (int n = 0; n < ids.size(); n += 3) {
            ArticleId article = ids.get(n);
            List<Long> sentenceIds = sentenceIds(article);
            as("lead", () -> {
                for (int i = 0; i < sentenceIds.size(); i += 2) {
                    reviews.save(article, new VerdictChange(sentenceIds.get(i), 0), Verdict.VERIFIED,
                            "Geprüft.", List.of());
                }
                return null;
            });
        }

        int[] seen = new int[4]; // same, near, reviewed, sentences with more matches than shown
        for (ArticleId probe : ids.subList(ids.size() - 24, ids.size())) {
            for (long sentence : sentenceIds(probe)) {
                List<RelatedSentence> bounded = as("editor", () -> claims.relatedTo(probe, new SentenceId(sentence)));
                List<RelatedSentence> everyCandidate = as("editor", () -> verifyAll(probe, sentence, false));
                List<RelatedSentence> before = as("editor", () -> verifyAll(probe, sentence, true));
                assertThat(bounded).as("sentence %d of article %d", sentence, probe.value())
                        .isEqualTo(everyCandidate).isEqualTo(before);
                assertThat(window(probe, sentence).truncated()).isFalse();
                for (RelatedSentence r : bounded) {
                    seen[r.relation() == RelatedSentence.Relation.SAME_CLAIM ? 0 : 1]++;
                }
                seen[2] += as("editor", () -> reviews.verdictsOfSentences(
                        bounded.stream().map(RelatedSentence::sentenceId).toList())).size();
                if (as("editor", () -> matchesOfAll(probe, sentence)) > RepeatedClaims.SHOWN) {
                    seen[3]++;
                }
            }
        }
        System.out.printf("[bounded] compared: %d same, %d nearly same, %d reviewed shown; %d sentences with"
                + " more matches than shown%n", seen[0], seen[1], seen[2], seen[3]);
        // The comparison covered every kind of match and the cut to the first ten.
        assertThat(seen[0]).as("same").isGreaterThan(20);
        assertThat(seen[1]).as("nearly same").isGreaterThan(10);
        assertThat(seen[2]).as("reviewed").isGreaterThan(10);
        assertThat(seen[3]).as("sentences with more matches than shown").isPositive();
    }

    @Test
    void a_boilerplate_sentence_reads_a_window_per_key_and_still_shows_its_old_review_first() throws IOException {
        String town = "Alt" + Long.toString(System.nanoTime(), 36);
        String boilerplate = "Die Stadtwerke " + town + " empfehlen ihren Kundinnen und Kunden weiterhin, "
                + "Zählerstände regelmäßig online zu melden.";
        ArticleId reviewedFirst = store("Frühe Meldung " + town, boilerplate + " Der erste Satz steht hier allein.");
        long oldReview = sentenceIds(reviewedFirst).getFirst();
        as("lead", () -> reviews.save(reviewedFirst, new VerdictChange(oldReview, 0), Verdict.VERIFIED,
                "Bei den Stadtwerken nachgefragt.", List.of()));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int copies = RepeatedClaims.WINDOW + 30;
        as("lead", () -> tx.execute(status -> {
            for (int i = 0; i < copies; i++) {
                articles.store(new NewArticle("Meldung " + town + " " + i, "bounded-it", null,
                        boilerplate + " Meldung Nummer " + i + " aus " + town + ".\n"));
            }
            return null;
        }));
        ArticleId probe = store("Neue Meldung " + town, boilerplate + " Heute neu.");
        long sentence = sentenceIds(probe).getFirst();

        ClaimKeyRepository.Windows window = window(probe, sentence);
        assertThat(window.truncated()).isTrue();
        // Each of the 12 keys reads its window (the newest copies), not the 230 copies it has.
        assertThat(window.sharedKeys()).hasSize(RepeatedClaims.WINDOW);
        assertThat(window.sharedKeys()).doesNotContainKey(oldReview);

        List<RelatedSentence> shown = as("editor", () -> claims.relatedTo(probe, new SentenceId(sentence)));
        assertThat(shown).hasSize(RepeatedClaims.SHOWN)
                .allMatch(r -> r.relation() == RelatedSentence.Relation.SAME_CLAIM);
        // The old review, found by the text hash, first; then the newest copies, newest first.
        assertThat(shown.getFirst().sentenceId()).isEqualTo(oldReview);
        List<Long> newest = jdbc.sql("""
                        select id from sentence where text_hash = ? and article_id <> ? order by id desc
                        fetch first 9 rows only""")
                .params(hashOf(oldReview), probe.value())
                .query(Long.class).list();
        assertThat(shown.subList(1, RepeatedClaims.SHOWN)).extracting(RelatedSentence::sentenceId)
                .containsExactlyElementsOf(newest);
        // The same list as verifying every one of the 231 copies.
        assertThat(shown).isEqualTo(as("editor", () -> verifyAll(probe, sentence, false)));
    }

    /** The repeated claims of every index candidate (or, {@code before}, of the 200 sharing most keys). */
    private List<RelatedSentence> verifyAll(ArticleId probe, long sentence, boolean before) {
        SentenceRef self = articles.sentences(List.of(sentence)).get(sentence);
        ClaimText.Analysis claim = ClaimText.analyse(self.text());
        if (!claim.longEnough()) {
            return List.of();
        }
        return claims.ranked(self, claim, candidates(probe, claim, before), java.util.Set.of(probe.value()));
    }

    /** How many index candidates are the same or nearly the same claim (the rule of ADR 0020, uncut). */
    private long matchesOfAll(ArticleId probe, long sentence) {
        SentenceRef self = articles.sentences(List.of(sentence)).get(sentence);
        ClaimText.Analysis claim = ClaimText.analyse(self.text());
        if (!claim.longEnough()) {
            return 0;
        }
        return articles.sentences(candidates(probe, claim, false)).values().stream().filter(other -> {
            ClaimText.Analysis analysed = ClaimText.analyse(other.text());
            return other.textHash().equals(self.textHash()) || analysed.figures().equals(claim.figures())
                    && ClaimText.cosine(claim, analysed) >= ClaimText.NEAR_THRESHOLD;
        }).count();
    }

    private List<Long> candidates(ArticleId probe, ClaimText.Analysis claim, boolean before) {
        indexing.awaitQueued(java.time.Duration.ofSeconds(60)); // the imports' keys are written after their commits
        List<Long> bandKeys = Arrays.stream(ClaimKeys.of(claim)).boxed().toList();
        return jdbc.sql(before ? """
                        select sentence_id from claim_key where band_key in (:keys) and article_id <> :article
                        group by sentence_id order by count(*) desc, sentence_id desc fetch first 200 rows only"""
                        : """
                        select distinct sentence_id from claim_key where band_key in (:keys) and article_id <> :article""")
                .param("keys", bandKeys).param("article", probe.value()).query(Long.class).list();
    }

    private ClaimKeyRepository.Windows window(ArticleId probe, long sentence) {
        indexing.awaitQueued(java.time.Duration.ofSeconds(60)); // the imports' keys are written after their commits
        SentenceRef self = as("editor", () -> articles.sentences(List.of(sentence)).get(sentence));
        return keys.windows(ClaimKeys.of(ClaimText.analyse(self.text())), java.util.List.of(probe.value()), RepeatedClaims.WINDOW);
    }

    private String hashOf(long sentence) {
        return jdbc.sql("select text_hash from sentence where id = ?").param(sentence).query(String.class).single();
    }

    private ArticleId store(String title, String text) {
        return as("lead", () -> articles.store(new NewArticle(title, "bounded-it", null, text + "\n")).id());
    }

    private List<Long> sentenceIds(ArticleId id) {
        return as("lead", () -> articles.findText(id).orElseThrow()).blocks().stream()
                .flatMap(block -> block.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    private <T> T as(String user, Callable<T> work) {
        return SignedInAs.call(users, user, work);
    }

    /**
     * German sentences made from the seed articles' sentences: the start of one and the end of another,
     * some words and the figures swapped, so two of them are rarely alike; and copies of them as an agency
     * spreads them (the same, a word changed, other punctuation and case).
     */
    private static final class Generator {
        private final List<String[]> sentences = new ArrayList<>();
        private final List<String> pool = new ArrayList<>();

        static Generator fromSeeds() throws IOException {
            Generator generator = new Generator();
            for (String name : new String[] {"000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
                    "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt"}) {
                String text;
                try (InputStream in = RepeatedClaimsBoundedIT.class.getResourceAsStream("/seed-articles/" + name)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                GermanSentenceSplitter.shared().segment(text).forEach(block -> block.sentences().forEach(s -> {
                    String[] parts = Arrays.stream(s.text().split("\\s+"))
                            .map(w -> w.replaceAll("[^\\p{L}\\p{N}-]", "")).filter(w -> !w.isEmpty())
                            .toArray(String[]::new);
                    if (parts.length >= 8) {
                        generator.sentences.add(parts);
                    }
                    Arrays.stream(parts).skip(1).filter(w -> w.length() > 3 && !w.matches(".*\\d.*"))
                            .forEach(generator.pool::add);
                }));
            }
            return generator;
        }

        String sentence(Random random) {
            String[] x = sentences.get(random.nextInt(sentences.size()));
            String[] y = sentences.get(random.nextInt(sentences.size()));
            List<String> out = new ArrayList<>(Arrays.asList(x).subList(0, 3 + random.nextInt(x.length - 4)));
            out.addAll(Arrays.asList(y).subList(random.nextInt(y.length - 3), y.length));
            for (int i = 1; i < out.size(); i++) {
                if (out.get(i).matches("\\d+")) {
                    out.set(i, String.valueOf(1 + random.nextInt(2030)));
                } else if (random.nextInt(4) == 0) {
                    out.set(i, pool.get(random.nextInt(pool.size())));
                }
            }
            String sentence = String.join(" ", out);
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
        }

        String oneWordChanged(String sentence, Random random) {
            String[] parts = sentence.substring(0, sentence.length() - 1).split(" ");
            int at = 1 + random.nextInt(parts.length - 1);
            if (!parts[at].matches(".*\\d.*")) {
                parts[at] = pool.get(random.nextInt(pool.size()));
            }
            return String.join(" ", parts) + ".";
        }

        /** A copy of an article: a third of the sentences the same, a third a word changed, a third in quotes with another end mark. */
        List<String> syndicated(List<String> original, Random random) {
            List<String> copy = new ArrayList<>();
            for (String sentence : original) {
                copy.add(switch (random.nextInt(3)) {
                    case 0 -> sentence;
                    case 1 -> oneWordChanged(sentence, random);
                    default -> "„" + sentence.substring(0, sentence.length() - 1) + "“!";
                });
            }
            return copy;
        }
    }
}
