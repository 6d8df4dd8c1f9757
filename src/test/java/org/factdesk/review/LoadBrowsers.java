package org.factdesk.review;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.factdesk.article.ArticleId;
import org.factdesk.e2e.Browsers;
import org.factdesk.e2e.pages.LoginPage;
import org.factdesk.e2e.pages.ReaderPage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * The real Chromium sessions of the load benchmark: one browser process, one context (cookies,
 * session) per editor, each signed in as its own editor on its own article's reader, marking the
 * next sentence with the keyboard like a person (j, a pause to read, then p, n or u).
 * <p>
 * Measured in the page, not in Java: a capture listener on window takes the key's
 * {@code event.timeStamp} (when the browser received the key, the clock of {@code performance.now()}),
 * a MutationObserver takes {@code performance.now()} when that sentence's {@code data-pending} goes
 * away (the server's answer was applied: what the reader shows as saved, ADR 2). Playwright's own
 * round trips (sending the key, reading the results) are outside that window.
 * <p>
 * Playwright is not thread-safe: everything here runs on the thread that created it.
 */
final class LoadBrowsers implements AutoCloseable {

    /** An editor's seat: who signs in, and the reader they open. */
    record Seat(String username, String password, ArticleId article) {
    }

    /** Installed once per page after the reader rendered; results are collected by {@link #STATE}. */
    private static final String PROBE = """
            () => {
              const text = document.querySelector('fd-article-text');
              const probe = { done: [], problems: [], open: null };
              window.__fdLoad = probe;
              // Where the time goes: the UIDL request the mark went out with, from the resource timings.
              performance.setResourceTimingBufferSize(10000);
              const sends = [];
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) { sends.push(performance.now()); return send.apply(this, args); };
              const fetchOriginal = window.fetch;
              window.fetch = function (...args) { sends.push(performance.now()); return fetchOriginal.apply(this, args); };
              let dispatched = -1;
              window.addEventListener('fd-mark', () => { dispatched = performance.now(); }, true);
              const sentAfter = (start) => { const t = sends.find((x) => x >= start); sends.length = 0; return t === undefined ? -1 : t - start; };
              const uidlAfter = (start) => {
                const entries = performance.getEntriesByType('resource')
                    .filter((e) => e.name.includes('v-r=uidl') && e.startTime >= start);
                performance.clearResourceTimings();
                return entries.length > 0 ? entries[0] : null;
              };
              window.addEventListener('keydown', (e) => {
                if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || !text.shortcuts.has(e.key)) return;
                const sentence = text.querySelector('.fd-focus');
                if (probe.open) probe.problems.push('a key while the previous mark was not settled');
                probe.open = { start: e.timeStamp, listener: performance.now(), sentence,
                               intended: text.shortcuts.get(e.key), checked: false };
              }, true);
              // Bubble phase on window: after the element's own listener on document handled the key.
              window.addEventListener('keydown', () => {
                const open = probe.open;
                if (!open || open.checked) return;
                open.checked = true;
                if (!open.sentence || !text.sentencesWaiting().has(open.sentence)) {
                  probe.problems.push('the key started no mark');
                  probe.open = null;
                }
              });
              // data-version too: a mark answered before the element drew it pending (its timer came after
              // the answer) never gets data-pending, but its answer always sets the stored version.
              new MutationObserver(() => {
                const open = probe.open;
                if (!open || !open.checked || open.sentence.dataset.pending
                    || text.sentencesWaiting().has(open.sentence)) return;
                const now = performance.now();
                const s = open.sentence;
                const request = uidlAfter(open.start);
                probe.done.push([Number(s.dataset.sentenceId), open.intended, s.dataset.verdict || '',
                    Number(s.dataset.version), now - open.start, open.listener - open.start,
                    performance.timeOrigin + open.start,
                    request ? request.startTime - open.start : -1,
                    request ? request.responseEnd - request.startTime : -1,
                    request ? now - request.responseEnd : -1, sentAfter(open.start), dispatched >= open.start ? dispatched - open.start : -1]);
                probe.open = null;
              }).observe(text, { subtree: true, attributes: true, attributeFilter: ['data-pending', 'data-version'] });
            }""";

    /** Takes the finished marks and says where the selection is and what the focused sentence shows. */
    private static final String STATE = """
            () => {
              const probe = window.__fdLoad;
              const text = document.querySelector('fd-article-text');
              if (!probe || !text) return null;
              const focus = text.focusIndex;
              return { done: probe.done.splice(0), problems: probe.problems.splice(0), open: probe.open !== null,
                       focus, count: text.sentences.length,
                       verdict: focus >= 0 ? (text.sentences[focus].dataset.verdict || '') : '' };
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final List<Editor> editors = new ArrayList<>();
    private final LoadLedger ledger;
    private final Function<Long, LoadPhase> phaseAt;
    final List<String> errorSamples = new CopyOnWriteArrayList<>();
    /** Marks and page errors outside any phase (setup, settling) that must count as errors too. */
    long errorsOutsidePhases;

    LoadBrowsers(String baseUrl, LoadLedger ledger, Function<Long, LoadPhase> phaseAt) {
        this.baseUrl = baseUrl;
        this.ledger = ledger;
        this.phaseAt = phaseAt;
        this.playwright = Playwright.create();
        this.browser = Browsers.launchChromium(playwright);
    }

    /** Signs each seat in in its own context and opens its reader, one after another. */
    void open(List<Seat> seats) {
        for (Seat seat : seats) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setBaseURL(baseUrl).setLocale("en-US").setViewportSize(1280, 900));
            context.setDefaultTimeout(30_000);
            context.setDefaultNavigationTimeout(60_000);
            Page page = context.newPage();
            Editor editor = new Editor(seat, context, page, new SplittableRandom(seat.username().hashCode()));
            page.onPageError(error -> editor.problem("page error: " + error));
            new LoginPage(page).signInAs(seat.username(), seat.password());
            page.navigate("article/" + seat.article().value());
            new ReaderPage(page).waitUntilRendered();
            page.evaluate(PROBE);
            editors.add(editor);
        }
    }

    int size() {
        return editors.size();
    }

    /**
     * Drives all sessions until {@code endNanos}: each at its own random times, a move and, a quarter of
     * the think time later, a mark; the next move comes the rest of the think time after the mark.
     */
    void drive(long endNanos, Duration thinkMin, Duration thinkMax) {
        long now = System.nanoTime();
        for (Editor editor : editors) {
            editor.due = now + editor.random.nextLong(Math.max(1, thinkMax.toNanos()));
        }
        while (true) {
            Editor next = null;
            for (Editor editor : editors) {
                if (next == null || editor.due < next.due) {
                    next = editor;
                }
            }
            if (next == null || next.due >= endNanos) {
                while ((now = System.nanoTime()) < endNanos) { // no browsers (load.browsers=0): the phase still lasts
                    LockSupport.parkNanos(endNanos - now);
                }
                break;
            }
            while ((now = System.nanoTime()) < next.due) {
                LockSupport.parkNanos(next.due - now);
            }
            long think = thinkMin.toNanos() + next.random.nextLong(Math.max(1, thinkMax.toNanos() - thinkMin.toNanos()));
            try {
                if (next.moveNext) {
                    next.move();
                    next.due = System.nanoTime() + think / 4;
                } else {
                    next.mark();
                    next.due = System.nanoTime() + think - think / 4;
                }
                next.moveNext = !next.moveNext;
            } catch (RuntimeException e) {
                next.problem("driver: " + e.getMessage());
                next.due = System.nanoTime() + think;
            }
        }
    }

    /** Waits (bounded) until no session has a mark on its way, then collects what is left. */
    void settle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Editor editor : editors) {
            try {
                while (editor.collect() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                }
                if (editor.collect()) {
                    editor.problem("a mark still not settled " + timeout.toSeconds() + " s after the end");
                }
            } catch (RuntimeException e) {
                editor.problem("settling: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        for (Editor editor : editors) {
            try {
                editor.context.close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        }
        playwright.close();
    }

    private void recordError(long epochMillis) {
        LoadPhase phase = phaseAt.apply(epochMillis);
        if (phase != null) {
            phase.errors.increment();
        } else {
            errorsOutsidePhases++;
        }
    }

    private final class Editor {
        final Seat seat;
        final BrowserContext context;
        final Page page;
        final SplittableRandom random;
        long due;
        boolean moveNext = true;
        int direction = 1;
        /** What the focused sentence showed at the last look. */
        String focusedVerdict = "";
        boolean open;

        Editor(Seat seat, BrowserContext context, Page page, SplittableRandom random) {
            this.seat = seat;
            this.context = context;
            this.page = page;
            this.random = random;
        }

        /** j (k on the way back from the article's end): the next sentence. */
        void move() {
            Map<String, Object> state = state();
            if (state == null) {
                return;
            }
            int focus = ((Number) state.get("focus")).intValue();
            int count = ((Number) state.get("count")).intValue();
            if (focus >= count - 1) {
                direction = -1;
            } else if (focus <= 0) {
                direction = 1;
            }
            page.keyboard().press(direction > 0 ? "j" : "k");
        }

        /** A verdict other than the one shown (n or p; sometimes u to clear one), unless a mark is still on its way. */
        void mark() {
            if (state() == null) {
                return;
            }
            if (open) {
                LoadPhase phase = phaseAt.apply(System.currentTimeMillis());
                if (phase != null) {
                    phase.browserSkippedTurns.increment();
                }
                return;
            }
            String key;
            if (!focusedVerdict.isEmpty() && random.nextInt(10) == 0) {
                key = "u";
            } else {
                key = focusedVerdict.equals("promotional") ? "n" : "p";
            }
            page.keyboard().press(key);
        }

        /** Collects finished marks; true while a mark is still on its way. */
        boolean collect() {
            return state() == null || open;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> state() {
            Object result = page.evaluate(STATE);
            if (!(result instanceof Map<?, ?>)) {
                problem("the reader's probe is gone (page reloaded or left?)");
                return null;
            }
            Map<String, Object> state = (Map<String, Object>) result;
            for (Object done : (List<Object>) state.get("done")) {
                settled((List<Object>) done);
            }
            for (Object problem : (List<Object>) state.get("problems")) {
                problem(String.valueOf(problem));
            }
            open = Boolean.TRUE.equals(state.get("open"));
            focusedVerdict = String.valueOf(state.get("verdict"));
            return state;
        }

        /**
         * [sentence id, verdict key pressed, verdict key shown, version, ms key→saved, ms input delay, epoch ms of the
         * key, ms key→UIDL request started, ms request→answer received, ms answer→shown saved] (the last three -1
         * when the resource timings had no UIDL request for it).
         */
        private void settled(List<Object> mark) {
            long sentenceId = ((Number) mark.get(0)).longValue();
            String intended = String.valueOf(mark.get(1));
            String shown = String.valueOf(mark.get(2));
            int version = ((Number) mark.get(3)).intValue();
            double millis = ((Number) mark.get(4)).doubleValue();
            double inputDelay = ((Number) mark.get(5)).doubleValue();
            long at = ((Number) mark.get(6)).longValue();
            double keyToRequest = ((Number) mark.get(7)).doubleValue();
            double requestToAnswer = ((Number) mark.get(8)).doubleValue();
            double answerToShown = ((Number) mark.get(9)).doubleValue();
            double keyToSend = ((Number) mark.get(10)).doubleValue();
            double keyToDispatch = ((Number) mark.get(11)).doubleValue();
            if (keyToSend >= 0 && phaseAt.apply(at) != null) {
                phaseAt.apply(at).keyToSend.addMillis(keyToSend);
            }
            if (keyToDispatch >= 0 && phaseAt.apply(at) != null) {
                phaseAt.apply(at).keyToDispatch.addMillis(keyToDispatch);
            }
            if (!intended.equals(shown)) {
                // Refused or unanswered in time: the reader went back to the stored verdict and said so.
                problem("sentence " + sentenceId + " pressed " + intended + ", shows " + shown + " (not saved)", at);
                return;
            }
            ledger.acknowledged(sentenceId, version, intended.isEmpty() ? null : Verdict.ofKey(intended).orElseThrow(),
                    seat.username());
            LoadPhase phase = phaseAt.apply(at);
            if (phase != null) {
                phase.keyToSaved.addMillis(millis);
                phase.inputDelay.addMillis(inputDelay);
                if (keyToRequest >= 0) {
                    phase.keyToRequest.addMillis(keyToRequest);
                    phase.requestToAnswer.addMillis(requestToAnswer);
                    phase.answerToShown.addMillis(answerToShown);
                }
                phase.browserSaved.increment();
            }
        }

        void problem(String text) {
            problem(text, System.currentTimeMillis());
        }

        void problem(String text, long epochMillis) {
            recordError(epochMillis);
            if (errorSamples.size() < 50) {
                errorSamples.add(seat.username() + ": " + text);
            }
        }
    }
}
