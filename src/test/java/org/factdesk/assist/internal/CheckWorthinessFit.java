package org.factdesk.assist.internal;

import org.factdesk.bench.CheckWorthinessDevSet;
import org.factdesk.bench.CheckWorthinessDevSet.Labelled;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits {@link CheckWorthiness}'s weights: logistic regression by batch gradient descent with an L2 penalty on
 * the fitted part of the development set (the pages that are not held out) plus the seed sentences (with an
 * intercept of their own that the scorer does not use), and prints the weights as the enum's lines. Not a test:
 * run {@code java -cp target/test-classes:target/classes:… org.factdesk.assist.internal.CheckWorthinessFit DIR ARG}
 * with DIR the trafilatura tests folder and ARG {@code cv} (five-fold cross-validation by page over penalties,
 * to choose one), {@code errors [PENALTY]} (the fitted news sentences that cross-validation gets wrong, with their
 * cues) or a penalty ({@code 0.001}: fit and print; add {@code held-out} to print F1 on the held-out pages with
 * those weights). {@code -Ddrop=CUE,…} leaves cues out.
 */
final class CheckWorthinessFit {

    static final double PENALTY = 0.001;
    static final int ROUNDS = 4000;
    static final double RATE = 0.5;

    private CheckWorthinessFit() {
    }

    public static void main(String[] args) throws Exception {
        List<Labelled> dev = CheckWorthinessDevSet.load(Path.of(args[0]));
        List<Labelled> fit = new ArrayList<>(dev.stream().filter(l -> !l.heldOut()).toList());
        if (!Boolean.getBoolean("noseeds")) {
            fit.addAll(CheckWorthinessDevSet.seeds());
        }
        int n = CheckWorthiness.Feature.values().length + 1; // the cues and the seeds' own intercept
        double[][] x = new double[fit.size()][];
        double[] y = new double[fit.size()];
        for (int i = 0; i < fit.size(); i++) {
            x[i] = featuresOf(fit.get(i));
            y[i] = fit.get(i).checkWorthy() ? 1 : 0;
        }
        if (args.length > 1 && args[1].equals("cv")) {
            crossValidate(fit, x, y);
            return;
        }
        if (args.length > 1 && args[1].equals("errors")) {
            printOutOfFoldErrors(fit, x, y, args.length > 2 ? Double.parseDouble(args[2]) : PENALTY);
            return;
        }
        double penalty = args.length > 1 ? Double.parseDouble(args[1]) : PENALTY;
        double[] w = new double[n];
        double bias = train(x, y, penalty, w);
        // for information: where F1 at 0.50 on the fitted sentences would be highest if the intercept moved.
        // It is not applied: that would fit the share of check-worthy sentences in this set (about two
        // thirds in the pages, one third in the seeds), which another set need not have.
        double logLossBias = bias;
        double bestShift = 0;
        double bestF1 = -1;
        for (int step = -20; step <= 20; step++) {
            double shift = step * 0.05;
            double f1 = f1(x, y, w, logLossBias + shift);
            if (f1 > bestF1 + 1e-9 || Math.abs(f1 - bestF1) < 1e-9 && Math.abs(shift) < Math.abs(bestShift)) {
                bestF1 = f1;
                bestShift = shift;
            }
        }
        System.out.printf(Locale.ROOT, "on the fitted sentences at 0.5: f1 %.3f with the log-loss intercept %.2f,"
                + " %.3f with the intercept moved by %+.2f%n", f1(x, y, w, logLossBias), logLossBias, bestF1, bestShift);
        System.out.printf(Locale.ROOT, "fitted on %d sentences (%d check-worthy)%n", fit.size(),
                (int) java.util.Arrays.stream(y).sum());
        System.out.printf(Locale.ROOT, "    static final double BIAS = %.2f;   // the seeds' intercept: %.2f%n", bias,
                bias + w[n - 1]);
        for (CheckWorthiness.Feature feature : CheckWorthiness.Feature.values()) {
            long on = java.util.Arrays.stream(x).filter(row -> row[feature.ordinal()] > 0).count();
            System.out.printf(Locale.ROOT, "        %s(\"%s\", %.2f),   // on in %d%n", feature.name(), feature.code,
                    w[feature.ordinal()], on);
        }
        if (args.length > 2 && args[2].equals("held-out")) {
            // only when asked: the held-out pages are for reporting, not for choosing cues
            List<Labelled> held = dev.stream().filter(Labelled::heldOut).toList();
            double[][] hx = held.stream().map(CheckWorthinessFit::featuresOf).toArray(double[][]::new);
            double[] hy = held.stream().mapToDouble(l -> l.checkWorthy() ? 1 : 0).toArray();
            System.out.printf(Locale.ROOT, "held-out (%d sentences) at 0.5 with these weights: f1 %.3f%n", held.size(),
                    f1(hx, hy, w, bias));
        }
    }

