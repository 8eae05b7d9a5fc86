package org.photonledger.processing.analysis;

import java.util.Arrays;
import java.util.Locale;

/** Small numeric pieces the analyses share: a running mean, the median, and numbers for messages. */
final class Numbers {

    private Numbers() {
    }

    /** Mean over {@code width} neighbouring points (fewer at the ends), for locating features in noisy counts. */
    static double[] runningMean(double[] y, int width) {
        int half = width / 2;
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(y.length - 1, i + half);
            double s = 0;
            for (int j = from; j <= to; j++) {
                s += y[j];
            }
            out[i] = s / (to - from + 1);
        }
        return out;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** A number for messages: integers without decimals, others with 6 significant digits and no trailing zeros. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
