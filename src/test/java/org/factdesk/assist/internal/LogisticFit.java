package org.factdesk.assist.internal;

/**
 * Logistic regression by batch gradient descent with an L2 penalty, shared by the offline fits of the assist
 * feature ({@link CheckWorthinessFit}, {@link PromotionalBlockFit}). Test code only: the fitted weights are printed
 * and copied into main, where scoring is a dot product.
 */
final class LogisticFit {

    private LogisticFit() {
    }

    /**
     * Fills {@code w}, returns the intercept. {@code signs[j]} keeps weight j on one side: positive, never below
     * zero (a cue that only raises the score); negative, never above zero; zero or beyond the array, free.
     */
    static double train(double[][] x, double[] y, double penalty, double[] w, int[] signs, int rounds, double rate) {
        int n = w.length;
        double bias = 0;
        for (int round = 0; round < rounds; round++) {
            double[] gradient = new double[n];
            double biasGradient = 0;
            for (int i = 0; i < x.length; i++) {
                double error = sigmoid(bias + dot(w, x[i])) - y[i];
                biasGradient += error;
                for (int j = 0; j < n; j++) {
                    gradient[j] += error * x[i][j];
                }
            }
            bias -= rate * biasGradient / x.length;
            for (int j = 0; j < n; j++) {
                w[j] -= rate * (gradient[j] / x.length + penalty * w[j]);
                if (j < signs.length && signs[j] != 0) {
                    w[j] = signs[j] < 0 ? Math.min(0, w[j]) : Math.max(0, w[j]);
                }
            }
        }
        return bias;
    }

    static double dot(double[] w, double[] x) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * x[i];
        }
        return sum;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
