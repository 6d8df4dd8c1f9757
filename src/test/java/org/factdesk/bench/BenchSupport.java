package org.factdesk.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.factdesk.e2e.pages.LoginPage;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Shared pieces of the benchmarks: generated articles, heap probes, percentiles. */
public final class BenchSupport {

    private BenchSupport() {
    }

    /**
     * Used heap after full GCs: the live set, as well as a running JVM can tell. System.gc() is a
     * synchronous full collection on G1 unless -XX:+ExplicitGCInvokesConcurrent; the minimum of a
     * few rounds evens out what other threads allocate in between.
     */
    public static long liveHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /**
     * The live objects per class (a full GC first), as {@code jcmd PID GC.class_histogram} prints them:
     * two of them at different session counts, diffed, say which classes grow per session.
     */
    public static String classHistogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("no class histogram from this JVM", e);
        }
    }

    /** A heap dump of the live objects (as {@code jcmd PID GC.heap_dump}), to find who retains what grows. */
    public static void dumpHeap(java.nio.file.Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(file.toAbsolutePath().toString(), true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Realistic German article text of exactly that many sentences: a heading every 100, 5 a paragraph. */
    public static String generatedArticle(int sentences) {
        String[] templates = {
                "Im %d. Quartal stieg der Umsatz des Konzerns um %d,%d Prozent auf rund %d Milliarden Euro.",
                "Der Vorstand kündigte an, bis %d insgesamt %d neue Stellen in Europa zu schaffen.",
                "Analysten von Bank %d sehen darin „ein klares Signal“ für die Strategie des Unternehmens.",
                "Laut Tab. %d des Berichts sank die Zahl der Beschwerden im Vergleich zum Vorjahr deutlich.",
                "Kritiker bemängeln hingegen, dass die Investitionen von %d Mio. Euro kaum Wirkung zeigten?"};
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        for (int i = 0; i < sentences; i++) {
            if (i % 100 == 0) {
                text.append(inParagraph > 0 ? "\n" : "").append("Abschnitt ").append(i / 100 + 1)
                        .append(" im Überblick\n");
                inParagraph = 0;
                continue;
            }
            if (inParagraph == 5) {
                text.append('\n');
                inParagraph = 0;
            }
            text.append(inParagraph > 0 ? " " : "")
                    .append(String.format(templates[i % templates.length], 1 + i % 4, i, i % 10, 10 + i % 90));
            inParagraph++;
        }
        return text.append('\n').toString();
    }

    /** A browser context on the app under test, patient enough for long articles. */
    public static BrowserContext context(Browser browser, int port) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port + "/").setViewportSize(1280, 900));
        context.setDefaultTimeout(60_000);
        return context;
    }

    /** Opens the article's reader and waits until all its sentences are in the DOM. */
    public static void openReader(Page page, long articleId, int sentences) {
        page.navigate("article/" + articleId);
        page.locator("fd-article-text[data-sentence-count='" + sentences + "']").waitFor();
    }

    /** Live server heap with that many signed-in sessions on the article list, then all on the reader. */
    public record ReaderHeap(int sessions, long onListBytes, long onReaderBytes) {
        public double perReaderKb() {
            return (onReaderBytes - onListBytes) / (double) sessions / 1024;
        }
    }

    /** Measures {@link ReaderHeap} in this JVM, which runs the app under test. */
    public static ReaderHeap readerHeap(Browser browser, int port, long articleId, int sentences, int sessions) {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Page page = context(browser, port).newPage();
            new LoginPage(page).signInAs("editor", "editor");
            pages.add(page);
        }
        long onList = liveHeapAfterGc();
        for (Page page : pages) {
            openReader(page, articleId, sentences);
        }
        return new ReaderHeap(sessions, onList, liveHeapAfterGc());
    }

    /** The p-th percentile (0..100) of the values, nearest rank. */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
