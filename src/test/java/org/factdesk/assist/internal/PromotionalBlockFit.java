package org.factdesk.assist.internal;

import org.factdesk.assist.AssistText;
import org.factdesk.assist.DetectedSuggestion;
import org.factdesk.bench.PromotionalDevSetBenchmark;
import org.factdesk.bench.PromotionalDevSetBenchmark.Label;
import org.factdesk.importing.ArticleFormats;
import org.factdesk.segmentation.GermanSentenceSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits {@link PromotionalModel} (ADR 41): logistic regression ({@link LogisticFit}) over {@link PromotionalFeatures}
 * of every sentence the cue detector leaves unflagged, on the development pages of
 * {@code promotional-dev.tsv} (never the held-out ones) plus the five seed articles, and writes
 * {@code src/main/resources/org/factdesk/assist/internal/promotional-model.tsv}. Not a test: run
 * {@code java -cp target/test-classes:target/classes:CLASSPATH org.factdesk.assist.internal.PromotionalBlockFit DIR MODE}
 * with DIR the trafilatura tests folder and MODE {@code cv} (five folds by page: for each penalty the out-of-fold
 * precision/recall/F1 of cues-or-model by threshold, and the seed sentences the model would add), {@code errors
 * PENALTY THRESHOLD} (the development sentences cross-validation gets wrong, to read while designing features), or
 * {@code fit PENALTY THRESHOLD} (fit on all of them and write the file).
 */
final class PromotionalBlockFit {

    static final int ROUNDS = 1500;
    static final double RATE = 1.0;
    static final double[] PENALTIES = {0.001, 0.003, 0.01};
    static final double[] THRESHOLDS = {0.6, 0.7, 0.8, 0.85, 0.9, 0.95};
    /** {@code -Dno-words=true}: leave the hashed words out (to see what they add in cross-validation). */
    static final boolean NO_WORDS = Boolean.getBoolean("no-words");
    /** {@code -Dno-pages=true}: leave the page-level judgement ({@link CommercialPages}) out, for the before figure. */
    static final boolean NO_PAGES = Boolean.getBoolean("no-pages");
    /**
     * Each promotional sentence counts this many times: the cues leave few of them (about one in a hundred of the
     * sentences fitted), and without a weight the model would learn to say "no" everywhere.
     */
    static final int POSITIVE_WEIGHT = Integer.getInteger("positive-weight", 10);
    private static final String[] SEEDS = {"000_ba803e981a7528e0.txt", "001_fa1e16ef087a0131.txt",
            "002_7f91695c0ff28209.txt", "003_df3efb554b237c1d.txt", "004_59adb0c8911c4187.txt"};

    /** One page's sentences: features, gold label, what the cues flagged. */
    record Page(String name, boolean seed, List<PromotionalFeatures.Vector> vectors, boolean[] gold, boolean[] byCues,
                List<String> texts, boolean[] byPage) {
    }

