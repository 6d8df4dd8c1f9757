package org.factdesk.review;

import com.zaxxer.hikari.HikariDataSource;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.bench.BenchSupport;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportResult;
import org.factdesk.importing.ImportService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.SignedInAs;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.testing.PostgresTestDatabases;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "a load test with real sessions": N concurrent editors (default 200) on one running app
 * for a while (default 5 minutes), at a person's pace (one mark every 2–5 s). Some of them (default
 * 20) are real Chromium sessions, each signed in as its own editor and marking sentences of its own
 * article with the keyboard ({@link LoadBrowsers}: keypress → confirmed saved measured in the page);
 * the rest are simulated at the service level ({@link LoadSimulatedEditor}: own threads, own users,
 * the review service the reader calls), each on its own article, plus pairs of editors on shared
 * articles whose conflicts are resolved as the reader resolves them. Setup goes through the services:
 * users, the seed articles imported again under new titles with a changed last line, assignments.
 * <p>
 * Prints keypress → saved p50/p95/p99 (browsers), the server time of every mark, UIDL request times,
 * errors, conflicts, lost updates (every acknowledged mark against the database), live heap per Vaadin
 * session and per editor, process CPU, marks per second. Nothing is asserted about time; the test
 * fails on errors or lost updates. {@code -Dload.ramp=true} instead raises the editors step by step
 * until the browsers' p95 crosses the limit (default 50 ms), a line per step.
 * <p>
 * On H2 (a file database in target/, durable commits as the app runs it) unless
 * {@code FACTDESK_TEST_POSTGRES_URL} names a PostgreSQL server (see {@link PostgresTestDatabases}).
 * Run: {@code ./mvnw -Pbench verify -Dit.test=ReviewLoadBenchmark [-Dload.duration=PT30S ...]}; the
 * properties are in {@link Settings}. ADR 40 says why the editors are simulated this way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "factdesk.reports.warm-up=false"})
@ActiveProfiles("test")
@Import(LoadProbes.class)
class ReviewLoadBenchmark {

    static final String PASSWORD = "load-test-password";
    /** How long a browser mark may still take after a phase: longer than the reader's 10 s before it gives up. */
    static final Duration SETTLE = Duration.ofSeconds(15);
    static final Path H2_DIRECTORY = Path.of("target", "load-benchmark", UUID.randomUUID().toString());

