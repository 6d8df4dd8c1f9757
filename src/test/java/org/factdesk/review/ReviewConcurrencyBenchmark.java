package org.factdesk.review;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.importing.ImportService;
import org.factdesk.security.AppRoles;
import org.factdesk.security.FactDeskUser;
import org.factdesk.security.SystemAuthentication;
import org.factdesk.security.UserId;
import org.factdesk.user.NewUser;
import org.factdesk.user.UserService;
import org.factdesk.assignment.AssignmentService;
import org.factdesk.assignment.Priority;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side load on the review service: 200 simulated editors, each on its own ~50-sentence
 * article, make one change per second (mostly {@code mark} of one sentence or a small range,
 * sometimes {@code save} with a note or evidence), while 20 pairs of editors fight over the same
 * few sentences of a shared article at the same rate. Every thread calls {@link ReviewService}
 * directly, signed in as its own FactDesk user in its own security context.
 * <p>
 * Prints the service latency (p50/p95/p99/max of every call, timed around the call), the calls,
 * accepted changes, conflicts and errors, and how busy the connection pool was. Nothing is
 * asserted about time (the target is p95 &lt; 20 ms); the test does fail when a call errs or an
 * accepted change is lost: per sentence, the accepted changes the clients counted must equal the
 * verdict_history rows and the final version, every (version, verdict) a client was given must be
 * in the history, and the final verdict must be the one of the last accepted change.
 * <p>
 * Run: ./mvnw -Pbench verify -Dit.test=ReviewConcurrencyBenchmark [-Dbench.seconds=60]
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewConcurrencyBenchmark {

    static final int EDITORS = 200;
    static final int PAIRS = 20;
    /** Sentences per generated article: a heading plus 49 body sentences. */
    static final int SENTENCES = 50;
    /** How many sentences of its shared article each pair fights over. */
    static final int CONTESTED = 4;
    static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Calls scheduled in the first seconds are left out of the "steady" latency line (JIT warm-up). */
    static final int WARMUP_SECONDS = 5;
    static final String PASSWORD = "bench-password";

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
    DataSource dataSource;

    /** What the clients were told, per sentence: the versions their accepted changes produced. */
    final Map<Long, Ledger> ledgers = new ConcurrentHashMap<>();
    final List<String> errorSamples = new CopyOnWriteArrayList<>();

    @Test
    void two_hundred_editors_and_twenty_fighting_pairs() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 60);
        printMachineContext();

        // --- setup (not timed) -----------------------------------------------------------------
        long setupStart = System.nanoTime();
        List<FactDeskUser> users = createEditors(EDITORS + 2 * PAIRS);
        double usersSeconds = (System.nanoTime() - setupStart) / 1e9;
        List<ArticleId> own = new ArrayList<>();
        List<List<Long>> ownSentences = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            ArticleId id = SystemAuthentication.runAsSystem(
                    () -> importService.importFile("bench-review-" + own.size() + ".txt", null, (articleText("Prüfbericht", own.size())).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            own.add(id);
            ownSentences.add(sentenceIds(id));
        }
        List<ArticleId> shared = new ArrayList<>();
        List<List<Long>> sharedSentences = new ArrayList<>();
        for (int p = 0; p < PAIRS; p++) {
            ArticleId id = SystemAuthentication.runAsSystem(
                    () -> importService.importFile("bench-dispute-" + shared.size() + ".txt", null, (articleText("Streitfall", shared.size())).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            shared.add(id);
            sharedSentences.add(sentenceIds(id));
        }
        // Editors may only review what is assigned to them: each own article to its editor, each shared
        // article to side a of its pair; side b is a team lead, who may review any article.
        for (int i = 0; i < EDITORS; i++) {
            UserId editorId = users.get(i).id();
            ArticleId article = own.get(i);
            SignedInAs.run(userDetailsService, "lead",
                    () -> assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL));
        }
        for (int p = 0; p < PAIRS; p++) {
            UserId editorId = users.get(EDITORS + 2 * p).id();
            ArticleId article = shared.get(p);
            SignedInAs.run(userDetailsService, "lead",
                    () -> assignmentService.assign(List.of(article), editorId, null, Priority.NORMAL));
        }
        assertThat(own.stream().distinct().count()).as("distinct own articles").isEqualTo(EDITORS);
        int sentenceTotal = ownSentences.stream().mapToInt(List::size).sum();
        System.out.printf("BENCH review setup: %d editor users, %d own articles (%d sentences, %d to %d each), %d shared articles, in %.1f s (users %.1f s)%n",
                users.size(), own.size(), sentenceTotal, ownSentences.stream().mapToInt(List::size).min().orElse(0),
                ownSentences.stream().mapToInt(List::size).max().orElse(0), shared.size(),
                (System.nanoTime() - setupStart) / 1e9, usersSeconds);

        // --- load ------------------------------------------------------------------------------
        List<Editor> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            editors.add(new Editor("editor-%03d".formatted(i), users.get(i), own.get(i), ownSentences.get(i), true, i));
        }
        for (int p = 0; p < PAIRS; p++) {
            List<Long> contested = sharedSentences.get(p).subList(1, 1 + CONTESTED); // skip the heading
            for (int side = 0; side < 2; side++) {
                editors.add(new Editor("pair-%02d-%c".formatted(p, 'a' + side), users.get(EDITORS + 2 * p + side),
                        shared.get(p), contested, false, 1000 + 2 * p + side));
            }
        }
        PoolSampler pool = new PoolSampler(dataSource);
        CountDownLatch ready = new CountDownLatch(editors.size());
        long durationNanos = TimeUnit.SECONDS.toNanos(seconds);
        long[] start = new long[1];
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Editor editor : editors) {
            Thread thread = Thread.ofPlatform().name(editor.name).unstarted(() -> editor.run(ready, go, start, durationNanos));
            threads.add(thread);
            thread.start();
        }
        ready.await();
        start[0] = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        pool.start();
        go.countDown();
        for (Thread thread : threads) {
            thread.join(durationNanos / 1_000_000 + 120_000);
            if (thread.isAlive()) {
                errorSamples.add("thread " + thread.getName() + " still running 2 min after the end");
            }
        }
        long loadNanos = System.nanoTime() - start[0];
        pool.stop();

        // --- figures ---------------------------------------------------------------------------
        Recorder all = new Recorder();
        Recorder steady = new Recorder();
        Map<Op, Recorder> byOp = new HashMap<>();
        long acceptedCalls = 0, acceptedSentences = 0, pairConflicts = 0, ownConflicts = 0, errors = 0,
                lateTicks = 0, skippedTicks = 0;
        for (Editor editor : editors) {
            all.addAll(editor.all);
            steady.addAll(editor.steady);
            editor.byOp.forEach((op, rec) -> byOp.computeIfAbsent(op, o -> new Recorder()).addAll(rec));
            acceptedCalls += editor.acceptedCalls;
            acceptedSentences += editor.acceptedSentences;
            if (editor.owner) {
                ownConflicts += editor.conflicts;
            } else {
                pairConflicts += editor.conflicts;
            }
            errors += editor.errors;
            lateTicks += editor.lateTicks;
            skippedTicks += editor.skippedTicks;
        }
        errors += errorSamples.stream().filter(s -> s.startsWith("thread ")).count();
        System.out.printf("BENCH review load: %d editors on own articles + %d pairs (%d threads) on %d shared sentences each, 1 change/s per thread, %d s (ran %.1f s)%n",
                EDITORS, PAIRS, 2 * PAIRS, CONTESTED, seconds, loadNanos / 1e9);
        System.out.println("BENCH service latency, all calls: " + all.summary());
        System.out.println("BENCH service latency, after " + WARMUP_SECONDS + " s warm-up: " + steady.summary());
        for (Op op : Op.values()) {
            if (byOp.containsKey(op)) {
                System.out.println("BENCH service latency, " + op.label + ": " + byOp.get(op).summary());
            }
        }
        System.out.printf("BENCH calls: %d (%.0f/s); accepted changes: %d calls changing %d sentences; conflicts: %d between pairs (expected), %d on own articles (unexpected); errors: %d%n",
                all.size(), all.size() / (loadNanos / 1e9), acceptedCalls, acceptedSentences, pairConflicts,
                ownConflicts, errors);
        System.out.printf("BENCH schedule: %d ticks started over 100 ms late, %d ticks skipped because the previous call ran past its second%n",
                lateTicks, skippedTicks);
        System.out.println("BENCH connection pool: " + pool.summary());
        errorSamples.stream().limit(10).forEach(s -> System.out.println("BENCH error sample: " + s));

        // --- correctness -----------------------------------------------------------------------
        List<String> problems = verify(own, shared, acceptedSentences);
        if (errors > 0) {
            problems.add(errors + " service calls failed with something other than a verdict conflict");
        }
        if (ownConflicts > 0) {
            problems.add(ownConflicts + " conflicts on articles only one editor changes");
        }
        System.out.println("BENCH review p95 target < 20 ms: " + (steady.percentile(95) < 20_000_000 ? "met" : "missed")
                + " (steady p95 " + Recorder.ms(steady.percentile(95)) + ", all-calls p95 " + Recorder.ms(all.percentile(95)) + ")");
        System.out.println("BENCH review correctness: " + (problems.isEmpty() ? "OK" : "FAILED: " + String.join("; ", problems)));
        assertThat(problems).as("correctness problems").isEmpty();
    }

    // --- verification ----------------------------------------------------------------------------

    private List<String> verify(List<ArticleId> own, List<ArticleId> shared, long acceptedSentences) {
        List<Long> articleIds = new ArrayList<>();
        own.forEach(a -> articleIds.add(a.value()));
        shared.forEach(a -> articleIds.add(a.value()));
        Map<Long, Map<Integer, String>> history = new HashMap<>();
        AtomicInteger historyRows = new AtomicInteger();
        AtomicInteger duplicateHistoryVersions = new AtomicInteger();
        jdbc.sql("select sentence_id, version, to_verdict from verdict_history where article_id in (:ids)")
                .param("ids", articleIds)
                .query(rs -> {
                    historyRows.incrementAndGet();
                    Map<Integer, String> versions = history.computeIfAbsent(rs.getLong(1), id -> new HashMap<>());
                    if (versions.put(rs.getInt(2), Objects.toString(rs.getString(3), "-")) != null) {
                        duplicateHistoryVersions.incrementAndGet();
                    }
                });
        record Final(String verdict, int version) {
        }
        Map<Long, Final> finals = new HashMap<>();
        jdbc.sql("select sentence_id, verdict, version from verdict where article_id in (:ids)")
                .param("ids", articleIds)
                .query(rs -> {
                    finals.put(rs.getLong(1), new Final(Objects.toString(rs.getString(2), "-"), rs.getInt(3)));
                });

        long lost = 0, duplicateClaims = 0, countMismatches = 0, finalMismatches = 0, phantom = 0, versionSum = 0;
        for (Final f : finals.values()) {
            versionSum += f.version();
        }
        for (Map.Entry<Long, Ledger> entry : ledgers.entrySet()) {
            long sentence = entry.getKey();
            Ledger ledger = entry.getValue();
            Map<Integer, String> rows = history.getOrDefault(sentence, Map.of());
            Final f = finals.get(sentence);
            synchronized (ledger) {
                duplicateClaims += ledger.duplicateClaims;
                for (Map.Entry<Integer, String> claim : ledger.verdictByVersion.entrySet()) {
                    if (!claim.getValue().equals(rows.get(claim.getKey()))) {
                        lost++; // an accepted change whose version/verdict the history does not hold
                    }
                }
                if (f == null || ledger.accepted != rows.size() || ledger.accepted != f.version()) {
                    countMismatches++;
                }
                String expected = ledger.owned ? ledger.lastAccepted : ledger.verdictByVersion.get(f == null ? -1 : f.version());
                if (f == null || !f.verdict().equals(expected)) {
                    finalMismatches++;
                }
            }
        }
        for (Map.Entry<Long, Map<Integer, String>> entry : history.entrySet()) {
            Ledger ledger = ledgers.get(entry.getKey());
            for (Integer version : entry.getValue().keySet()) {
                if (ledger == null || !ledger.verdictByVersion.containsKey(version)) {
                    phantom++;
                }
            }
        }
        long untouchedWithRow = finals.keySet().stream().filter(id -> !ledgers.containsKey(id)).count();
        lost += duplicateClaims;

        System.out.printf("BENCH accepted sentence changes (counted by clients): %d; verdict_history rows: %d; sum of final verdict versions: %d; sentences changed: %d%n",
                acceptedSentences, historyRows.get(), versionSum, ledgers.size());
        System.out.println("BENCH lost updates: " + lost + (duplicateClaims > 0 ? " (" + duplicateClaims + " versions handed to two accepted changes)" : ""));
        System.out.println("BENCH history rows without an accepted change: " + (phantom + duplicateHistoryVersions.get()));
        System.out.println("BENCH sentences where accepted changes != history rows != final version: " + countMismatches);
        System.out.println("BENCH sentences whose final verdict is not the last accepted change's: " + finalMismatches
                + (untouchedWithRow > 0 ? " (+" + untouchedWithRow + " never-changed sentences with a verdict row)" : ""));

        List<String> problems = new ArrayList<>();
        if (acceptedSentences != historyRows.get() || acceptedSentences != versionSum) {
            problems.add("accepted " + acceptedSentences + " != history " + historyRows.get() + " != versions " + versionSum);
        }
        if (lost > 0) {
            problems.add(lost + " lost updates");
        }
        if (phantom + duplicateHistoryVersions.get() > 0) {
            problems.add((phantom + duplicateHistoryVersions.get()) + " history rows without an accepted change");
        }
        if (countMismatches > 0) {
            problems.add(countMismatches + " sentences with mismatched counts");
        }
        if (finalMismatches + untouchedWithRow > 0) {
            problems.add((finalMismatches + untouchedWithRow) + " sentences with a wrong final state");
        }
        return problems;
    }

    /** Accepted changes of one sentence, as the clients saw them. */
    static final class Ledger {
        final boolean owned;
        int accepted;
        int duplicateClaims;
        /** Verdict name, or "-" for cleared. */
        String lastAccepted;
        final Map<Integer, String> verdictByVersion = new HashMap<>();

        Ledger(boolean owned) {
            this.owned = owned;
        }

        synchronized void accept(SentenceVerdict result) {
            accepted++;
            String verdict = result.verdict() == null ? "-" : result.verdict().name();
            lastAccepted = verdict;
            if (verdictByVersion.put(result.version(), verdict) != null) {
                duplicateClaims++;
            }
        }
    }

    // --- the simulated editors ---------------------------------------------------------------------

    enum Op {
        MARK("mark"), SAVE("save"), REFRESH("verdictsOf (refresh after a conflict)");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }

    final class Editor {
        final String name;
        final FactDeskUser user;
        final ArticleId article;
        final List<Long> sentences;
        final boolean owner;
        final SplittableRandom random;
        /** The version this client last saw per sentence (absent: 0). */
        final Map<Long, Integer> known = new HashMap<>();
        final Recorder all = new Recorder();
        final Recorder steady = new Recorder();
        final Map<Op, Recorder> byOp = new HashMap<>();
        long acceptedCalls, acceptedSentences, conflicts, errors, lateTicks, skippedTicks;
        private boolean inSteadyPhase;
        private int tick;

        Editor(String name, FactDeskUser user, ArticleId article, List<Long> sentences, boolean owner, long seed) {
            this.name = name;
            this.user = user;
            this.article = article;
            this.sentences = List.copyOf(sentences);
            this.owner = owner;
            this.random = new SplittableRandom(seed);
        }

        void run(CountDownLatch ready, CountDownLatch go, long[] start, long durationNanos) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                ready.countDown();
                go.await();
                long phase = random.nextLong(PERIOD_NANOS); // spread the threads over the second
                long first = start[0] + phase;
                long end = start[0] + durationNanos;
                long warmupEnd = start[0] + TimeUnit.SECONDS.toNanos(WARMUP_SECONDS);
                for (long k = 0; ; k++) {
                    long scheduled = first + k * PERIOD_NANOS;
                    long now = System.nanoTime();
                    if (now > scheduled + PERIOD_NANOS) { // the last call overran a whole period: skip ticks
                        long behind = (now - scheduled) / PERIOD_NANOS;
                        skippedTicks += behind;
                        k += behind;
                        scheduled = first + k * PERIOD_NANOS;
                    }
                    if (scheduled >= end) {
                        break;
                    }
                    while ((now = System.nanoTime()) < scheduled) {
                        LockSupport.parkNanos(scheduled - now);
                    }
                    if (now - scheduled > TimeUnit.MILLISECONDS.toNanos(100)) {
                        lateTicks++;
                    }
                    inSteadyPhase = scheduled >= warmupEnd;
                    tick = (int) k;
                    act();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                errors++;
                errorSamples.add(name + " died: " + t);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        /** One change: mostly a mark of one sentence or a small range, sometimes a save. */
        private void act() {
            double roll = random.nextDouble();
            try {
                if (roll < 0.8) {
                    List<Long> range = pickRange();
                    Verdict verdict = switch (random.nextInt(10)) {
                        case 0 -> null; // clear
                        case 1, 2, 3, 4 -> Verdict.NO_CLAIM;
                        default -> Verdict.PROMOTIONAL;
                    };
                    List<VerdictChange> changes = range.stream().map(id -> new VerdictChange(id, known.getOrDefault(id, 0))).toList();
                    accepted(timed(Op.MARK, () -> reviewService.mark(article, changes, verdict)));
                } else {
                    long sentence = sentences.get(random.nextInt(sentences.size()));
                    VerdictChange change = new VerdictChange(sentence, known.getOrDefault(sentence, 0));
                    SentenceVerdict saved;
                    if (roll < 0.9) {
                        String note = "Laut Statistikamt stimmt die Zahl nicht (" + name + ", Takt " + tick + ").";
                        saved = timed(Op.SAVE, () -> reviewService.save(article, change, Verdict.DISPUTED, note, List.of()));
                    } else {
                        List<EvidenceItem> evidence = List.of(new EvidenceItem(
                                "https://example.org/quelle/" + article.value() + "/" + sentence + "?t=" + tick,
                                random.nextBoolean() ? "Zitat aus der Quelle" : null, null));
                        saved = timed(Op.SAVE, () -> reviewService.save(article, change, Verdict.VERIFIED, null, evidence));
                    }
                    accepted(List.of(saved));
                }
            } catch (VerdictConflictException conflict) {
                conflicts++;
                refresh();
            } catch (RuntimeException e) {
                errors++;
                if (errorSamples.size() < 50) {
                    errorSamples.add(name + ": " + e);
                }
            }
        }

        /** Owners: one sentence (60 %) or a run of 2 to 4; pairs: one or two of the contested sentences. */
        private List<Long> pickRange() {
            if (!owner) {
                int first = random.nextInt(sentences.size());
                if (random.nextBoolean()) {
                    return List.of(sentences.get(first));
                }
                int second = (first + 1 + random.nextInt(sentences.size() - 1)) % sentences.size();
                return List.of(sentences.get(first), sentences.get(second));
            }
            int length = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(3);
            int from = random.nextInt(sentences.size() - length + 1);
            return sentences.subList(from, from + length);
        }

        private void accepted(List<SentenceVerdict> results) {
            acceptedCalls++;
            for (SentenceVerdict result : results) {
                acceptedSentences++;
                known.put(result.sentenceId(), result.version());
                ledgers.computeIfAbsent(result.sentenceId(), id -> new Ledger(owner)).accept(result);
            }
        }

        private void refresh() {
            try {
                Map<Long, SentenceVerdict> current = timed(Op.REFRESH, () -> reviewService.verdictsOf(article));
                known.clear();
                current.forEach((id, v) -> known.put(id, v.version()));
            } catch (RuntimeException e) {
                errors++;
                errorSamples.add(name + " (refresh): " + e);
            }
        }

        /** Times one service call, whatever its outcome. */
        private <T> T timed(Op op, Supplier<T> call) {
            long t0 = System.nanoTime();
            try {
                return call.get();
            } finally {
                long nanos = System.nanoTime() - t0;
                all.add(nanos);
                byOp.computeIfAbsent(op, o -> new Recorder()).add(nanos);
                if (inSteadyPhase) {
                    steady.add(nanos);
                }
            }
        }
    }

    /** Latencies in nanoseconds; not thread-safe (one per thread, merged at the end). */
    static final class Recorder {
        private long[] values = new long[256];
        private int size;
        private boolean sorted;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
            sorted = false;
        }

        void addAll(Recorder other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        long percentile(double p) {
            if (size == 0) {
                return 0;
            }
            if (!sorted) {
                Arrays.sort(values, 0, size);
                sorted = true;
            }
            int rank = (int) Math.ceil(p / 100 * size); // nearest rank
            return values[Math.max(0, Math.min(size - 1, rank - 1))];
        }

        String summary() {
            return "%d calls, p50 %s, p95 %s, p99 %s, max %s".formatted(size, ms(percentile(50)), ms(percentile(95)),
                    ms(percentile(99)), ms(percentile(100)));
        }

        static String ms(long nanos) {
            return "%.1f ms".formatted(nanos / 1e6);
        }
    }

    /** Samples the Hikari pool every 20 ms: how many connections were busy, how many threads waited. */
    static final class PoolSampler {
        private final HikariDataSource hikari;
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;
        private int maxActive, maxWaiting, samples, samplesWithWaiters;
        private long waitingSum;

        PoolSampler(DataSource dataSource) {
            HikariDataSource found = null;
            try {
                found = dataSource instanceof HikariDataSource h ? h
                        : dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
            } catch (SQLException ignored) {
                // not Hikari: no pool figures
            }
            this.hikari = found;
        }

        void start() {
            if (hikari == null) {
                return;
            }
            running.set(true);
            thread = Thread.ofPlatform().daemon().name("pool-sampler").start(() -> {
                HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
                while (running.get()) {
                    int active = pool.getActiveConnections();
                    int waiting = pool.getThreadsAwaitingConnection();
                    synchronized (this) {
                        samples++;
                        maxActive = Math.max(maxActive, active);
                        maxWaiting = Math.max(maxWaiting, waiting);
                        waitingSum += waiting;
                        if (waiting > 0) {
                            samplesWithWaiters++;
                        }
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                }
            });
        }

        void stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join();
            }
        }

        synchronized String summary() {
            if (hikari == null) {
                return "not a Hikari pool";
            }
            return "Hikari max %d connections; sampled every 20 ms: peak %d in use, peak %d threads waiting, threads waiting in %.1f %% of samples (mean %.2f)"
                    .formatted(hikari.getMaximumPoolSize(), maxActive, maxWaiting,
                            samples == 0 ? 0 : 100.0 * samplesWithWaiters / samples,
                            samples == 0 ? 0 : (double) waitingSum / samples);
        }
    }

    // --- setup helpers -----------------------------------------------------------------------------

    private void printMachineContext() {
        Runtime runtime = Runtime.getRuntime();
        String pool = dataSource instanceof HikariDataSource h ? "Hikari max " + h.getMaximumPoolSize() + " connections" : dataSource.getClass().getSimpleName();
        String url = dataSource instanceof HikariDataSource h ? h.getJdbcUrl().replaceAll("factdesk-[0-9a-f-]+", "factdesk-<uuid>") : "?";
        System.out.printf("BENCH machine: %d cores, heap max %d MB, Java %s (%s), %s, database %s%n",
                runtime.availableProcessors(), runtime.maxMemory() / 1048576, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), pool, url);
    }

    /** Creates the editor accounts as admin (in parallel: password hashing is slow) and loads their principals. */
    private List<FactDeskUser> createEditors(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<FactDeskUser>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = "bench-editor-%03d".formatted(i);
                String displayName = "Bench Editor %03d".formatted(i);
                // The second of each fighting pair is a team lead: one article has one assigned editor.
                AppRoles role = i >= EDITORS && (i - EDITORS) % 2 == 1 ? AppRoles.LEAD : AppRoles.EDITOR;
                created.add(pool.submit(() -> {
                    SystemAuthentication.runAsSystem(() -> userService.create(
                            new NewUser(username, displayName, role, PASSWORD)));
                    return (FactDeskUser) userDetailsService.loadUserByUsername(username);
                }));
            }
            List<FactDeskUser> users = new ArrayList<>();
            for (Future<FactDeskUser> user : created) {
                users.add(user.get());
            }
            return users;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> sentenceIds(ArticleId id) {
        return SystemAuthentication.runAsSystem(() -> articleService.findText(id).orElseThrow()).blocks().stream()
                .flatMap(b -> b.sentences().stream()).map(ArticleText.Sentence::id).toList();
    }

    /** A unique German article: a heading and 49 sentences in paragraphs of 7. */
    static String articleText(String kind, int number) {
        String[] templates = {
                "Im Landkreis %d stieg die Zahl der Anträge im vergangenen Jahr um %d Prozent.",
                "Die Stadtwerke beschäftigen nach eigenen Angaben %d Menschen an %d Standorten.",
                "Das ist die beste Nachricht für die Region seit Jahrzehnten, sagt der Bürgermeister %d.",
                "Der Gemeinderat trifft sich am Montag zum %d. Mal in diesem Jahr.",
                "Kritiker halten die Zahl von %d neuen Wohnungen für deutlich zu hoch gegriffen.",
                "Die Investitionen summieren sich laut Haushaltsplan auf %d Millionen Euro.",
                "Es regnete an %d Tagen im Frühjahr, fast doppelt so oft wie im Mittel."};
        StringBuilder text = new StringBuilder(kind).append(' ').append(number).append(" der Lokalredaktion\n");
        for (int i = 1; i < SENTENCES; i++) {
            text.append(String.format(templates[i % templates.length], 10 + (number * 7 + i) % 900, 2 + i % 40));
            text.append(i % 7 == 0 ? "\n" : " ");
        }
        return text.toString().strip() + "\n";
    }
}
