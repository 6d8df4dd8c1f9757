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
        int[][] indices = new int[x.length][];
        double[][] values = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            int nonZero = 0;
            for (double value : x[i]) {
                nonZero += value != 0 ? 1 : 0;
            }
            indices[i] = new int[nonZero];
            values[i] = new double[nonZero];
            for (int j = 0, k = 0; j < x[i].length; j++) {
                if (x[i][j] != 0) {
                    indices[i][k] = j;
                    values[i][k++] = x[i][j];
                }
            }
        }
        return train(indices, values, y, penalty, w, signs, rounds, rate);
    }

    /**
     * The same on sparse rows (row i: the values {@code values[i]} of the features {@code indices[i]}): the zeros a
     * dense row would add change no sum, so both give the same weights; this one also fits thousands of hashed
     * word features. A feature index may repeat in a row (its values add up).
     */
    static double train(int[][] indices, double[][] values, double[] y, double penalty, double[] w, int[] signs,
                        int rounds, double rate) {
        int n = w.length;
        double bias = 0;
        for (int round = 0; round < rounds; round++) {
            double[] gradient = new double[n];
            double biasGradient = 0;
            for (int i = 0; i < indices.length; i++) {
                double error = sigmoid(bias + dot(w, indices[i], values[i])) - y[i];
                biasGradient += error;
                for (int k = 0; k < indices[i].length; k++) {
                    gradient[indices[i][k]] += error * values[i][k];
                }
            }
            bias -= rate * biasGradient / indices.length;
            for (int j = 0; j < n; j++) {
                w[j] -= rate * (gradient[j] / indices.length + penalty * w[j]);
                if (j < signs.length && signs[j] != 0) {
                    w[j] = signs[j] < 0 ? Math.min(0, w[j]) : Math.max(0, w[j]);
                }
            }
        }
        return bias;
    }

    static double dot(double[] w, int[] indices, double[] values) {
        double sum = 0;
        for (int k = 0; k < indices.length; k++) {
            sum += w[indices[k]] * values[k];
        }
        return sum;
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
