package org.factdesk.assist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned half of the promotional detector (ADR 41): a logistic regression over {@link PromotionalFeatures},
 * fitted offline on the development pages by {@code PromotionalBlockFit} (test sources), which prints
 * {@code promotional-model.tsv}. A sentence whose probability reaches the file's threshold is promotional; its
 * reasons are the features that pushed it there most, grouped by the reason an editor reads. Immutable after
 * loading, so one instance serves all threads.
 */
final class PromotionalModel {

    static final String RESOURCE = "promotional-model.tsv";

    /** A reason must carry at least this much of the score (log-odds) to be named. */
    private static final double REASON_MIN = 0.25;
    private static final int MAX_REASONS = 2;

    private static final PromotionalModel SHARED = load();

    private final double bias;
    private final double threshold;
    private final double[] weights;

    PromotionalModel(double bias, double threshold, double[] weights) {
        if (weights.length != PromotionalFeatures.SIZE) {
            throw new IllegalArgumentException("expected " + PromotionalFeatures.SIZE + " weights, not " + weights.length);
        }
        this.bias = bias;
        this.threshold = threshold;
        this.weights = weights.clone();
    }

    static PromotionalModel shared() {
        return SHARED;
    }

    double threshold() {
        return threshold;
    }

    double probability(PromotionalFeatures.Vector vector) {
        return 1 / (1 + Math.exp(-(bias + vector.dot(weights))));
    }

    boolean promotional(PromotionalFeatures.Vector vector) {
        return probability(vector) >= threshold;
    }

    /** The strongest reasons for a flagged sentence: features grouped by reason code, the largest positive sums first. */
    List<String> reasons(PromotionalFeatures.Vector vector) {
        Map<String, Double> byReason = new HashMap<>();
        int[] indices = vector.indices();
        double[] values = vector.values();
        for (int i = 0; i < indices.length; i++) {
            String reason = PromotionalFeatures.reasonOf(indices[i]);
            double contribution = weights[indices[i]] * values[i];
            if (reason != null && contribution != 0) {
                byReason.merge(reason, contribution, Double::sum);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(byReason.entrySet());
        ranked.removeIf(e -> e.getValue() < REASON_MIN);
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<String> reasons = new ArrayList<>(MAX_REASONS);
        for (Map.Entry<String, Double> e : ranked) {
            if (reasons.size() == MAX_REASONS) {
                break;
            }
            reasons.add(e.getKey());
        }
        if (reasons.isEmpty()) {
            reasons.add(PromotionalFeatures.SALES_WORDING); // nothing stands out: the words as a whole
        }
        return reasons;
    }

    /** The model file: "bias", "threshold" and one line per non-zero weight, {@code NAME<TAB>value}. */
    private static PromotionalModel load() {
        try (InputStream in = PromotionalModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + PromotionalModel.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PromotionalModel parse(String file) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < PromotionalFeatures.SIZE; i++) {
            index.put(PromotionalFeatures.nameOf(i), i);
        }
        double bias = Double.NaN;
        double threshold = Double.NaN;
        double[] weights = new double[PromotionalFeatures.SIZE];
        for (String line : file.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.strip().split("\t");
            double value = Double.parseDouble(columns[1]);
            switch (columns[0]) {
                case "bias" -> bias = value;
                case "threshold" -> threshold = value;
                default -> {
                    Integer i = index.get(columns[0]);
                    if (i == null) {
                        throw new IllegalStateException(RESOURCE + " names an unknown feature: " + columns[0]);
                    }
                    weights[i] = value;
                }
            }
        }
        if (Double.isNaN(bias) || Double.isNaN(threshold)) {
            throw new IllegalStateException(RESOURCE + " needs a bias and a threshold line");
        }
        return new PromotionalModel(bias, threshold, weights);
    }

    /** The file for these weights (what the fit prints): names, not indices, so a new feature does not shift them. */
    static String format(double bias, double threshold, double[] weights, String header) {
        StringBuilder out = new StringBuilder(header);
        out.append(String.format(java.util.Locale.ROOT, "bias\t%.4f%nthreshold\t%.3f%n", bias, threshold));
        for (int i = 0; i < weights.length; i++) {
            if (Math.abs(weights[i]) >= 0.00005) {
                out.append(String.format(java.util.Locale.ROOT, "%s\t%.4f%n", PromotionalFeatures.nameOf(i), weights[i]));
            }
        }
        return out.toString();
    }
}
