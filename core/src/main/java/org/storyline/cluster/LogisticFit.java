package org.storyline.cluster;

import java.util.List;

/**
 * Fits logistic-regression weights by Newton's method (iteratively reweighted least squares) with a small L2
 * penalty; the features are few (a dozen), so each step solves the full Hessian.
 */
final class LogisticFit {

    private LogisticFit() {
    }

    /**
     * Weights for {@code x} (rows of features, the first a constant 1) and labels {@code y}, each row counted
     * {@code rowWeight} times.
     */
    static double[] fit(List<double[]> x, List<Boolean> y, List<Double> rowWeight, double l2) {
        int d = x.get(0).length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] f = x.get(n);
                double p = 1 / (1 + Math.exp(-dot(w, f)));
                double r = rowWeight.get(n);
                double err = r * (p - (y.get(n) ? 1 : 0));
                double curvature = r * Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    gradient[i] += err * f[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += curvature * f[i] * f[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) { // the bias is not penalised
                gradient[i] += l2 * w[i];
                hessian[i][i] += l2;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] v = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] row = m[col]; m[col] = m[pivot]; m[pivot] = row;
            double t = v[col]; v[col] = v[pivot]; v[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double k = m[r][col] / m[col][col];
                for (int c = col; c < n; c++) {
                    m[r][c] -= k * m[col][c];
                }
                v[r] -= k * v[col];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = v[i];
            for (int c = i + 1; c < n; c++) {
                s -= m[i][c] * x[c];
            }
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : s / m[i][i];
        }
        return x;
    }
}
