package org.factdesk.review;

import org.factdesk.article.ArticleId;
import org.factdesk.security.FactDeskUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A simulated editor of the load benchmark, at the service level: its own thread, signed in as its
 * own FactDesk user (its own security context), calling {@link ReviewService} as the reader does
 * (the same service, its security and transaction), with a person's pace: one mark per think time.
 * <p>
 * On its own article it walks the sentences (j), marks one (sometimes a run of two or three, as with
 * Shift+J) with a verdict other than the one it knows. On a shared article it picks among a few
 * contested sentences its partner picks too. It hears nothing of its partner's changes (no push), so it
 * often sends an outdated version: the service refuses ({@link VerdictConflictException}), and it does
 * what the reader does on a refusal: read the stored state of those sentences and, unless the partner
 * already set that verdict, press again after a moment.
 */
final class LoadSimulatedEditor implements Runnable {

    static final int MAX_ATTEMPTS = 5;

    final String name;
    private final FactDeskUser user;
    private final ArticleId article;
    private final List<Long> sentences;
    private final boolean shared;
    private final ReviewService reviewService;
    private final LoadLedger ledger;
    private final Duration thinkMin, thinkMax;
    private final List<String> errorSamples;
    private final SplittableRandom random;
    private final Map<Long, Integer> knownVersion = new HashMap<>();
    private final Map<Long, Verdict> knownVerdict = new HashMap<>();
    private volatile boolean stopped;
    private int position = -1;
    private int direction = 1;

    LoadSimulatedEditor(String name, FactDeskUser user, ArticleId article, List<Long> sentences, boolean shared,
                        ReviewService reviewService, LoadLedger ledger, Duration thinkMin, Duration thinkMax,
                        List<String> errorSamples, long seed) {
        this.name = name;
        this.user = user;
        this.article = article;
        this.sentences = List.copyOf(sentences);
        this.shared = shared;
        this.reviewService = reviewService;
        this.ledger = ledger;
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        this.errorSamples = errorSamples;
        this.random = new SplittableRandom(seed);
    }

    Thread start() {
        return Thread.ofPlatform().daemon().name(LoadProbes.SIMULATED_THREAD_PREFIX + name).start(this);
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            pause(random.nextLong(Math.max(1, thinkMax.toNanos()))); // spread the editors over the first turn
            while (!stopped) {
                act();
                pause(thinkMin.toNanos() + random.nextLong(Math.max(1, thinkMax.toNanos() - thinkMin.toNanos())));
            }
        } catch (Throwable t) {
            error("died: " + t);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void act() {
        List<Long> range = pickRange();
        Verdict verdict = pickVerdict(range.getFirst());
        boolean conflicted = false;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && !stopped; attempt++) {
            List<VerdictChange> changes = range.stream()
                    .map(id -> new VerdictChange(id, knownVersion.getOrDefault(id, 0))).toList();
            try {
                List<SentenceVerdict> saved = reviewService.mark(article, changes, verdict);
                for (SentenceVerdict result : saved) {
                    know(result);
                    ledger.acknowledged(result.sentenceId(), result.version(), result.verdict(), name);
                }
                boolean afterConflict = conflicted;
                count(phase -> {
                    phase.simulatedSaved.increment();
                    if (afterConflict) {
                        phase.conflictsRetriedAndSaved.increment();
                    }
                });
                return;
            } catch (VerdictConflictException conflict) {
                conflicted = true;
                count(phase -> phase.conflicts.increment());
                if (!shared) {
                    error("conflict on an article only this editor changes: " + conflict.getMessage());
                    return;
                }
                // As the reader does on a refusal: show (here: learn) the stored state of these sentences.
                try {
                    Map<Long, SentenceVerdict> stored = reviewService.verdictsOfSentences(range);
                    range.stream().map(stored::get).filter(Objects::nonNull).forEach(this::know);
                } catch (RuntimeException e) {
                    error("reading the stored state after a conflict: " + e);
                    return;
                }
                if (range.stream().allMatch(id -> Objects.equals(knownVerdict.get(id), verdict))) {
                    count(phase -> phase.conflictsAlreadyThere.increment()); // the partner set it already
                    return;
                }
                pause(TimeUnit.MILLISECONDS.toNanos(300 + random.nextInt(700))); // reads the message, presses again
            } catch (RuntimeException e) {
                error(e.toString());
                return;
            }
        }
        if (conflicted && !stopped) {
            count(phase -> phase.conflictsGivenUp.increment());
        }
    }

    /** Own article: the next sentence, or a run of 2–3 (15 %), turning at the ends; shared: one of the contested few. */
    private List<Long> pickRange() {
        if (shared) {
            return List.of(sentences.get(random.nextInt(sentences.size())));
        }
        int length = Math.min(sentences.size(), random.nextInt(100) < 15 ? 2 + random.nextInt(2) : 1);
        int next = position + direction;
        if (next < 0 || next + length > sentences.size()) {
            direction = -direction;
            next = position + direction;
        }
        position = Math.max(0, Math.min(sentences.size() - length, next));
        return sentences.subList(position, position + length);
    }

    /** Not the verdict it shows now: promotional or no claim, sometimes a clear. */
    private Verdict pickVerdict(long sentence) {
        Verdict shown = knownVerdict.get(sentence);
        if (shown != null && random.nextInt(10) == 0) {
            return null;
        }
        return shown == Verdict.PROMOTIONAL ? Verdict.NO_CLAIM : Verdict.PROMOTIONAL;
    }

    private void know(SentenceVerdict verdict) {
        knownVersion.put(verdict.sentenceId(), verdict.version());
        knownVerdict.put(verdict.sentenceId(), verdict.verdict());
    }

    private void error(String text) {
        count(phase -> phase.errors.increment(), true);
        if (errorSamples.size() < 50) {
            errorSamples.add(name + ": " + text);
        }
    }

    /** Errors outside a phase (the last turn after the end) still count: see {@link #errorsOutsidePhases}. */
    volatile long errorsOutsidePhases;

    private void count(java.util.function.Consumer<LoadPhase> update) {
        count(update, false);
    }

    private void count(java.util.function.Consumer<LoadPhase> update, boolean isError) {
        LoadPhase phase = LoadPhase.current();
        if (phase != null) {
            update.accept(phase);
        } else if (isError) {
            errorsOutsidePhases++;
        }
    }

    private void pause(long nanos) {
        long end = System.nanoTime() + nanos;
        long now;
        while (!stopped && (now = System.nanoTime()) < end) {
            LockSupport.parkNanos(Math.min(end - now, TimeUnit.MILLISECONDS.toNanos(200)));
        }
    }
}