    /**
     * Logistic regression by batch gradient descent with an L2 penalty; fills {@code w}, returns the intercept.
     * A cue only pushes its own way: a claim cue never lowers the score, a low cue never raises it.
     */
    static double train(double[][] x, double[] y, double penalty, double[] w) {
        CheckWorthiness.Feature[] features = CheckWorthiness.Feature.values();
        int[] signs = new int[features.length];
        for (int j = 0; j < features.length; j++) {
            signs[j] = features[j].lowers() ? -1 : 1;
        }
        return LogisticFit.train(x, y, penalty, w, signs, ROUNDS, RATE);
    }

    /**
     * Chooses the penalty without the held-out pages: five folds of the fitted sentences by page (a page's
     * sentences stay together, as a new page's would), F1 at 0.5 over all folds' predictions.
     */
    private static void crossValidate(List<Labelled> fit, double[][] x, double[] y) {
        List<String> pages = fit.stream().map(Labelled::page).distinct().sorted().toList();
        for (double penalty : new double[]{0.001, 0.003, 0.005, 0.01, 0.02, 0.05}) {
            double[] shifts = {-0.6, -0.4, -0.2, 0, 0.2};
            int[][] counts = new int[shifts.length][3]; // tp, fp, fn on the news pages only, per intercept shift
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int fold = 0; fold < 5; fold++) {
                final int f = fold;
                List<Integer> train = new ArrayList<>();
                List<Integer> test = new ArrayList<>();
                for (int i = 0; i < fit.size(); i++) {
                    (pages.indexOf(fit.get(i).page()) % 5 == f ? test : train).add(i);
                }
                double[] w = new double[x[0].length];
                double bias = train(train.stream().map(i -> x[i]).toArray(double[][]::new),
                        train.stream().mapToDouble(i -> y[i]).toArray(), penalty, w);
                for (int i : test) {
                    for (int k = 0; k < shifts.length; k++) {
                        boolean p = sigmoid(bias + shifts[k] + dot(w, x[i])) >= 0.5;
                        if (fit.get(i).page().endsWith(".txt")) {
                            continue; // a seed
                        }
                        counts[k][p && y[i] > 0 ? 0 : p ? 1 : y[i] > 0 ? 2 : 0] += p || y[i] > 0 ? 1 : 0;
                    }
                    boolean predicted = sigmoid(bias + dot(w, x[i])) >= 0.5;
                    if (predicted && y[i] > 0) {
                        tp++;
                    } else if (predicted) {
                        fp++;
                    } else if (y[i] > 0) {
                        fn++;
                    }
                }
            }
            StringBuilder pagesOnly = new StringBuilder();
            for (int k = 0; k < shifts.length; k++) {
                pagesOnly.append(String.format(Locale.ROOT, " %+.1f:%.3f", shifts[k],
                        2.0 * counts[k][0] / (2 * counts[k][0] + counts[k][1] + counts[k][2])));
            }
            System.out.printf(Locale.ROOT, "penalty %.3f: cross-validated f1 %.3f; news pages only, by intercept shift%s%n",
                    penalty, 2.0 * tp / (2 * tp + fp + fn), pagesOnly);
        }
    }

    /**
     * The fitted news sentences that five-fold cross-validation by page gets wrong, each scored by a model fitted
     * without its page, with the cues that fired: what to read when looking for a missing cue. Never the held-out
     * pages.
     */
    private static void printOutOfFoldErrors(List<Labelled> fit, double[][] x, double[] y, double penalty) {
        List<String> pages = fit.stream().map(Labelled::page).distinct().sorted().toList();
        for (int fold = 0; fold < 5; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < fit.size(); i++) {
                (pages.indexOf(fit.get(i).page()) % 5 == fold ? test : train).add(i);
            }
            double[] w = new double[x[0].length];
            double bias = train(train.stream().map(i -> x[i]).toArray(double[][]::new),
                    train.stream().mapToDouble(i -> y[i]).toArray(), penalty, w);
            for (int i : test) {
                double p = sigmoid(bias + dot(w, x[i]));
                Labelled l = fit.get(i);
                if ((p >= 0.5) != (y[i] > 0) && !l.page().endsWith(".txt")) {
                    StringBuilder cues = new StringBuilder();
                    for (CheckWorthiness.Feature feature : CheckWorthiness.Feature.values()) {
                        if (x[i][feature.ordinal()] > 0) {
                            cues.append(feature.name().toLowerCase(Locale.ROOT)).append(' ');
                        }
                    }
                    System.out.printf(Locale.ROOT, "%s %.2f %s|%d [%s] %s%n", y[i] > 0 ? "FN" : "FP", p, l.page(),
                            l.ordinal(), cues.toString().strip(), l.text());
                }
            }
        }
    }

    private static final java.util.Map<org.factdesk.assist.AssistText, List<boolean[]>> ARTICLES =
            new java.util.IdentityHashMap<>();

    /** The cues as the scorer sees them (with the article's: title, quotations, opinion piece). */
    static double[] featuresOf(Labelled l) {
        List<boolean[]> article = ARTICLES.computeIfAbsent(l.article(), CheckWorthiness::articleFeatures);
        int index = 0;
        for (org.factdesk.assist.AssistText.Sentence sentence : l.article().sentences()) {
            if (sentence.ordinal() == l.ordinal()) {
                break;
            }
            index++;
        }
        double[] values = toDoubles(article.get(index));
        // -Ddrop=CUE,CUE: leave cues out, to see what each adds in cross-validation
        for (String dropped : System.getProperty("drop", "").split(",")) {
            if (!dropped.isBlank()) {
                values[CheckWorthiness.Feature.valueOf(dropped.strip()).ordinal()] = 0;
            }
        }
        // the last column: the sentence is a seed's. The seeds are analysis pieces with a third of their
        // sentences check-worthy, the news pages two thirds; their own intercept lets their cues count
        // without pulling the news intercept down. The scorer has no such column (its intercept is the pages').
        double[] withSeed = java.util.Arrays.copyOf(values, values.length + 1);
        withSeed[values.length] = l.page().endsWith(".txt") ? 1 : 0;
        return withSeed;
    }

    private static double f1(double[][] x, double[] y, double[] w, double bias) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < x.length; i++) {
            boolean predicted = sigmoid(bias + dot(w, x[i])) >= 0.5;
            if (predicted && y[i] > 0) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (y[i] > 0) {
                fn++;
            }
        }
        return 2.0 * tp / (2 * tp + fp + fn);
    }

    private static double[] toDoubles(boolean[] features) {
        double[] values = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            values[i] = features[i] ? 1 : 0;
        }
        return values;
    }

    private static double dot(double[] w, double[] x) {
        return LogisticFit.dot(w, x);
    }

    private static double sigmoid(double z) {
        return LogisticFit.sigmoid(z);
    }
}
