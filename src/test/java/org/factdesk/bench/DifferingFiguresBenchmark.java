package org.factdesk.bench;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prints how long the differing-figure look-ups of one 40-sentence article take (every sentence through
 * {@code ReviewService.related}, as the reader asks them) against 1,000 and 10,000 stored articles with
 * figures, and the size of the figure index. Figures only; nothing is asserted about time.
 * {@code -Dbench.articles=N} changes the 10,000 (the first step is then min(1,000, N)).
 * Run: ./mvnw -Pbench verify -Dit.test=DifferingFiguresBenchmark
 */
@IntegrationTest
class DifferingFiguresBenchmark {

    static final int COMPANIES = 400;
    static final int RUNS = 30;

    @Autowired
    org.factdesk.assist.AssistService assist;

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService review;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<org.factdesk.review.RelatedSentenceSource> sources;

    private final Random random = new Random(13);
    private final List<String> companies = companies(new Random(7));

    @Test
    void look_ups_of_one_40_sentence_article_against_1000_and_10000_articles() {
        ArticleId probe = store(article(40, 0), "probe");
        List<Long> probeSentences = jdbc.sql("select id from sentence where article_id = ? order by ordinal")
                .param(probe.value()).query(Long.class).list();
        int stored = 1;
        int largest = Integer.getInteger("bench.articles", 10_000);
        for (int target : new int[]{Math.min(1_000, largest), largest}) {
            long start = System.nanoTime();
            // Generated here in order (the same articles at every thread count), stored in batches on a few
            // threads, each article through ArticleService.add as an import stores it.
            try (ParallelStore parallel = new ParallelStore()) {
                while (stored < target) {
                    List<String[]> batch = new ArrayList<>();
                    for (; stored < target && batch.size() < 25; stored++) {
                        batch.add(new String[] {article(8 + random.nextInt(8), stored), "bench-" + stored});
                    }
                    parallel.submit(() -> batch.forEach(article -> store(article[0], article[1])));
                }
            }
            assist.awaitLookUpIndexing(java.time.Duration.ofMinutes(30)); // the index is built after each commit
            System.out.printf(Locale.ROOT, "%n[figures] stored %,d articles (import with indexing: %.1f s on %d threads)%n",
                    target, (System.nanoTime() - start) / 1e9, ParallelStore.threads());
            System.out.printf(Locale.ROOT, "[figures] load average %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            int articleCount = target;
            // Signed in once, as the reader is: the timed part is the look-ups alone.
            SignedInAs.run(users, "editor", () -> measure(probe, probeSentences, articleCount));
        }
    }

    private void measure(ArticleId probe, List<Long> sentences, int articleCount) {
        double[] totals = new double[RUNS];
        int found = 0;
        int withFigures = 0;
        for (int run = -3; run < RUNS; run++) { // three warm-up rounds
            long start = System.nanoTime();
            int foundNow = 0;
            int withNow = 0;
            for (long sentence : sentences) {
                List<RelatedSentence> related = review.related(probe, new SentenceId(sentence));
                long differing = related.stream()
                        .filter(r -> r.relation() == RelatedSentence.Relation.FIGURE_DIFFERS).count();
                foundNow += (int) differing;
                withNow += differing > 0 ? 1 : 0;
            }
            if (run >= 0) {
                totals[run] = (System.nanoTime() - start) / 1e6;
                found = foundNow;
                withFigures = withNow;
            }
        }
        long[] ids = sentences.stream().mapToLong(Long::longValue).toArray();
        LookUpTimes times = LookUpTimes.measure(ids, 1, RUNS, id -> review.related(probe, new SentenceId(id)));
        System.out.printf(Locale.ROOT, "[figures] ReviewService.related, %s; %s%n", times, LookUpTimes.load());
        for (var source : sources) {
            LookUpTimes one = LookUpTimes.measure(ids, 1, RUNS, id -> source.relatedTo(probe, new SentenceId(id)));
            System.out.printf(Locale.ROOT, "[figures]   %s alone, %s%n",
                    org.springframework.aop.support.AopUtils.getTargetClass(source).getSimpleName(), one);
        }
        double[] sourceOnly = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            for (long sentence : sentences) {
                sources.forEach(source -> source.relatedTo(probe, new SentenceId(sentence)));
            }
            sourceOnly[run] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "[figures] the same look-ups on the source beans directly: p50 %.1f ms, p95 %.1f ms%n",
                BenchSupport.percentile(sourceOnly, 50), BenchSupport.percentile(sourceOnly, 95));
        // Each source alone: the differing figures' share is what this benchmark is about.
        for (var source : sources) {
            double[] one = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                for (long sentence : sentences) {
                    source.relatedTo(probe, new SentenceId(sentence));
                }
                one[run] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(Locale.ROOT, "[figures]   %s alone: p50 %.1f ms, p95 %.1f ms%n",
                    org.springframework.aop.support.AopUtils.getTargetClass(source).getSimpleName(),
                    BenchSupport.percentile(one, 50), BenchSupport.percentile(one, 95));
        }
        long rows = jdbc.sql("select count(*) from sentence_figure").query(Long.class).single();
        long figureSentences = jdbc.sql("select count(*) from figure_sentence").query(Long.class).single();
        long allSentences = jdbc.sql("select count(*) from sentence").query(Long.class).single();
        System.out.printf(Locale.ROOT, "[figures] %,d articles: %,d sentences, %,d with indexed figures, %,d index rows%n",
                articleCount, allSentences, figureSentences, rows);
        System.out.printf(Locale.ROOT, "[figures] one %d-sentence article, all look-ups: p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms (%d runs); %d sentences with differing figures, %d related sentences shown%n",
                sentences.size(), BenchSupport.percentile(totals, 50), BenchSupport.percentile(totals, 95),
                BenchSupport.percentile(totals, 100), RUNS, withFigures, found);
    }

