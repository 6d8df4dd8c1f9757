package org.factdesk.assist.internal;

import org.factdesk.bench.CheckWorthinessDevSet;
import org.factdesk.bench.CheckWorthinessDevSet.Labelled;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits {@link CheckWorthiness}'s weights: logistic regression by batch gradient descent with an L2 penalty on
 * the fitted part of the development set (the pages that are not held out) plus the seed sentences, and prints
 * the weights as the enum's lines and the figures at 0.5 on the fitted and the held-out part. Not a test: run
 * {@code java -cp target/test-classes:target/classes:… org.factdesk.assist.internal.CheckWorthinessFit /path/to/trafilatura/tests}.
 */
final class CheckWorthinessFit {

    static final double PENALTY = 0.02;
    static final int ROUNDS = 4000;
    static final double RATE = 0.5;

    private CheckWorthinessFit() {
    }

    public static void main(String[] args) throws Exception {
        List<Labelled> dev = CheckWorthinessDevSet.load(Path.of(args[0]));
        List<Labelled> fit = new ArrayList<>(dev.stream().filter(l -> !l.heldOut()).toList());
        fit.addAll(CheckWorthinessDevSet.seeds());
        int n = CheckWorthiness.Feature.values().length;
        double[][] x = new double[fit.size()][];
        double[] y = new double[fit.size()];
        for (int i = 0; i < fit.size(); i++) {
            Labelled l = fit.get(i);
            x[i] = toDoubles(CheckWorthiness.features(l.text(), l.kind(),
                    CheckWorthiness.headlineOrdinal(l.article()) == l.ordinal()));
            y[i] = fit.get(i).checkWorthy() ? 1 : 0;
        }
        double penalty = args.length > 1 ? Double.parseDouble(args[1]) : PENALTY;
        double[] w = new double[n];
        double bias = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double[] gradient = new double[n];
            double biasGradient = 0;
            for (int i = 0; i < x.length; i++) {
                double error = sigmoid(bias + dot(w, x[i])) - y[i];
                biasGradient += error;
                for (int j = 0; j < n; j++) {
                    gradient[j] += error * x[i][j];
                }
            }
            bias -= RATE * biasGradient / x.length;
            for (int j = 0; j < n; j++) {
                w[j] -= RATE * (gradient[j] / x.length + penalty * w[j]);
                // a cue only pushes its own way: a claim cue never lowers the score, a low cue never raises it
                CheckWorthiness.Feature feature = CheckWorthiness.Feature.values()[j];
                w[j] = feature.lowers() ? Math.min(0, w[j]) : Math.max(0, w[j]);
            }
        }
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
        System.out.printf(Locale.ROOT, "    static final double BIAS = %.2f;%n", bias);
        for (CheckWorthiness.Feature feature : CheckWorthiness.Feature.values()) {
            long on = java.util.Arrays.stream(x).filter(row -> row[feature.ordinal()] > 0).count();
            System.out.printf(Locale.ROOT, "        %s(\"%s\", %.2f),   // on in %d%n", feature.name(), feature.code,
                    w[feature.ordinal()], on);
        }
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
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * x[i];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
