package org.factdesk.bench;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.article.SentenceId;
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
import java.util.regex.Pattern;

/**
 * Prints how long the repeated-claim look-ups of one 40-sentence article take against 1,000 and then
 * 10,000 stored articles (target: < 200 ms for all 40 together), per look-up p50/p95, and the index size.
 * The stored articles are generated from the seed articles' sentences: halves of two seed sentences joined,
 * nouns, other words and figures swapped for others of the seeds, so sentences are German but rarely alike;
 * every 25th article is a syndicated copy of an earlier one (a word changed in every third sentence), as a
 * newsroom's archive has them. {@code -Dbench.articles=N} changes the 10,000.
 * Run: ./mvnw -Pbench verify -Dit.test=RepeatedClaimsBenchmark
 */
@IntegrationTest
class RepeatedClaimsBenchmark {

    private static final int BATCH = 25;
    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    @Autowired
    org.factdesk.assist.AssistService assist;

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

    private final Random random = new Random(20261201);
    private final List<List<String>> stored = new ArrayList<>();
    private Words words;

    @Autowired
    List<org.factdesk.review.RelatedSentenceSource> sources;

    private final List<String> growth = new ArrayList<>();

    @Test
    void look_ups_for_one_article_against_1000_and_10000_stored_articles() throws IOException {
        System.out.printf("%nLoad average at start: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        words = Words.fromSeeds();
        int target = Integer.getInteger("bench.articles", 10_000);
        System.out.printf("%nRepeated-claim look-ups (%d seed sentences recombined, %d words to swap in)%n",
                words.sentences.size(), words.capitalised.size() + words.lower.size());
        for (int scale : new int[] {Math.min(1_000, target), target}) {
            long start = System.nanoTime();
            int added = fill(scale);
            assist.awaitLookUpIndexing(java.time.Duration.ofMinutes(30)); // the index is built after each commit
            double seconds = (System.nanoTime() - start) / 1e9;
            if (added > 0) {
                System.out.printf("  stored %,d articles in %.0f s (%.0f articles/s on %d threads, split, assessed"
                        + " and indexed; %s)%n", added, seconds, added / seconds, ParallelStore.threads(),
                        LookUpTimes.load());
            }
            measure(scale);
        }
        System.out.println("  growth (CPU p50 of the 40 look-ups through ReviewService.related / RepeatedClaims alone):");
        growth.forEach(line -> System.out.println("    " + line));
    }

    /**
     * Stores generated articles until there are {@code count}: batches of {@link #BATCH}, each one transaction
     * of {@code ArticleService.store} calls (an import's split, assessment and indexing), on a few threads.
     */
    private int fill(int count) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int added = 0;
        try (ParallelStore store = new ParallelStore()) {
            while (stored.size() < count) {
                int batch = Math.min(BATCH, count - stored.size());
                List<List<String>> texts = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    int n = stored.size() + texts.size();
                    List<List<String>> earlier = stored.isEmpty() ? texts : stored;
                    texts.add(n % 25 == 24 ? syndicated(earlier.get(random.nextInt(earlier.size())))
                            : article(20 + random.nextInt(21)));
                }
                int first = stored.size();
                stored.addAll(texts);
                store.submit(() -> SignedInAs.run(users, "lead", () -> tx.executeWithoutResult(status -> {
                    for (int i = 0; i < texts.size(); i++) {
                        String opening = texts.get(i).getFirst();
                        articles.store(new NewArticle("Meldung " + (first + i + 1) + " "
                                + opening.substring(0, Math.min(80, opening.length())), "bench", null,
                                text(texts.get(i))));
                    }
                })));
                added += batch;
            }
        }
        return added;
    }

    /** Reviews a stored 40-sentence article, stores a syndicated copy of it and times the copy's look-ups. */
    private void measure(int scale) {
        List<String> original = article(40);
        ArticleId originalId = SignedInAs.call(users, "lead", () -> articles.store(new NewArticle(
                "Original bei " + scale, "bench", null, text(original))).id());
        List<Long> originalIds = sentenceIds(originalId);
        SignedInAs.run(users, "lead", () -> {
            for (int i = 0; i < originalIds.size(); i += 2) {
                reviews.save(originalId, new VerdictChange(originalIds.get(i), 0), Verdict.VERIFIED,
                        "Geprüft für den Benchmark.", List.of());
            }
        });
        List<String> copy = syndicated(original);
        ArticleId copyId = SignedInAs.call(users, "lead", () -> articles.store(new NewArticle(
                "Kopie bei " + scale, "bench", null, text(copy))).id());
        long[] ids = sentenceIds(copyId).stream().mapToLong(Long::longValue).toArray();
        assist.awaitLookUpIndexing(java.time.Duration.ofMinutes(1));

        int[] found = new int[3];
        for (long id : ids) {
            SignedInAs.call(users, "lead", () -> reviews.related(copyId, new SentenceId(id)))
                    .forEach(r -> found[r.relation().ordinal()]++);
        }
        var repeated = sources.stream().filter(s -> org.springframework.aop.support.AopUtils.getTargetClass(s)
                .getSimpleName().equals("RepeatedClaims")).findFirst().orElseThrow();
        // Signed in once, as a reader's session is: the timed part is the look-ups alone.
        LookUpTimes[] times = SignedInAs.call(users, "lead", () -> new LookUpTimes[] {
                LookUpTimes.measure(ids, 2, RUNS, id -> reviews.related(copyId, new SentenceId(id))),
                LookUpTimes.measure(ids, 1, RUNS, id -> repeated.relatedTo(copyId, new SentenceId(id)))});
        long articleCount = SignedInAs.call(users, "lead", () -> articles.count());
        long sentenceCount = jdbc.sql("select count(*) from sentence").query(Long.class).single();
        long keyRows = jdbc.sql("select count(*) from claim_key").query(Long.class).single();
        // Three bigints a row in the index tree, about 40 bytes with its overhead (H2's in-memory
        // database used here reports no disk space).
        long bytes = keyRows * 40;
        System.out.printf("  %,d articles (%,d sentences), index %,d keys%s; %s:%n", articleCount, sentenceCount,
                keyRows, String.format(" (about %.0f MB)", bytes / 1e6), LookUpTimes.load());
        System.out.printf("    ReviewService.related, %s%n", times[0]);
        System.out.printf("    RepeatedClaims alone,  %s%n", times[1]);
        System.out.printf("    found %d same, %d nearly same%n", found[0], found[1]);
        growth.add(String.format(java.util.Locale.ROOT, "%,d articles: %.1f ms / %.1f ms CPU (wall %.1f / %.1f ms, %s)",
                articleCount, times[0].articleCpuP50(), times[1].articleCpuP50(), times[0].articleWallP50(),
                times[1].articleWallP50(), LookUpTimes.load()));
    }

    private List<Long> sentenceIds(ArticleId id) {
        return SignedInAs.call(users, "lead", () -> articles.findText(id).orElseThrow()).blocks().stream()
                .flatMap(block -> block.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    private List<String> article(int sentences) {
        List<String> article = new ArrayList<>(sentences);
        for (int i = 0; i < sentences; i++) {
            article.add(words.sentence(random));
        }
        return article;
    }

    /** The same article as an agency copy: every third sentence has one word changed, the rest is the same. */
    private List<String> syndicated(List<String> original) {
        List<String> copy = new ArrayList<>(original.size());
        for (int i = 0; i < original.size(); i++) {
            String sentence = original.get(i);
            if (i % 3 == 1) {
                String[] parts = sentence.split(" ");
                int at = 1 + random.nextInt(parts.length - 2);
                if (!NUMBER.matcher(parts[at]).matches()) {
                    parts[at] = words.swap(parts[at], random);
                }
                sentence = String.join(" ", parts);
            }
            copy.add(sentence);
        }
        return copy;
    }

    /** Five sentences a paragraph, one per line. */
    private static String text(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i % 5 == 4 ? "\n" : " ");
        }
        return text.toString().strip() + "\n";
    }

    /** The seeds' sentences as words without punctuation but commas, and the words to swap in. */
    private static final class Words {
        final List<String[]> sentences = new ArrayList<>();
        final List<String> capitalised = new ArrayList<>();
        final List<String> lower = new ArrayList<>();

        static Words fromSeeds() throws IOException {
            Words words = new Words();
            for (String name : new String[] {"000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
                    "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt"}) {
                String text;
                try (InputStream in = RepeatedClaimsBenchmark.class.getResourceAsStream("/seed-articles/" + name)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                GermanSentenceSplitter.shared().segment(text).forEach(block -> block.sentences().forEach(s -> {
                    String[] parts = Arrays.stream(s.text().split("\\s+"))
                            .map(w -> w.replaceAll("[^\\p{L}\\p{N},-]", "")).filter(w -> !w.isEmpty())
                            .toArray(String[]::new);
                    if (parts.length >= 8) {
                        words.sentences.add(parts);
                    }
                    for (int i = 1; i < parts.length; i++) {
                        String w = parts[i].replace(",", "");
                        if (w.length() > 3 && !NUMBER.matcher(w).matches()) {
                            (Character.isUpperCase(w.charAt(0)) ? words.capitalised : words.lower).add(w);
                        }
                    }
                }));
            }
            return words;
        }

        /** The start of one seed sentence and the end of another, a third of the nouns and a fifth of the rest swapped. */
        String sentence(Random random) {
            String[] x = sentences.get(random.nextInt(sentences.size()));
            String[] y = sentences.get(random.nextInt(sentences.size()));
            int cutX = 3 + random.nextInt(x.length - 4);
            int cutY = random.nextInt(y.length - 3);
            List<String> out = new ArrayList<>();
            out.addAll(Arrays.asList(x).subList(0, cutX));
            out.addAll(Arrays.asList(y).subList(cutY, y.length));
            for (int i = 1; i < out.size(); i++) {
                String w = out.get(i);
                String bare = w.replace(",", "");
                String swapped;
                if (NUMBER.matcher(bare).matches()) {
                    swapped = random.nextBoolean() ? String.valueOf(1 + random.nextInt(2030))
                            : random.nextInt(100) + "," + random.nextInt(10);
                } else if (bare.length() > 3 && random.nextInt(Character.isUpperCase(bare.charAt(0)) ? 3 : 5) == 0) {
                    swapped = swap(bare, random);
                } else {
                    continue;
                }
                out.set(i, w.endsWith(",") ? swapped + "," : swapped);
            }
            String sentence = String.join(" ", out).replaceAll(",$", "");
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
        }

        String swap(String word, Random random) {
            List<String> pool = Character.isUpperCase(word.charAt(0)) ? capitalised : lower;
            return pool.get(random.nextInt(pool.size()));
        }
    }
}
