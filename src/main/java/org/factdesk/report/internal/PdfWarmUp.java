package org.factdesk.report.internal;

import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleText;
import org.factdesk.report.ArticleReport;
import org.factdesk.report.ReportSettings;
import org.factdesk.review.EvidenceItem;
import org.factdesk.review.SentenceVerdict;
import org.factdesk.review.Verdict;
import org.factdesk.segmentation.BlockKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out one small sample report in the background once the app is up. The first PDF after a start
 * otherwise takes seconds (class loading, font parsing, JIT) where later ones take a fraction of one;
 * this way the first editor who exports does not pay for it. Off in tests
 * ({@code factdesk.reports.warm-up=false}) and for the command line, which exports once and exits.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "factdesk.reports.warm-up", havingValue = "true", matchIfMissing = true)
public class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    private final ReportSettings settings;

    PdfWarmUp(ReportSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().name("pdf-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                long started = System.nanoTime();
                run(settings);
                log.info("PDF reports warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                // Only the first export's speed is at stake; it will report a real problem itself.
                log.warn("PDF warm-up failed", e);
            }
        });
    }

    /**
     * Renders the sample report into nothing, in both languages and a few times over: one small
     * document loads the classes, but only repeated layout gets the hot paths compiled.
     */
    public static void run(ReportSettings settings) {
        ArticleReport sample = sample(SAMPLE_PARAGRAPHS);
        for (int round = 0; round < ROUNDS; round++) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                new PdfReportWriter(locale, settings.zone()).write(sample, Instant.now(), OutputStream.nullOutputStream());
            }
        }
    }

    static final int SAMPLE_PARAGRAPHS = 25;
    static final int ROUNDS = 3;

    /**
     * A heading, then {@code paragraphs} paragraphs with every verdict (note, evidence with quote) and a
     * bullet item: every style of the PDF.
     */
    static ArticleReport sample(int paragraphs) {
        Instant now = Instant.now();
        EvidenceItem evidence = new EvidenceItem("https://example.org/quelle", "Ein zitierter Satz.", LocalDate.now());
        List<ArticleText.Block> blocks = new ArrayList<>();
        Map<Long, SentenceVerdict> verdicts = new HashMap<>();
        blocks.add(new ArticleText.Block(1, BlockKind.HEADING, List.of(new ArticleText.Sentence(1, 1, "Überschrift"))));
        int ordinal = 1;
        for (int p = 0; p < paragraphs; p++) {
            List<ArticleText.Sentence> sentences = new ArrayList<>();
            for (String text : PARAGRAPH) {
                ordinal++;
                sentences.add(new ArticleText.Sentence(ordinal, ordinal, text));
            }
            blocks.add(new ArticleText.Block(blocks.size() + 1, BlockKind.PARAGRAPH, sentences));
            // Every verdict once per paragraph; the first sentence has evidence, the first two a note.
            for (int i = 0; i < sentences.size(); i++) {
                long id = sentences.get(i).id();
                verdicts.put(id, verdict(id, Verdict.values()[i % Verdict.values().length],
                        i < NOTES.size() ? NOTES.get(i) : null, i == 0 ? List.of(evidence) : List.of(), now));
            }
        }
        ordinal++;
        blocks.add(new ArticleText.Block(blocks.size() + 1, BlockKind.BULLET,
                List.of(new ArticleText.Sentence(ordinal, ordinal, "Ein Punkt."))));
        ArticleText text = new ArticleText(new ArticleId(1), "Beispiel – Prüfbericht", "beispiel.txt", null, now,
                paragraphs + 1, ordinal, blocks);
        return new ArticleReport(text, null, List.of(), verdicts, Map.of());
    }

    private static final List<String> NOTES = List.of("Geprüft.", "Das Zitat ist verkürzt.");

    private static final List<String> PARAGRAPH = List.of(
            "Im 2. Quartal stieg der Umsatz um 5,6 Prozent.",
            "„Wir setzen nicht alles auf eine Karte“, sagte sie.",
            "Jetzt den Newsletter abonnieren.",
            "Danach ging er.");

    private static SentenceVerdict verdict(long sentenceId, Verdict verdict, String note, List<EvidenceItem> evidence,
                                           Instant at) {
        return new SentenceVerdict(sentenceId, verdict, note, 1, "warm-up", "Warm-up", at, evidence);
    }
}