    private PromotionalBlockFit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("unlabelled")) {
            unlabelled(Path.of(args[0]));
            return;
        }
        List<Page> pages = developmentPages(Path.of(args[0]));
        pages.addAll(seedPages());
        String mode = args.length > 1 ? args[1] : "cv";
        switch (mode) {
            case "cv" -> crossValidate(pages);
            case "errors" -> errors(pages, Double.parseDouble(args[2]), Double.parseDouble(args[3]));
            case "fit" -> fit(pages, Double.parseDouble(args[2]), Double.parseDouble(args[3]));
            case "unlabelled" -> unlabelled(Path.of(args[0]));
            default -> throw new IllegalArgumentException("cv, errors PENALTY THRESHOLD or fit PENALTY THRESHOLD");
        }
    }

    static List<Page> developmentPages(Path folder) throws IOException {
        PromotionalDevSetBenchmark.Labels labels = PromotionalDevSetBenchmark.labels();
        ArticleFormats formats = ArticleFormats.onClasspath();
        List<Page> pages = new ArrayList<>();
        for (var entry : labels.pages().entrySet()) {
            if (PromotionalDevSetBenchmark.heldOut(entry.getKey(), labels.movedToDevelopment())) {
                continue; // held-out pages are for the benchmark's report only
            }
            AssistText text = PromotionalDevSetBenchmark.read(formats, folder, entry.getKey());
            Set<Integer> gold = new HashSet<>();
            entry.getValue().stream().map(Label::ordinal).forEach(gold::add);
            pages.add(page(entry.getKey(), false, text, gold));
        }
        return pages;
    }

    static List<Page> seedPages() throws IOException {
        Map<String, Set<Integer>> gold = new LinkedHashMap<>();
        for (String line : resource("/gold/labels.tsv").split("\n")) {
            String[] columns = line.split("\t");
            if (columns.length > 2 && columns[2].equals("promotional")) {
                gold.computeIfAbsent(columns[0], key -> new HashSet<>()).add(Integer.parseInt(columns[1]));
            }
        }
        List<Page> pages = new ArrayList<>();
        for (String seed : SEEDS) {
            String text = resource("/seed-articles/" + seed);
            AssistText assistText = AssistText.of(text, GermanSentenceSplitter.shared().segment(text));
            pages.add(page(seed, true, assistText, gold.getOrDefault(seed, Set.of())));
        }
        return pages;
    }

    private static Page page(String name, boolean seed, AssistText text, Set<Integer> gold) {
        PromotionalDetector.Analysis analysis = new PromotionalDetector().analyse(text);
        List<boolean[]> flagged = analysis.flagged(text);
        List<PromotionalFeatures.Vector> vectors = PromotionalFeatures.of(text, analysis.cues(), flagged,
                analysis.lastProse());
        if (NO_WORDS) {
            vectors = vectors.stream().map(PromotionalBlockFit::withoutWords).toList();
        }
        Set<Integer> byCues = new HashSet<>();
        analysis.byCues().stream().map(DetectedSuggestion::ordinal).forEach(byCues::add);
        List<AssistText.Sentence> sentences = text.sentences();
        boolean[] goldFlags = new boolean[sentences.size()];
        boolean[] cueFlags = new boolean[sentences.size()];
        List<String> texts = new ArrayList<>();
        // promo6: what the page-level judgement adds (it adds to whatever cues and model found, so it is a union)
        Set<Integer> byPage = new HashSet<>();
        if (!NO_PAGES) {
            CommercialPages.extend(text, analysis.cues(), analysis.byCues()).forEach(s -> byPage.add(s.ordinal()));
        }
        boolean[] pageFlags = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            goldFlags[i] = gold.contains(sentences.get(i).ordinal());
            cueFlags[i] = byCues.contains(sentences.get(i).ordinal());
            pageFlags[i] = !cueFlags[i] && byPage.contains(sentences.get(i).ordinal());
            texts.add(sentences.get(i).text());
        }
        return new Page(name, seed, vectors, goldFlags, cueFlags, texts, pageFlags);
    }

    private static PromotionalFeatures.Vector withoutWords(PromotionalFeatures.Vector v) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < v.indices().length; i++) {
            if (v.indices()[i] < PromotionalFeatures.HASH_BASE) {
                keep.add(i);
            }
        }
        return new PromotionalFeatures.Vector(keep.stream().mapToInt(i -> v.indices()[i]).toArray(),
                keep.stream().mapToDouble(i -> v.values()[i]).toArray());
    }

    /** Fits on the sentences the cues leave (the model only adds to them); returns the intercept, fills w. */
    static double train(List<Page> pages, double penalty, double[] w) {
        List<int[]> indices = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Page page : pages) {
            for (int i = 0; i < page.vectors().size(); i++) {
                for (int copy = 0; !page.byCues()[i] && copy < (page.gold()[i] ? POSITIVE_WEIGHT : 1); copy++) {
                    indices.add(page.vectors().get(i).indices());
                    values.add(page.vectors().get(i).values());
                    y.add(page.gold()[i] ? 1.0 : 0.0);
                }
            }
        }
        return LogisticFit.train(indices.toArray(int[][]::new), values.toArray(double[][]::new),
                y.stream().mapToDouble(Double::doubleValue).toArray(), penalty, w, new int[0], ROUNDS, RATE);
    }

    /** Out-of-fold probabilities: five folds by page (a page's sentences stay together, as a new page's would). */
    static Map<Page, double[]> outOfFold(List<Page> pages, double penalty) {
        Map<Page, double[]> probabilities = new LinkedHashMap<>();
        for (int fold = 0; fold < 5; fold++) {
            List<Page> train = new ArrayList<>();
            List<Page> test = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                (p % 5 == fold ? test : train).add(pages.get(p));
            }
            double[] w = new double[PromotionalFeatures.SIZE];
            double bias = train(train, penalty, w);
            PromotionalModel model = new PromotionalModel(bias, 0.5, w);
            for (Page page : test) {
                probabilities.put(page, page.vectors().stream().mapToDouble(model::probability).toArray());
            }
        }
        return probabilities;
    }

    private static void crossValidate(List<Page> pages) {
        int[] cues = count(pages, null, 2);
        System.out.printf(Locale.ROOT, "cues (and the page-level judgement unless -Dno-pages) on the %d development pages: %s%n",
                pages.stream().filter(p -> !p.seed()).count(), line(cues));
        int seedPageAdds = 0;
        for (Page page : pages) {
            for (int i = 0; page.seed() && i < page.byPage().length; i++) {
                seedPageAdds += page.byPage()[i] ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "seed sentences the page-level judgement adds: %d%n", seedPageAdds);
        for (double penalty : PENALTIES) {
            Map<Page, double[]> probabilities = outOfFold(pages, penalty);
            for (double threshold : THRESHOLDS) {
                int[] counts = count(pages, probabilities, threshold);
                int seedAdds = 0;
                for (Page page : pages) {
                    if (page.seed()) {
                        double[] p = probabilities.get(page);
                        for (int i = 0; i < p.length; i++) {
                            seedAdds += !page.byCues()[i] && p[i] >= threshold ? 1 : 0;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "penalty %.4f threshold %.2f: cues or model %s; seed sentences added %d%n",
                        penalty, threshold, line(counts), seedAdds);
            }
        }
    }

    /** tp, fp, fn of cues-or-model on the development pages (not the seeds). */
    private static int[] count(List<Page> pages, Map<Page, double[]> probabilities, double threshold) {
        int[] counts = new int[3];
        for (Page page : pages) {
            if (page.seed()) {
                continue;
            }
            double[] p = probabilities == null ? null : probabilities.get(page);
            for (int i = 0; i < page.gold().length; i++) {
                boolean flagged = page.byCues()[i] || page.byPage()[i] || p != null && p[i] >= threshold;
                if (flagged && page.gold()[i]) {
                    counts[0]++;
                } else if (flagged) {
                    counts[1]++;
                } else if (page.gold()[i]) {
                    counts[2]++;
                }
            }
        }
        return counts;
    }

    private static String line(int[] c) {
        double precision = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
        double recall = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
        return String.format(Locale.ROOT, "precision %.3f recall %.3f f1 %.3f (tp %d fp %d fn %d)", precision, recall,
                2.0 * c[0] / (2 * c[0] + c[1] + c[2]), c[0], c[1], c[2]);
    }

    private static void errors(List<Page> pages, double penalty, double threshold) {
        Map<Page, double[]> probabilities = outOfFold(pages, penalty);
        for (Page page : pages) {
            double[] p = probabilities.get(page);
            for (int i = 0; i < p.length; i++) {
                boolean flagged = page.byCues()[i] || page.byPage()[i] || p[i] >= threshold;
                if (flagged != page.gold()[i]) {
                    String text = page.texts().get(i);
                    System.out.printf(Locale.ROOT, "%s %.2f %s #%d %s%n", page.gold()[i] ? "FN" : "FP", p[i], page.name(),
                            i + 1, text.length() > 90 ? text.substring(0, 90) + "…" : text);
                }
            }
        }
    }

    private static void fit(List<Page> pages, double penalty, double threshold) throws IOException {
        double[] w = new double[PromotionalFeatures.SIZE];
        double bias = train(pages, penalty, w);
        String header = String.format(Locale.ROOT, "# PromotionalModel (ADR 41), written by PromotionalBlockFit fit %s %s on"
                + " %d development pages and the 5 seeds; the held-out pages were not used.%n", penalty, threshold,
                pages.stream().filter(p -> !p.seed()).count());
        String file = PromotionalModel.format(bias, threshold, w, header);
        Path target = Path.of("src/main/resources/org/factdesk/assist/internal", PromotionalModel.RESOURCE);
        Files.writeString(target, file, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote %s: bias %.3f, %d non-zero weights%n", target, bias,
                file.lines().filter(l -> !l.startsWith("#")).count() - 2);
        // the named features' weights, for the ADR
        for (int i = 0; i < PromotionalFeatures.HASH_BASE; i++) {
            if (w[i] != 0) {
                System.out.printf(Locale.ROOT, "  %-28s %+.3f%n", PromotionalFeatures.nameOf(i), w[i]);
            }
        }
    }

    /**
     * The false-alarm check: on every German page of the benchmark (a .de/.at/.ch host in evaldata.json) that is in
     * no set, the sentences the model adds to the cues, each printed for reading, and their number.
     */
    private static void unlabelled(Path folder) throws IOException {
        Set<String> labelled = PromotionalDevSetBenchmark.labels().pages().keySet();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("evaldata.json").toFile());
        ArticleFormats formats = ArticleFormats.onClasspath();
        PromotionalDetector detector = new PromotionalDetector();
        int pages = 0;
        int byCues = 0;
        int added = 0;
        int byPageJudgement = 0;
        for (var it = json.properties().iterator(); it.hasNext(); ) {
            var entry = it.next();
            String host = java.net.URI.create(entry.getKey().replace(" ", "%20").replace("|", "%7C")).getHost();
            String file = entry.getValue().path("file").asText();
            if (host == null || !host.matches(".*\\.(?:de|at|ch)") || labelled.contains(file)
                    || !Files.isRegularFile(folder.resolve("eval").resolve(file))
                    && !Files.isRegularFile(folder.resolve("cache").resolve(file))) {
                continue;
            }
            AssistText text;
            try {
                text = PromotionalDevSetBenchmark.read(formats, folder, file);
            } catch (RuntimeException | IOException e) {
                continue; // a page the import refuses is not read by the detector either
            }
            pages++;
            PromotionalDetector.Analysis analysis = detector.analyse(text);
            Set<Integer> cueOrdinals = new HashSet<>();
            analysis.byCues().forEach(s -> cueOrdinals.add(s.ordinal()));
            byCues += cueOrdinals.size();
            Map<Integer, String> sentences = new LinkedHashMap<>();
            text.sentences().forEach(s -> sentences.put(s.ordinal(), s.text()));
            for (DetectedSuggestion suggestion : CommercialPages.extend(text, analysis.cues(),
                    PromotionalDetector.withModel(text, analysis, PromotionalModel.shared()))) {
                if (!cueOrdinals.contains(suggestion.ordinal())) {
                    added++;
                    byPageJudgement += suggestion.reasons().contains(CommercialPages.SPONSORED_ARTICLE)
                            || suggestion.reasons().contains(CommercialPages.DEAL_ARTICLE) ? 1 : 0;
                    String sentence = sentences.get(suggestion.ordinal());
                    System.out.printf(Locale.ROOT, "  added %s #%d %s %s%n", file, suggestion.ordinal(),
                            suggestion.reasons(), sentence.length() > 100 ? sentence.substring(0, 100) + "…" : sentence);
                }
            }
        }
        System.out.printf(Locale.ROOT, "unlabelled German pages: %d; the cues flag %d sentences, the model and the page-level"
                + " judgement add %d (the page-level judgement %d)%n", pages, byCues, added, byPageJudgement);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PromotionalBlockFit.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