    private ArticleId store(String text, String name) {
        return SystemAuthentication.runAsSystem(() -> articles.add(new NewArticle(name + ".txt",
                new ArticleMetadata("Bericht " + name, null, null, null, null), text)));
    }

    /** A business report: a heading, then sentences with figures about two companies, and some without. */
    private String article(int sentences, int seed) {
        String a = companies.get(random.nextInt(COMPANIES));
        String b = companies.get(random.nextInt(COMPANIES));
        int year = 2018 + random.nextInt(8);
        StringBuilder text = new StringBuilder("Bilanz von " + a + " im Überblick (" + seed + ")\n");
        for (int i = 0; i < sentences; i++) {
            text.append(i > 0 && i % 5 == 0 ? "\n" : i > 0 ? " " : "").append(sentence(a, b, year));
        }
        return text.append('\n').toString();
    }

    private String sentence(String a, String b, int year) {
        int n = 1 + random.nextInt(90);
        String decimal = n + "," + random.nextInt(10);
        String approx = random.nextBoolean() ? "rund " : random.nextBoolean() ? "mehr als " : "";
        return switch (random.nextInt(12)) {
            case 0 -> "%s hat %s%d Milliarden Euro in %s investiert, teilte %s mit.".formatted(a, approx, n, b, a);
            case 1 -> "Im Jahr %d stieg der Umsatz von %s um %s Prozent.".formatted(year, a, decimal);
            case 2 -> "%s beschäftigt nach eigenen Angaben %s%d.%03d Mitarbeiter.".formatted(a, approx, n,
                    random.nextInt(1000));
            case 3 -> "Laut %s hält %s nun %d Prozent der Anteile an %s.".formatted(b, a, n % 50, b);
            case 4 -> "Der Gewinn von %s lag %d bei %s Millionen US-Dollar.".formatted(a, year, decimal);
            case 5 -> "%s wurde %d gegründet und gehört heute zu %s.".formatted(b, 1950 + n, a);
            case 6 -> "%s und %s vereinbarten eine Zusammenarbeit im Wert von %d Mio. Euro.".formatted(a, b, n * 10);
            case 7 -> "Die App von %s hat %s Millionen Nutzer in Europa.".formatted(a, decimal);
            case 8 -> "Analysten erwarten für das kommende Quartal weiter steigende Kosten in der Branche.";
            case 9 -> "Die Aufsicht prüft derzeit, ob %s die Auflagen erfüllt.".formatted(a);
            case 10 -> "Kritiker bemängeln die Strategie von %s seit Jahren.".formatted(b);
            default -> "%s zahlt %d eine Strafe von %d Millionen Euro an die EU.".formatted(a, year, n);
        };
    }

    /** CamelCase company names ("NordTecGroup" style) from syllables: distinct and easy to tell apart. */
    private static List<String> companies(Random random) {
        String[] first = {"Nord", "Sued", "Alpen", "Rhein", "Elb", "Main", "Ost", "West", "Berg", "Tal", "Stahl",
                "Licht", "Strom", "Daten", "Netz", "Bau", "Chem", "Agrar", "Med", "Auto"};
        String[] second = {"Tec", "Soft", "Werk", "Bank", "Log", "Pharm", "Net", "Cloud", "Energie", "Mobil",
                "Trans", "Food", "Wind", "Solar", "Chip", "Robo", "Fin", "Bio", "Tel", "Data"};
        List<String> names = new ArrayList<>();
        for (String f : first) {
            for (String s : second) {
                names.add(f + s);
            }
        }
        java.util.Collections.shuffle(names, random);
        return List.copyOf(names.subList(0, COMPANIES));
    }
}
