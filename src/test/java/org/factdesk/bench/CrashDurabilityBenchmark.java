package org.factdesk.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.factdesk.e2e.Browsers;
import org.factdesk.e2e.pages.ArticleListPage;
import org.factdesk.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash test (issue 10): a verdict the reader shows as saved must survive {@code kill -9} of the JVM.
 * Each trial starts the packaged jar on a fresh data directory, lets a lead mark sentences of a seed
 * article quickly with the keyboard in Chromium, kills the JVM with SIGKILL at a random moment after
 * 100–160 confirmed marks, restarts the jar on the same directory and compares what the reader shows
 * and what verdict_history holds with what the browser had seen confirmed. Mode "before" runs with
 * H2's old 500 ms write delay (losses expected, printed, not failed on); mode "after" with the app's
 * default configuration, where any loss fails the benchmark. Prints keypress → saved latency of both.
 * <p>
 * Run: {@code ./mvnw -Pbench verify -Dit.test=CrashDurabilityBenchmark} (package builds the jar first).
 * {@code -Dbench.seed=N} repeats a run, {@code -Dbench.trials=N} / {@code -Dbench.before-trials=N}
 * change the 5 / 2 trials.
 */
class CrashDurabilityBenchmark {

    /**
     * Database URL of mode "after": null = no override, the app's default configuration, which must
     * be durable (H2 file URLs get WRITE_DELAY=0 unless they set it). {@code -Dbench.after-url=…}
     * ({@code {dir}} = the trial's data directory) tries another URL without editing this.
     */
    static final String AFTER_DATASOURCE_URL = null;
    /** Mode "before": the write delay H2 uses by default, committed transactions wait up to 500 ms in memory. */
    static final String BEFORE_DATASOURCE_URL = "jdbc:h2:file:{dir}/factdesk;WRITE_DELAY=500";

    static final Path JAR = Path.of("target", "factdesk.jar");
    static final Path WORK = Path.of("target", "crash-bench");
    /** A seed article of 44 sentences: each gets three or four marks per trial, so the marks wrap around. */
    static final String SEED_TITLE = "Die technologische Landschaft";
    static final int MIN_CONFIRMED = 100;
    static final int MAX_CONFIRMED = 160;
    /** A mark (j, then p or n) every 60–140 ms: a fast editor, several marks inside a 500 ms write delay. */
    static final int PACE_MIN_MS = 60;
    static final int PACE_MAX_MS = 140;
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** SQLSTATE of H2's "wrong user name or password". */
    static final String WRONG_USER_OR_PASSWORD = "28000";

    /**
     * Records every p/n keypress in the reader before the element handles it (capture phase on
     * window): the focused sentence, the verdict, the time; and when that sentence's data-pending
     * flag is cleared, whether the server confirmed this verdict (saved) or something else.
     */
    private static final String RECORDER = """
            () => {
              const bench = window.__crashBench = {marks: [], confirmed: 0};
              const verdicts = {p: 'promotional', n: 'no-claim'};
              const now = () => performance.timeOrigin + performance.now();
              window.addEventListener('keydown', (event) => {
                const verdict = verdicts[event.key];
                const sentence = document.querySelector('fd-article-text .fd-focus');
                if (!verdict || !sentence) return;
                const mark = {ordinal: Number(sentence.dataset.ordinal), verdict, pressed: now(),
                              confirmed: -1, rejected: false};
                bench.marks.push(mark);
                const observer = new MutationObserver(() => {
                  if (sentence.dataset.pending) return;
                  observer.disconnect();
                  if (sentence.dataset.verdict === verdict) {
                    mark.confirmed = now();
                    bench.confirmed++;
                  } else {
                    mark.rejected = true;
                  }
                });
                observer.observe(sentence, {attributes: true, attributeFilter: ['data-pending']});
              }, true);
            }""";

    private static final String SENTENCES = """
            () => [...document.querySelectorAll('fd-article-text [data-ordinal]')]
                .map((s) => [Number(s.dataset.ordinal), s.dataset.verdict || ''])""";

    enum Mode { BEFORE, AFTER }

    record Mark(int ordinal, String verdict, double pressed, double confirmed, boolean rejected) {
        boolean isConfirmed() {
            return confirmed >= 0;
        }

