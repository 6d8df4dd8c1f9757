package org.factdesk.bench;

import org.factdesk.IntegrationTest;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.article.NewArticle;
import org.factdesk.importing.ReadArticle;
import org.factdesk.review.ReviewService;
import org.factdesk.review.Verdict;
import org.factdesk.review.VerdictChange;
import org.factdesk.revision.CarryKind;
import org.factdesk.revision.RevisionQuality;
import org.factdesk.revision.RevisionResult;
import org.factdesk.revision.RevisionService;
import org.factdesk.revision.SentenceMatcher;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Revisions (issue 15): the confusion table (expected kind × assigned kind) of every programmatic edit of
 * the five demo articles imported as a new version through the service, after every sentence got a verdict
 * ({@link RevisionQuality}; {@code RevisionQualityIT} asserts the required figures), and the time to import
 * a new version of a reviewed 5,000-sentence article with 5 % of its sentences changed (target < 2 s;
 * printed, not asserted). Run: ./mvnw -Pbench verify -Dit.test=RevisionBenchmark
 */
@IntegrationTest
@TestPropertySource(properties = "factdesk.test.database=revision-benchmark")
class RevisionBenchmark {

    static final int SENTENCES = 5_000;
    static final int RUNS = 3;

    @Autowired
    org.factdesk.assist.AssistService assist;

    @Autowired
    ApplicationContext context;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    RevisionService revisions;
    @Autowired
    UserDetailsService users;

    @Test
    void confusion_table_of_the_demo_edits_and_the_time_of_a_5000_sentence_new_version() {
        RevisionQuality.Result result = new RevisionQuality(context).run();
        System.out.printf(Locale.ROOT, "%n[revision] %d old sentences in %d runs (5 demo articles × %d edit kinds)%n",
                result.outcomes().size(), 5 * RevisionQuality.Edit.values().length - result.skipped().size(),
                RevisionQuality.Edit.values().length);
        System.out.print(result.table());
        long unchanged = result.outcomes().stream().filter(o -> o.expected() == CarryKind.UNCHANGED).count();
        long kept = result.outcomes().stream().filter(o -> o.expected() == CarryKind.UNCHANGED
                && o.assigned() == CarryKind.UNCHANGED && o.verdictKept()).count();
        System.out.printf(Locale.ROOT, "[revision] unchanged sentences that kept their verdict: %d / %d%n", kept, unchanged);
        if (!result.skipped().isEmpty()) {
            System.out.println("[revision] edits no article allowed: " + result.skipped());
        }

        for (int run = 0; run < RUNS; run++) {
            timeLargeArticle(run);
        }
    }

    /** A reviewed 5,000-sentence article; every 20th sentence gets another figure; the new version imported. */
    private void timeLargeArticle(int run) {
        String text = "Lauf " + run + " " + System.nanoTime() + "\n" + BenchSupport.generatedArticle(SENTENCES);
        long importStart = System.nanoTime();
        ArticleId v1 = SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle("Großer Artikel " + run,
                "bench", null, text)));
        double importSeconds = (System.nanoTime() - importStart) / 1e9; // what any import of the text costs
        assist.awaitLookUpIndexing(java.time.Duration.ofMinutes(2)); // its look-up indexes, built after the commit
        List<ArticleText.Sentence> sentences = SystemAuthentication.runAsSystem(() -> articles.findText(v1)).orElseThrow()
                .blocks().stream().flatMap(b -> b.sentences().stream()).toList();
        SignedInAs.run(users, "lead", () -> reviews.mark(v1, sentences.stream().map(s -> new VerdictChange(s.id(), 0))
                .toList(), Verdict.NO_CLAIM));
        List<String> oldTexts = sentences.stream().map(ArticleText.Sentence::text).toList();
        List<String> lines = new ArrayList<>(text.lines().toList());
        int changed = 0;
        Pattern figure = Pattern.compile("\\d+");
        // 5 % of the sentences: a figure of every 20th sentence of the text changes
        String joined = String.join("\n", lines);
        StringBuilder edited = new StringBuilder();
        int index = 0;
        for (String sentence : oldTexts) {
            int at = joined.indexOf(sentence, index);
            edited.append(joined, index, at);
            String replacement = sentence;
            if (changed < SENTENCES / 20 && oldTexts.indexOf(sentence) % 20 == 10) {
                Matcher m = figure.matcher(sentence);
                if (m.find()) {
                    replacement = sentence.substring(0, m.start()) + (Long.parseLong(m.group()) + 7)
                            + sentence.substring(m.end());
                    changed++;
                }
            }
            edited.append(replacement);
            index = at + sentence.length();
        }
        edited.append(joined.substring(index)).append('\n');
        String newText = edited.toString();

        long matchStart = System.nanoTime();
        SentenceMatcher.match(oldTexts, org.factdesk.segmentation.GermanSentenceSplitter.shared().segment(newText)
                .stream().flatMap(b -> b.sentences().stream()).map(s -> s.text()).toList());
        double matchSeconds = (System.nanoTime() - matchStart) / 1e9;

        // The CPU time of this thread too (the embedded database runs in it): on a busy machine the wall time
        // mostly measures the other processes.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        RevisionResult result = SignedInAs.call(users, "lead", () -> revisions.importNewVersion(v1, "bench",
                new ReadArticle(newText, ArticleMetadata.NONE, null)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "[revision] run %d: new version of a %,d-sentence article with %d sentences "
                        + "changed: %.2f s through the service (target < 2 s; CPU %.2f s), of which a plain import of such a "
                        + "text takes %.2f s; splitting and matching alone %.3f s; %d unchanged, "
                        + "%d changed, %d substance, %d new, %d removed, %d verdicts carried; load %.1f%n",
                run + 1, sentences.size(), changed, seconds, cpuSeconds, importSeconds, matchSeconds, result.count(CarryKind.UNCHANGED),
                result.count(CarryKind.CHANGED), result.count(CarryKind.SUBSTANCE), result.added(),
                result.count(CarryKind.REMOVED), result.verdictsCarried(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