    /**
     * The knobs, all system properties ({@code -Dload.…} on Maven's command line), durations ISO-8601.
     *
     * @param editors      load.editors: concurrent editors in all (200)
     * @param browsers     load.browsers: of them real Chromium sessions (20)
     * @param pairs        load.pairs: pairs of simulated editors sharing an article (20, i.e. 40 editors)
     * @param contested    load.contested: sentences of a shared article both of a pair mark (6)
     * @param duration     load.duration: the measured run (PT5M)
     * @param warmup       load.warmup: load before it, not in the figures (PT20S)
     * @param thinkMin     load.think-min: shortest time between an editor's marks (PT2S)
     * @param thinkMax     load.think-max: longest (PT5S)
     * @param ramp         load.ramp: raise the editors step by step instead (false)
     * @param rampSteps    load.ramp-steps: editors in all per step (50,100,200,400,800,1600,3200)
     * @param stepDuration load.step-duration: each step's measured time (PT1M)
     * @param p95LimitMs   load.p95-limit-ms: browser keypress → saved p95 that ends the ramp (50)
     */
    record Settings(int editors, int browsers, int pairs, int contested, Duration duration, Duration warmup,
                    Duration thinkMin, Duration thinkMax, boolean ramp, List<Integer> rampSteps,
                    Duration stepDuration, double p95LimitMs) {

        static Settings fromSystemProperties() {
            Settings settings = new Settings(
                    Integer.getInteger("load.editors", 200),
                    Integer.getInteger("load.browsers", 20),
                    Integer.getInteger("load.pairs", 20),
                    Integer.getInteger("load.contested", 6),
                    Duration.parse(System.getProperty("load.duration", "PT5M")),
                    Duration.parse(System.getProperty("load.warmup", "PT20S")),
                    Duration.parse(System.getProperty("load.think-min", "PT2S")),
                    Duration.parse(System.getProperty("load.think-max", "PT5S")),
                    Boolean.getBoolean("load.ramp"),
                    Arrays.stream(System.getProperty("load.ramp-steps", "50,100,200,400,800,1600,3200").split(","))
                            .map(String::strip).map(Integer::valueOf).toList(),
                    Duration.parse(System.getProperty("load.step-duration", "PT1M")),
                    Double.parseDouble(System.getProperty("load.p95-limit-ms", "50")));
            if (settings.browsers < 0 || settings.pairs < 0 || settings.contested < 1
                    || settings.editors < settings.browsers + 2 * settings.pairs) {
                throw new IllegalArgumentException("load.editors must hold load.browsers + 2 × load.pairs: " + settings);
            }
            if (settings.thinkMax.compareTo(settings.thinkMin) < 0 || settings.thinkMin.isNegative()) {
                throw new IllegalArgumentException("load.think-min ≤ load.think-max: " + settings);
            }
            if (settings.ramp && settings.browsers == 0) {
                throw new IllegalArgumentException("the ramp measures the browsers' p95: load.browsers ≥ 1");
            }
            return settings;
        }

        /** The editors of a ramp step of {@code total}: the browsers, pairs in the configured share, the rest own. */
        int[] split(int total) {
            int pairsAt = (int) Math.min(Math.round((double) pairs * total / editors), Math.max(0, (total - browsers) / 2));
            return new int[] {browsers, total - browsers - 2 * pairsAt, pairsAt};
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (!PostgresTestDatabases.active()) {
            try {
                Files.createDirectories(H2_DIRECTORY);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // The embedded database as a node runs it: a file, commits written through (not the tests' in-memory one).
            registry.add("factdesk.data-dir", () -> H2_DIRECTORY.toAbsolutePath().toString());
            // -Dload.h2-options=";QUERY_CACHE_SIZE=8" compares a setting against the app's defaults.
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + H2_DIRECTORY.toAbsolutePath().resolve("factdesk")
                    + System.getProperty("load.h2-options", ""));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ReviewService reviewService;
    @Autowired
    ImportService importService;
    @Autowired
    ArticleService articleService;
    @Autowired
    UserService userService;
    @Autowired
    AssignmentService assignmentService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.factdesk.assist.AssistService assist;
    @Autowired
    DataSource dataSource;

    private final LoadLedger ledger = new LoadLedger();
    private final List<String> errorSamples = new CopyOnWriteArrayList<>();
    private final List<LoadPhase> phases = new CopyOnWriteArrayList<>();
    private final List<LoadSimulatedEditor> simulated = new ArrayList<>();
    private final List<Thread> simulatedThreads = new ArrayList<>();
    private final List<Long> articleIds = new ArrayList<>();
    private List<String> seeds;
    private int created;

    @Test
    void editors_on_one_node() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        // Vaadin as a node runs it: the test class path has vaadin-dev, which alone would start development mode,
        // whose component tracker keeps two stack traces per component (~2 MB per reader session, ADR 40). The
        // pom sets vaadin.productionMode for every IT and benchmark (-Dtest.vaadin-production-mode=false: development mode).
        boolean production = Boolean.parseBoolean(System.getProperty("vaadin.productionMode", "false"));
        assertThat(!production || getClass().getResource("/META-INF/VAADIN/webapp/index.html") != null)
                .as("production mode needs the frontend bundle in target/classes: build once without -Dvaadin.skip")
                .isTrue();
        seeds = seedTexts();
        printContext(settings);
        Thread watchdog = watchdog(settings);
        Thread cpuSampler = cpuSampler();
        LoadBrowsers browsers = null;
        try {
            int[] first = settings.ramp ? settings.split(settings.rampSteps.getFirst()) : settings.split(settings.editors);
            // --- setup: not timed, outside every phase --------------------------------------------------
            long setupStart = System.nanoTime();
            List<LoadBrowsers.Seat> seats = new ArrayList<>();
            List<FactDeskUser> browserUsers = createUsers("load-browser-", settings.browsers, AppRoles.EDITOR);
            for (FactDeskUser user : browserUsers) {
                seats.add(new LoadBrowsers.Seat(user.getUsername(), PASSWORD, ownArticle(user)));
            }
            addSimulated(settings, first[1], first[2]);
            // The look-up indexes are built after each import commits (ADR 20): part of the setup, not of the load.
            assist.awaitLookUpIndexing(Duration.ofMinutes(10));
            System.out.printf("BENCH load setup: %d users, %d articles imported and assigned, look-up indexes built, in %.1f s%n",
                    created, articleIds.size(), (System.nanoTime() - setupStart) / 1e9);
            long heapBefore = BenchSupport.liveHeapAfterGc();
            LoadProbes.SessionCount sessionsBefore = LoadProbes.sessionCount();

            // The first session pays for what every later one shares (classes, caches, compiled templates):
            // the heap per session is what the others add.
            long openStart = System.nanoTime();
            browsers = new LoadBrowsers("http://127.0.0.1:" + port + "/", ledger, this::phaseAt);
            browsers.open(seats.subList(0, Math.min(1, seats.size())));
            long heapWithFirst = BenchSupport.liveHeapAfterGc();
            heapSnapshot("1-session");
            browsers.open(seats.subList(Math.min(1, seats.size()), seats.size()));
            long heapWithReaders = BenchSupport.liveHeapAfterGc();
            heapSnapshot(browsers.size() + "-sessions");
            LoadProbes.SessionCount sessionsWithReaders = LoadProbes.sessionCount();
            System.out.printf("BENCH browsers: %d Chromium contexts signed in and on their readers in %.1f s%n",
                    browsers.size(), (System.nanoTime() - openStart) / 1e9);
            System.out.printf("BENCH live heap per browser session (signed in, reader open; after GC): %s"
                            + " (the first one %.0f KB; live heap %.1f MB before the browsers, %.1f MB with them;"
                            + " Vaadin sessions %d → %d, UIs %d → %d; Vaadin %s mode; includes the Playwright client's"
                            + " objects per context and each browser's open Tomcat connections, ADR 40)%n",
                    browsers.size() < 2 ? "n/a with one browser"
                            : "%.0f KB".formatted((heapWithReaders - heapWithFirst) / 1024.0 / (browsers.size() - 1)),
                    (heapWithFirst - heapBefore) / 1024.0, mb(heapBefore), mb(heapWithReaders),
                    sessionsBefore.sessions(), sessionsWithReaders.sessions(), sessionsBefore.uis(), sessionsWithReaders.uis(),
                    Boolean.TRUE.equals(LoadProbes.productionMode) ? "production" : "DEVELOPMENT");

            simulated.forEach(editor -> simulatedThreads.add(editor.start()));
            if (!settings.warmup.isZero()) {
                LoadPhase warmup = new LoadPhase("warm-up", settings.browsers, first[1], first[2]);
                run(warmup, browsers, settings.warmup, settings);
                printPhase(warmup);
            }
            if (settings.ramp) {
                ramp(settings, browsers);
            } else {
                LoadPhase measured = new LoadPhase("run", settings.browsers, first[1], first[2]);
                run(measured, browsers, settings.duration, settings);
                printPhase(measured);
            }

            // --- the end: stop, settle, measure what stays -------------------------------------------------
            stopSimulated();
            browsers.settle(SETTLE);
            long heapAtEnd = BenchSupport.liveHeapAfterGc();
            LoadProbes.SessionCount sessionsAtEnd = LoadProbes.sessionCount();
            int editors = browsers.size() + simulated.size();
            System.out.printf("BENCH live heap at the end (after GC): %.1f MB, %.0f KB per editor over the setup's"
                            + " (%d editors; only the %d browsers hold a Vaadin session: %d sessions, %d UIs)%n",
                    mb(heapAtEnd), (heapAtEnd - heapBefore) / 1024.0 / Math.max(1, editors), editors, browsers.size(),
                    sessionsAtEnd.sessions(), sessionsAtEnd.uis());
            browsers.errorSamples.stream().limit(10).forEach(s -> System.out.println("BENCH browser error sample: " + s));
            errorSamples.stream().limit(10).forEach(s -> System.out.println("BENCH simulated error sample: " + s));

            // --- correctness --------------------------------------------------------------------------
            LoadLedger.Outcome outcome = ledger.compareWith(jdbc, articleIds);
            System.out.printf("BENCH acknowledged sentence changes: %d (%d sentences); verdict_history rows: %d%n",
                    outcome.acknowledged(), outcome.sentencesChanged(), outcome.historyRows());
            System.out.println("BENCH lost updates: " + (outcome.lost() + outcome.duplicateVersions()));
            outcome.samples().forEach(s -> System.out.println("BENCH ledger sample: " + s));
            long errors = phases.stream().mapToLong(p -> p.errors.sum()).sum() + browsers.errorsOutsidePhases
                    + simulated.stream().mapToLong(e -> e.errorsOutsidePhases).sum();
            List<String> problems = new ArrayList<>(outcome.problems());
            if (errors > 0) {
                problems.add(errors + " errors (see the samples)");
            }
            if (simulatedThreads.stream().anyMatch(Thread::isAlive)) {
                problems.add("simulated editors still running after the end");
            }
            LoadPhase last = phases.isEmpty() ? new LoadPhase("no phase ran", 0, 0, 0) : phases.getLast();
            System.out.printf("BENCH summary (%s, %s, %d editors: %d Chromium + %d simulated at the service level): keypress → saved"
                            + " p50/p95/p99 %.1f/%.1f/%.1f ms; server mark p50/p95/p99 %.1f/%.1f/%.1f ms; %.1f marks/s; errors %d;"
                            + " lost updates %d; live heap per browser session %s; process CPU %.2f cores%n",
                    last.name, database(), last.editors(), last.browsers, last.editors() - last.browsers,
                    last.keyToSaved.millis(50), last.keyToSaved.millis(95), last.keyToSaved.millis(99),
                    last.serverAll.millis(50), last.serverAll.millis(95), last.serverAll.millis(99),
                    last.saved() / last.seconds(), errors, outcome.lost() + outcome.duplicateVersions(),
                    browsers.size() < 2 ? "n/a" : "%.0f KB".formatted((heapWithReaders - heapWithFirst) / 1024.0 / (browsers.size() - 1)),
                    last.processCores());
            System.out.println("BENCH load correctness: " + (problems.isEmpty() ? "OK" : "FAILED: " + String.join("; ", problems)));
            assertThat(problems).as("correctness problems").isEmpty();
        } finally {
            stopSimulated();
            if (browsers != null) {
                browsers.close();
            }
            cpuSampler.interrupt();
            watchdog.interrupt();
        }
    }

    /**
     * With {@code -Dload.heap-dumps=DIR}: a class histogram ({@code NAME.histo.txt}) and, with
     * {@code -Dload.heap-dumps.hprof=true}, a live heap dump ({@code NAME.hprof}) into DIR, to attribute the heap
     * per session (diff two histograms; open the dumps with a heap analyser).
     */
    private static void heapSnapshot(String name) throws IOException {
        String directory = System.getProperty("load.heap-dumps");
        if (directory == null || directory.isBlank()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(directory));
        Files.writeString(dir.resolve(name + ".histo.txt"), BenchSupport.classHistogram());
        if (Boolean.getBoolean("load.heap-dumps.hprof")) {
            BenchSupport.dumpHeap(dir.resolve(name + ".hprof"));
        }
        System.out.println("BENCH heap snapshot " + name + " written to " + dir.toAbsolutePath());
    }

    /** One phase: the simulated editors run on their own, this thread drives the browsers. */
    private void run(LoadPhase phase, LoadBrowsers browsers, Duration length, Settings settings) {
        phases.add(phase);
        LoadPhase.begin(phase);
        browsers.drive(System.nanoTime() + length.toNanos(), settings.thinkMin, settings.thinkMax);
        browsers.settle(SETTLE); // the phase's last browser marks are in its figures
        LoadPhase.end(phase);
    }

    /** Steps of more simulated editors until the browsers' p95 crosses the limit (or the steps run out). */
    private void ramp(Settings settings, LoadBrowsers browsers) {
        Integer held = null, crossed = null;
        int ownNow = simulated.stream().filter(e -> e.name.startsWith("own")).toList().size();
        int pairsNow = (simulated.size() - ownNow) / 2;
        for (int total : settings.rampSteps) {
            int[] split = settings.split(total);
            if (total < settings.browsers) {
                System.out.println("BENCH ramp: step " + total + " is below the " + settings.browsers + " browsers, skipped");
                continue;
            }
            long setupStart = System.nanoTime();
            int addOwn = Math.max(0, split[1] - ownNow), addPairs = Math.max(0, split[2] - pairsNow);
            int before = simulated.size();
            addSimulated(settings, addOwn, addPairs);
            assist.awaitLookUpIndexing(Duration.ofMinutes(10));
            ownNow += addOwn;
            pairsNow += addPairs;
            simulated.subList(before, simulated.size()).forEach(editor -> simulatedThreads.add(editor.start()));
            double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
            LoadPhase step = new LoadPhase("step " + total, settings.browsers, ownNow, pairsNow);
            run(step, browsers, settings.stepDuration, settings);
            System.out.printf("BENCH ramp step %d editors (%d browsers + %d simulated own + %d pairs; setup %.0f s): browser p50 %.1f ms, p95 %.1f ms,"
                            + " p99 %.1f ms (%d marks); server mark p95 %.1f ms (%d); UIDL p95 %.1f ms; %.1f marks/s; process CPU %.2f cores, machine %.0f %%; conflicts %d; errors %d%n",
                    step.editors(), step.browsers, step.simulatedOwn, step.pairs, setupSeconds, step.keyToSaved.millis(50),
                    step.keyToSaved.millis(95), step.keyToSaved.millis(99), step.keyToSaved.size(), step.serverAll.millis(95),
                    step.serverAll.size(), step.uidl.millis(95), step.saved() / step.seconds(), step.processCores(), 100 * step.systemCpu(),
                    step.conflicts.sum(), step.errors.sum());
            if (step.keyToSaved.size() > 0 && step.keyToSaved.millis(95) > settings.p95LimitMs) {
                crossed = step.editors();
                break;
            }
            held = step.editors();
        }
        System.out.println("BENCH ramp result: " + (crossed == null
                ? "browser p95 stayed ≤ " + settings.p95LimitMs + " ms up to the last step, " + held + " editors"
                : "browser p95 crossed " + settings.p95LimitMs + " ms at " + crossed + " editors; the last step under it had "
                        + (held == null ? "none (the first step crossed already)" : held + " editors")));
    }

    private void printPhase(LoadPhase phase) {
        System.out.printf("BENCH %s: %d editors (%d Chromium sessions, %d simulated on own articles, %d simulated pairs on"
                        + " shared articles, service level), %.1f s%n",
                phase.name, phase.editors(), phase.browsers, phase.simulatedOwn, phase.pairs, phase.seconds());
        System.out.println("BENCH " + phase.name + " browser keypress → confirmed saved (in the page): " + phase.keyToSaved.summary());
        System.out.println("BENCH " + phase.name + " browser key → first listener (input delay, part of the above): " + phase.inputDelay.summary());
        System.out.println("BENCH " + phase.name + " browser key → mark's UIDL request started (part of the above): " + phase.keyToRequest.summary());
        System.out.println("BENCH " + phase.name + " browser key → fd-mark dispatched: " + phase.keyToDispatch.summary());
        System.out.println("BENCH " + phase.name + " browser key → XHR/fetch send() called: " + phase.keyToSend.summary());
        System.out.println("BENCH " + phase.name + " browser UIDL request → answer received (network + server): " + phase.requestToAnswer.summary());
        System.out.println("BENCH " + phase.name + " browser answer received → shown saved (client applying it): " + phase.answerToShown.summary());
        System.out.println("BENCH " + phase.name + " server time of ReviewService.mark, all marks: " + phase.serverAll.summary());
        System.out.println("BENCH " + phase.name + " server time of ReviewService.markAndCount (the reader: mark + progress), from browser sessions: " + phase.serverBrowser.summary());
        System.out.println("BENCH " + phase.name + " server time of ReviewService.mark, simulated editors: " + phase.serverSimulated.summary());
        System.out.println("BENCH " + phase.name + " server time of Vaadin UIDL requests (browser sessions): " + phase.uidl.summary());
        System.out.println("BENCH " + phase.name + " CPU time of those UIDL requests' threads: " + phase.uidlCpu.summary());
        System.out.printf("BENCH %s marks saved: %d (%d browser, %d simulated), %.1f marks/s; browser turns skipped (mark still pending): %d%n",
                phase.name, phase.saved(), phase.browserSaved.sum(), phase.simulatedSaved.sum(), phase.saved() / phase.seconds(),
                phase.browserSkippedTurns.sum());
        System.out.printf("BENCH %s conflicts: %d (pairs; %d resolved as already set by the partner, %d saved on a retry,"
                        + " %d given up after %d attempts); errors: %d%n",
                phase.name, phase.conflicts.sum(), phase.conflictsAlreadyThere.sum(), phase.conflictsRetriedAndSaved.sum(),
                phase.conflictsGivenUp.sum(), LoadSimulatedEditor.MAX_ATTEMPTS, phase.errors.sum());
        System.out.printf("BENCH %s CPU: this process (app + simulated editors + Playwright client) %.2f cores of %d"
                        + " (CPU time / wall time); whole machine (Chromium too) %.0f %%%n",
                phase.name, phase.processCores(), Runtime.getRuntime().availableProcessors(), 100 * phase.systemCpu());
    }

    private LoadPhase phaseAt(long epochMillis) {
        for (LoadPhase phase : phases) {
            if (phase.covers(epochMillis)) {
                return phase;
            }
        }
        return null;
    }

    // --- setup -----------------------------------------------------------------------------------------

    /** Simulated editors on own articles and pairs on shared ones: users, articles, assignments, not started. */
    private void addSimulated(Settings settings, int own, int pairs) {
        List<FactDeskUser> owners = createUsers("load-editor-", own, AppRoles.EDITOR);
        for (FactDeskUser user : owners) {
            ArticleId article = ownArticle(user);
            simulated.add(new LoadSimulatedEditor("own-" + user.getUsername(), user, article, sentenceIds(article),
                    false, reviewService, ledger, settings.thinkMin, settings.thinkMax, errorSamples, user.id().value()));
        }
        // One article has one assigned editor: the second of a pair is a team lead, who may review any article.
        List<FactDeskUser> first = createUsers("load-pair-editor-", pairs, AppRoles.EDITOR);
        List<FactDeskUser> second = createUsers("load-pair-lead-", pairs, AppRoles.LEAD);
        for (int p = 0; p < pairs; p++) {
            ArticleId article = ownArticle(first.get(p));
            List<Long> ids = sentenceIds(article);
            List<Long> contested = ids.subList(1, Math.min(ids.size(), 1 + settings.contested)); // past the first line
            for (FactDeskUser user : List.of(first.get(p), second.get(p))) {
                simulated.add(new LoadSimulatedEditor("pair-" + user.getUsername(), user, article, contested, true,
                        reviewService, ledger, settings.thinkMin, settings.thinkMax, errorSamples, user.id().value()));
            }
        }
    }

    /** Accounts created by an admin through the user service, in parallel (password hashing is slow). */
    private List<FactDeskUser> createUsers(String prefix, int count, AppRoles role) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<FactDeskUser>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = prefix + "%04d".formatted(created + i);
                futures.add(pool.submit(() -> {
                    SignedInAs.run(userDetailsService, "admin", () -> userService.create(
                            new NewUser(username, "Last " + username, role, PASSWORD)));
                    return SignedInAs.user(userDetailsService, username);
                }));
            }
            created += count;
            List<FactDeskUser> users = new ArrayList<>();
            for (Future<FactDeskUser> future : futures) {
                users.add(future.get(2, TimeUnit.MINUTES));
            }
            return users;
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the load test's users", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A seed article imported again as a lead would paste it: a title of its own and one more closing line,
     * so the intake does not take it for one already there; then assigned to the user.
     */
    private ArticleId ownArticle(FactDeskUser user) {
        int number = articleIds.size();
        String seed = seeds.get(number % seeds.size());
        String text = seed.strip() + "\nRedaktionsvermerk: Fassung " + (number + 1) + " für den Lasttest, geprüft von "
                + user.getUsername() + ".\n";
        String title = "Lasttest " + (number + 1) + ": " + firstWords(seed, 8);
        ImportResult result = SignedInAs.call(userDetailsService, "lead", () -> importService.importText(text,
                new ImportOptions(new ArticleMetadata(title, null, "Lasttest-Desk", null, null), null)));
        assertThat(result.outcome()).as("import of " + title).isEqualTo(ImportResult.Outcome.IMPORTED);
        ArticleId article = result.articleId();
        SignedInAs.run(userDetailsService, "lead",
                () -> assignmentService.assign(List.of(article), user.id(), null, Priority.NORMAL));
        articleIds.add(article.value());
        return article;
    }

    private static String firstWords(String text, int words) {
        String[] split = text.strip().split("\\s+", words + 1);
        return String.join(" ", Arrays.asList(split).subList(0, Math.min(words, split.length))) + " …";
    }

    private List<Long> sentenceIds(ArticleId id) {
        return SystemAuthentication.runAsSystem(() -> articleService.findText(id).orElseThrow()).blocks().stream()
                .flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    private static List<String> seedTexts() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:seed-articles/*.txt");
        List<String> texts = new ArrayList<>();
        for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
            texts.add(resource.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(texts).as("seed articles").isNotEmpty();
        return texts;
    }

    private void stopSimulated() throws InterruptedException {
        simulated.forEach(LoadSimulatedEditor::stop);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (Thread thread : simulatedThreads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
    }

    // --- context, CPU and the watchdog ---------------------------------------------------------------

    private String database() {
        return PostgresTestDatabases.active() ? "PostgreSQL" : "H2 file";
    }

    private void printContext(Settings settings) {
        Runtime runtime = Runtime.getRuntime();
        String database = dataSource instanceof HikariDataSource h
                ? h.getJdbcUrl().replaceAll("factdesk_test_[0-9a-f]+", "factdesk_test_<id>") + ", Hikari max " + h.getMaximumPoolSize() + " connections"
                : dataSource.getClass().getSimpleName();
        System.out.printf("BENCH machine: %d cores, load average %.1f, heap max %d MB, Java %s, database %s%n",
                runtime.availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                runtime.maxMemory() / 1048576, System.getProperty("java.version"), database);
        System.out.println("BENCH load settings: " + settings + "; seed articles: " + seeds.size());
    }

    /** Samples the machine's CPU use once a second into the running phase. */
    private static Thread cpuSampler() {
        return Thread.ofPlatform().daemon().name("load-cpu-sampler").start(() -> {
            if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
                return;
            }
            while (!Thread.currentThread().isInterrupted()) {
                double load = os.getCpuLoad();
                LoadPhase phase = LoadPhase.current();
                if (phase != null) {
                    phase.sampleSystemCpu(load);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /**
     * No hang, whatever breaks: past a generous budget (setup per editor, the run, settling) the
     * watchdog prints the threads and ends the test JVM, which fails the build.
     */
    private static Thread watchdog(Settings settings) {
        int maxEditors = settings.ramp ? settings.rampSteps.stream().mapToInt(Integer::intValue).max().orElse(0) : settings.editors;
        Duration load = settings.ramp
                ? settings.stepDuration.plus(Duration.ofSeconds(2L * maxEditors)).multipliedBy(settings.rampSteps.size())
                : settings.duration;
        Duration budget = Duration.ofMinutes(10).plus(Duration.ofSeconds(2L * maxEditors)).plus(settings.warmup).plus(load);
        return Thread.ofPlatform().daemon().name("load-watchdog").start(() -> {
            try {
                Thread.sleep(budget.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("BENCH load aborted: still running after its budget of " + budget + "; threads:");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.out.println("  " + thread.getName() + " " + thread.getState());
                Arrays.stream(stack).limit(12).forEach(frame -> System.out.println("      at " + frame));
            });
            Runtime.getRuntime().halt(3);
        });
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