        boolean inFlight() {
            return !isConfirmed() && !rejected;
        }
    }

    record TrialResult(Mode mode, int trial, long seed, int target, int confirmed, int inFlight, int rejected,
                       int found, int lost, int unexpected, int historyExpected, int historyFound,
                       List<Double> latenciesMs, List<String> lostDetails) {
    }

    @Test
    void confirmed_verdicts_survive_kill_9() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " missing: run through ./mvnw -Pbench verify (package builds it)");
        Files.createDirectories(WORK);
        long masterSeed = Long.getLong("bench.seed", System.nanoTime());
        int afterTrials = Integer.getInteger("bench.trials", 5);
        int beforeTrials = Integer.getInteger("bench.before-trials", 2);
        String afterUrl = System.getProperty("bench.after-url", AFTER_DATASOURCE_URL);
        System.out.printf("BENCH crash durability: seed %d (-Dbench.seed=%d repeats), %d trials before, %d after; "
                        + "after = %s%n", masterSeed, masterSeed, beforeTrials, afterTrials,
                afterUrl == null ? "the default database configuration" : afterUrl);

        // Before-trials spread among the after-trials, so both modes see the same machine load.
        List<Mode> order = new ArrayList<>();
        for (int i = 0; i < afterTrials; i++) {
            order.add(Mode.AFTER);
        }
        for (int i = 0; i < beforeTrials; i++) {
            order.add(beforeTrials == 1 ? 0 : i * order.size() / beforeTrials + i, Mode.BEFORE);
        }
        Random master = new Random(masterSeed);
        List<TrialResult> results = new ArrayList<>();
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Browsers.launchChromium(playwright);
            Map<Mode, Integer> counts = new HashMap<>();
            for (Mode mode : order) {
                int trial = counts.merge(mode, 1, Integer::sum);
                String url = mode == Mode.BEFORE ? BEFORE_DATASOURCE_URL : afterUrl;
                TrialResult result = runTrial(browser, mode, trial, master.nextLong(), url);
                results.add(result);
                System.out.printf("BENCH trial %s #%d: confirmed %d, in flight %d, lost %d%s%n", mode, trial,
                        result.confirmed(), result.inFlight(), result.lost(),
                        result.lostDetails().isEmpty() ? "" : " — " + String.join("; ", result.lostDetails()));
            }
        }
        printTable(results);

        List<String> failures = new ArrayList<>();
        for (TrialResult r : results) {
            String trial = r.mode().name().toLowerCase() + " trial " + r.trial() + ": ";
            if (r.confirmed() < MIN_CONFIRMED) {
                failures.add(trial + "only " + r.confirmed() + " confirmed marks");
            }
            if (r.mode() == Mode.AFTER && (r.lost() > 0 || r.unexpected() > 0 || r.historyFound() < r.historyExpected())) {
                failures.add(trial + r.lost() + " confirmed verdicts lost, " + r.unexpected() + " unexpected, history "
                        + r.historyFound() + " of " + r.historyExpected() + ": " + r.lostDetails());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private TrialResult runTrial(Browser browser, Mode mode, int trial, long seed, String urlTemplate)
            throws Exception {
        Random random = new Random(seed);
        int target = MIN_CONFIRMED + random.nextInt(MAX_CONFIRMED - MIN_CONFIRMED + 1);
        String name = mode.name().toLowerCase() + "-" + trial;
        Path dataDir = Files.createTempDirectory(WORK, "data-" + name + "-").toAbsolutePath();
        String url = urlTemplate == null ? null : urlTemplate.replace("{dir}", dataDir.toString());

        // Where a trial's time goes, printed with it: the run must stay short on a busy 2-core machine.
        List<String> phases = new ArrayList<>();
        long[] clock = {System.nanoTime()};
        Consumer<String> phase = label -> {
            long now = System.nanoTime();
            phases.add(String.format("%s %.1f s", label, (now - clock[0]) / 1e9));
            clock[0] = now;
        };

        // 1. Mark until the target is confirmed, then SIGKILL at a random moment within the next marks.
        App app = App.start(dataDir, url, WORK.resolve(name + "-run.log"));
        phase.accept("start");
        List<Mark> marks;
        List<String[]> initial;
        long articleId;
        AtomicLong killedAt = new AtomicLong();
        try (BrowserContext context = BenchSupport.context(browser, app.port())) {
            Page page = context.newPage();
            new LoginPage(page).signInAs("lead", "lead");
            new ArticleListPage(page).open(SEED_TITLE);
            articleId = Long.parseLong(page.url().replaceAll(".*/article/(\\d+).*", "$1"));
            initial = sentences(page);
            page.evaluate(RECORDER);
            phase.accept("sign-in");
            marks = markUntilKilled(page, app, random, target, initial, killedAt);
        } finally {
            app.kill();
        }
        phase.accept("marking");

        // 2. Restart on the same directory; what does the reader show, what is in the history?
        App restarted = App.start(dataDir, url, WORK.resolve(name + "-restart.log"));
        phase.accept("restart");
        Map<Integer, String> shown = new HashMap<>();
        try (BrowserContext context = BenchSupport.context(browser, restarted.port())) {
            Page page = context.newPage();
            new LoginPage(page).signInAs("lead", "lead");
            page.navigate("article/" + articleId);
            page.locator("fd-article-text[data-state='ready']").waitFor();
            for (String[] sentence : sentences(page)) {
                shown.put(Integer.parseInt(sentence[0]), sentence[1]);
            }
        } finally {
            restarted.stop();
        }
        Map<Integer, List<String>> history = history(dataDir, articleId);
        phase.accept("check");
        System.out.printf("BENCH %s trial %d (article %d, %d sentences) took %s%n", mode.name().toLowerCase(), trial,
                articleId, initial.size(), String.join(", ", phases));

        TrialResult result = compare(mode, trial, seed, target, initial, marks, shown, history, killedAt.get());
        if (mode == Mode.BEFORE || (result.lost() == 0 && result.unexpected() == 0
                && result.historyFound() == result.historyExpected())) {
            deleteTree(dataDir);
        } else {
            System.out.println("BENCH kept the data directory of the failed trial: " + dataDir);
        }
        return result;
    }

    /**
     * Presses j (at the last sentence: clicks the first) and then p or n, whichever differs from what
     * the sentence shows, so every mark is a real change; one mark per paced slot.
     */
    @SuppressWarnings("unchecked")
    private List<Mark> markUntilKilled(Page page, App app, Random random, int target, List<String[]> initial,
                                       AtomicLong killedAt) throws InterruptedException {
        int count = initial.size();
        String[] verdicts = initial.stream().map(s -> s[1]).toArray(String[]::new);
        int focus = -1;
        int pressed = 0;
        long killDelayMs = random.nextInt(PACE_MAX_MS * 3);
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try {
            boolean scheduled = false;
            while (killedAt.get() == 0) {
                long slotEnd = System.nanoTime()
                        + TimeUnit.MILLISECONDS.toNanos(PACE_MIN_MS + random.nextInt(PACE_MAX_MS - PACE_MIN_MS + 1));
                if (focus == count - 1) {
                    page.locator("fd-article-text .fd-sentence").first().click();
                    focus = 0;
                } else {
                    page.keyboard().press("j");
                    focus++;
                }
                String verdict = switch (verdicts[focus]) {
                    case "promotional" -> "no-claim";
                    case "no-claim" -> "promotional";
                    default -> pressed % 2 == 0 ? "promotional" : "no-claim";
                };
                page.keyboard().press(verdict.equals("promotional") ? "p" : "n");
                verdicts[focus] = verdict;
                pressed++;
                int confirmed = ((Number) page.evaluate("() => window.__crashBench.confirmed")).intValue();
                if (!scheduled && confirmed >= target) {
                    scheduled = true;
                    killer.schedule(() -> {
                        killedAt.set(System.currentTimeMillis());
                        app.kill();
                    }, killDelayMs, TimeUnit.MILLISECONDS);
                }
                if (pressed > 4 * MAX_CONFIRMED) {
                    fail("only " + confirmed + " of " + pressed + " marks confirmed; see " + app.log());
                }
                long rest = slotEnd - System.nanoTime();
                if (rest > 0) {
                    TimeUnit.NANOSECONDS.sleep(rest);
                }
            }
        } finally {
            killer.shutdown();
            killer.awaitTermination(10, TimeUnit.SECONDS);
        }
        // Answers the server sent before it died may still be on their way through the browser.
        page.waitForTimeout(500);
        var raw = (List<Map<String, Object>>) page.evaluate("() => window.__crashBench.marks");
        return raw.stream().map(m -> new Mark(((Number) m.get("ordinal")).intValue(), (String) m.get("verdict"),
                ((Number) m.get("pressed")).doubleValue(), ((Number) m.get("confirmed")).doubleValue(),
                (Boolean) m.get("rejected"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String[]> sentences(Page page) {
        var raw = (List<List<Object>>) page.evaluate(SENTENCES);
        return raw.stream().map(s -> new String[]{String.valueOf(((Number) s.get(0)).intValue()), (String) s.get(1)})
                .toList();
    }

    /**
     * A confirmed mark is found when its history row is there (the n-th accepted mark of a sentence
     * is its n-th history version) and, for the last confirmed mark of a sentence, the reader shows
     * its verdict or that of a later mark still in flight at the kill. Otherwise it is lost.
     */
    private static TrialResult compare(Mode mode, int trial, long seed, int target, List<String[]> initial,
                                       List<Mark> marks, Map<Integer, String> shown,
                                       Map<Integer, List<String>> history, long killedAt) {
        Map<Integer, List<Mark>> bySentence = new HashMap<>();
        for (Mark mark : marks) {
            bySentence.computeIfAbsent(mark.ordinal(), o -> new ArrayList<>()).add(mark);
        }
        int confirmed = 0;
        int inFlight = 0;
        int rejected = 0;
        int lost = 0;
        int unexpected = 0;
        int historyFound = 0;
        List<Double> latencies = new ArrayList<>();
        List<String> lostDetails = new ArrayList<>();
        for (String[] sentence : initial) {
            int ordinal = Integer.parseInt(sentence[0]);
            List<Mark> own = bySentence.getOrDefault(ordinal, List.of()).stream().filter(m -> !m.rejected()).toList();
            rejected += (int) bySentence.getOrDefault(ordinal, List.of()).stream().filter(Mark::rejected).count();
            List<String> rows = history.getOrDefault(ordinal, List.of());
            String now = shown.getOrDefault(ordinal, "?");
            int lastConfirmed = -1;
            for (int i = 0; i < own.size(); i++) {
                if (own.get(i).isConfirmed()) {
                    lastConfirmed = i;
                }
            }
            Set<String> allowed = new LinkedHashSet<>();
            allowed.add(lastConfirmed < 0 ? sentence[1] : own.get(lastConfirmed).verdict());
            for (int i = lastConfirmed + 1; i < own.size(); i++) {
                allowed.add(own.get(i).verdict());
            }
            for (int i = 0; i < own.size(); i++) {
                Mark mark = own.get(i);
                if (mark.inFlight()) {
                    inFlight++;
                    continue;
                }
                confirmed++;
                latencies.add(mark.confirmed() - mark.pressed());
                boolean inHistory = i < rows.size() && rows.get(i).equals(mark.verdict());
                historyFound += inHistory ? 1 : 0;
                boolean onScreen = i != lastConfirmed || allowed.contains(now);
                if (!inHistory || !onScreen) {
                    lost++;
                    lostDetails.add(String.format("sentence %d %s confirmed %.0f ms before the kill (reader shows '%s', history %s)",
                            ordinal, mark.verdict(), killedAt - mark.confirmed(), now, rows));
                }
            }
            if (lastConfirmed < 0 && !allowed.contains(now)) {
                unexpected++;
                lostDetails.add("sentence " + ordinal + " shows '" + now + "', never confirmed");
            }
        }
        return new TrialResult(mode, trial, seed, target, confirmed, inFlight, rejected, confirmed - lost, lost,
                unexpected, confirmed, historyFound, latencies, lostDetails);
    }

    /** verdict_history of the article per sentence ordinal, in version order, as DOM values (no-claim). */
    private static Map<Integer, List<String>> history(Path dataDir, long articleId) throws IOException, SQLException {
        Map<Integer, List<String>> rows = new HashMap<>();
        try (var connection = openDatabase(dataDir);
             var statement = connection.prepareStatement("""
                     select s.ordinal, h.to_verdict from verdict_history h join sentence s on s.id = h.sentence_id
                     where h.article_id = ? order by s.ordinal, h.version""")) {
            statement.setLong(1, articleId);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    String verdict = result.getString(2);
                    rows.computeIfAbsent(result.getInt(1), o -> new ArrayList<>())
                            .add(verdict == null ? "" : verdict.toLowerCase().replace('_', '-'));
                }
            }
        }
        return rows;
    }

    /**
     * The stopped app's H2 file as user sa: with the password the app generated into
     * database.password, else (no file, or a URL override the generated password does not cover) empty.
     */
    private static Connection openDatabase(Path dataDir) throws IOException, SQLException {
        String url = "jdbc:h2:file:" + dataDir + "/factdesk;IFEXISTS=TRUE";
        Path passwordFile = dataDir.resolve("database.password");
        if (Files.exists(passwordFile)) {
            try {
                return DriverManager.getConnection(url, "sa", Files.readAllLines(passwordFile).getFirst().strip());
            } catch (SQLException e) {
                if (!WRONG_USER_OR_PASSWORD.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        return DriverManager.getConnection(url, "sa", "");
    }

    private static void printTable(List<TrialResult> results) {
        System.out.println("BENCH crash durability (kill -9 during fast marking, restart on the same data directory):");
        System.out.printf("BENCH %-6s %5s %20s %9s %9s %6s %5s %11s%n",
                "mode", "trial", "seed", "confirmed", "in-flight", "found", "lost", "history e/f");
        for (TrialResult r : results) {
            System.out.printf("BENCH %-6s %5d %20d %9d %9d %6d %5d %11s%s%n", r.mode().name().toLowerCase(),
                    r.trial(), r.seed(), r.confirmed(), r.inFlight(), r.found(), r.lost(),
                    r.historyExpected() + "/" + r.historyFound(),
                    r.unexpected() + r.rejected() == 0 ? ""
                            : "  (" + r.unexpected() + " unexpected, " + r.rejected() + " refused)");
        }
        System.out.println("BENCH found / lost: confirmed marks whose verdict the restarted reader shows (or a later"
                + " in-flight one) and whose history row is there / is not; history e/f: rows expected / found");
        for (Mode mode : Mode.values()) {
            double[] latencies = results.stream().filter(r -> r.mode() == mode)
                    .flatMap(r -> r.latenciesMs().stream()).mapToDouble(Double::doubleValue).toArray();
            if (latencies.length > 0) {
                System.out.printf("BENCH keypress → saved, %s (%d confirmed marks): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        mode.name().toLowerCase(), latencies.length, BenchSupport.percentile(latencies, 50),
                        BenchSupport.percentile(latencies, 95), BenchSupport.percentile(latencies, 100));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The packaged jar as a child process of the same JDK, its output in a log file. */
    record App(Process process, int port, Path log) {

        static App start(Path dataDir, String datasourceUrl, Path log) throws IOException, InterruptedException {
            String java = ProcessHandle.current().info().command().orElseThrow();
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            // Only what the trial sets: an inherited database configuration would change the mode.
            env.keySet().removeIf(key -> key.startsWith("SPRING_DATASOURCE_"));
            env.put("FACTDESK_DATA_DIR", dataDir.toString());
            env.put("PORT", Integer.toString(port));
            env.put("FACTDESK_REPORTS_WARMUP", "false");
            if (datasourceUrl != null) {
                env.put("SPRING_DATASOURCE_URL", datasourceUrl);
            }
            App app = new App(builder.start(), port, log);
            app.awaitLogin();
            return app;
        }

        private void awaitLogin() throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .timeout(Duration.ofSeconds(10)).build();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the app exited with " + process.exitValue() + " while starting; see " + log);
                }
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            kill();
            fail("the app did not answer /login within " + START_TIMEOUT + "; see " + log);
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed. */
        void kill() {
            process.destroyForcibly();
            await();
        }

        /** SIGTERM: Spring and H2 shut down and close the database file. */
        void stop() {
            process.destroy();
            await();
        }

        private void await() {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
