package org.photonledger.ui.measurement;

import java.util.Locale;
import org.photonledger.acquisition.measurement.Preview;

/**
 * Draws a live preview as SVG on the server (no browser plotting library, nothing to build with npm): a curve with
 * axes and "nice" ticks, or a map as coloured cells with a colour bar. Large curves are reduced to min/max per
 * pixel column, so a 20 000-bin histogram draws as fast as a 500-bin one and keeps its peaks.
 */
final class PlotSvg {

    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 28;
    private static final int BOTTOM = 46;

    private PlotSvg() {
    }

    static String render(Preview preview, int width, int height) {
        if (preview == null) {
            return empty(width, height, "waiting for data…");
        }
        return switch (preview) {
            case Preview.Curve c -> curve(c, width, height);
            case Preview.Map m -> map(m, width, height);
        };
    }

    private static String empty(int width, int height, String text) {
        return "<svg xmlns='http://www.w3.org/2000/svg' width='" + width + "' height='" + height + "' viewBox='0 0 "
                + width + " " + height + "'><rect width='100%' height='100%' fill='#fff' stroke='#ccc'/>"
                + "<text x='50%' y='50%' text-anchor='middle' fill='#888' font-family='sans-serif' font-size='14'>"
                + esc(text) + "</text></svg>";
    }

    private static String curve(Preview.Curve c, int width, int height) {
        double[] x = c.x();
        double[] y = c.y();
        if (x.length == 0) {
            return empty(width, height, c.title() + ": waiting for data…");
        }
        double xMin = x[0];
        double xMax = x[x.length - 1];
        if (xMax <= xMin) {
            xMax = xMin + 1;
        }
        double yMax = 0;
        double yMin = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                yMax = Math.max(yMax, v);
                yMin = Math.min(yMin, v);
            }
        }
        if (yMax <= yMin) {
            yMax = yMin + 1;
        }
        double[] yTicks = ticks(yMin, yMax);
        yMax = Math.max(yMax, yTicks[yTicks.length - 1]);
        int pw = width - LEFT - RIGHT;
        int ph = height - TOP - BOTTOM;
        StringBuilder s = frame(width, height, c.title());
        axes(s, ticks(xMin, xMax), xMin, xMax, yTicks, yMin, yMax, pw, ph, c.xLabel(), c.yLabel());
        // min/max per pixel column keeps every peak visible however many bins there are
        double[] lo = new double[pw + 1];
        double[] hi = new double[pw + 1];
        java.util.Arrays.fill(lo, Double.NaN);
        java.util.Arrays.fill(hi, Double.NaN);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(y[i])) {
                continue;
            }
            int col = (int) Math.round((x[i] - xMin) / (xMax - xMin) * pw);
            if (col < 0 || col > pw) {
                continue;
            }
            lo[col] = Double.isNaN(lo[col]) ? y[i] : Math.min(lo[col], y[i]);
            hi[col] = Double.isNaN(hi[col]) ? y[i] : Math.max(hi[col], y[i]);
        }
        s.append("<polyline fill='none' stroke='#1565c0' stroke-width='1.2' points='");
        for (int col = 0; col <= pw; col++) {
            if (Double.isNaN(lo[col])) {
                continue;
            }
            double px = LEFT + col;
            s.append(f(px)).append(',').append(f(TOP + ph - (hi[col] - yMin) / (yMax - yMin) * ph)).append(' ');
            if (lo[col] != hi[col]) {
                s.append(f(px)).append(',').append(f(TOP + ph - (lo[col] - yMin) / (yMax - yMin) * ph)).append(' ');
            }
        }
        s.append("'/></svg>");
        return s.toString();
    }

    private static String map(Preview.Map m, int width, int height) {
        if (m.columns() == 0 || m.rows() == 0) {
            return empty(width, height, m.title() + ": waiting for data…");
        }
        double vMin = Double.POSITIVE_INFINITY;
        double vMax = Double.NEGATIVE_INFINITY;
        for (double v : m.values()) {
            if (Double.isFinite(v)) {
                vMin = Math.min(vMin, v);
                vMax = Math.max(vMax, v);
            }
        }
        if (!(vMax > vMin)) {
            vMin = Double.isFinite(vMin) ? vMin : 0;
            vMax = vMin + 1;
        }
        int pw = width - LEFT - RIGHT - 60;
        int ph = height - TOP - BOTTOM;
        double xMin = m.x0() - m.dx() / 2;
        double xMax = m.x0() + (m.columns() - 0.5) * m.dx();
        double yMin = m.y0() - m.dy() / 2;
        double yMax = m.y0() + (m.rows() - 0.5) * m.dy();
        StringBuilder s = frame(width, height, m.title());
        double cw = (double) pw / m.columns();
        double ch = (double) ph / m.rows();
        for (int r = 0; r < m.rows(); r++) {
            for (int col = 0; col < m.columns(); col++) {
                double v = m.values()[r * m.columns() + col];
                if (!Double.isFinite(v)) {
                    continue;
                }
                s.append("<rect x='").append(f(LEFT + col * cw)).append("' y='").append(f(TOP + ph - (r + 1) * ch))
                        .append("' width='").append(f(cw + 0.3)).append("' height='").append(f(ch + 0.3))
                        .append("' fill='").append(colour((v - vMin) / (vMax - vMin))).append("'/>");
            }
        }
        axes(s, ticks(xMin, xMax), xMin, xMax, ticks(yMin, yMax), yMin, yMax, pw, ph, m.xLabel(), m.yLabel());
        int bx = LEFT + pw + 15;
        for (int i = 0; i < 50; i++) {
            s.append("<rect x='").append(bx).append("' y='").append(f(TOP + ph - (i + 1) * ph / 50.0))
                    .append("' width='14' height='").append(f(ph / 50.0 + 0.5)).append("' fill='")
                    .append(colour(i / 49.0)).append("'/>");
        }
        s.append(text(bx + 18, TOP + 10, number(vMax), "start", 11));
        s.append(text(bx + 18, TOP + ph, number(vMin), "start", 11));
        s.append(text(bx, TOP + ph + 30, m.valueLabel(), "start", 11));
        s.append("</svg>");
        return s.toString();
    }

    private static StringBuilder frame(int width, int height, String title) {
        StringBuilder s = new StringBuilder(8192);
        s.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width).append("' height='").append(height)
                .append("' viewBox='0 0 ").append(width).append(' ').append(height)
                .append("' font-family='sans-serif'><rect width='100%' height='100%' fill='#fff'/>");
        s.append(text(LEFT, 18, title, "start", 14));
        return s;
    }

    private static void axes(StringBuilder s, double[] xTicks, double xMin, double xMax, double[] yTicks, double yMin,
            double yMax, int pw, int ph, String xLabel, String yLabel) {
        s.append("<rect x='").append(LEFT).append("' y='").append(TOP).append("' width='").append(pw)
                .append("' height='").append(ph).append("' fill='none' stroke='#444'/>");
        for (double t : xTicks) {
            if (t < xMin - 1e-12 || t > xMax + 1e-12) {
                continue;
            }
            double px = LEFT + (t - xMin) / (xMax - xMin) * pw;
            s.append("<line x1='").append(f(px)).append("' x2='").append(f(px)).append("' y1='").append(TOP + ph)
                    .append("' y2='").append(TOP + ph + 5).append("' stroke='#444'/>");
            s.append(text(px, TOP + ph + 18, number(t), "middle", 11));
        }
        for (double t : yTicks) {
            if (t < yMin - 1e-12 || t > yMax + 1e-12) {
                continue;
            }
            double py = TOP + ph - (t - yMin) / (yMax - yMin) * ph;
            s.append("<line x1='").append(LEFT - 5).append("' x2='").append(LEFT).append("' y1='").append(f(py))
                    .append("' y2='").append(f(py)).append("' stroke='#444'/>");
            s.append(text(LEFT - 8, py + 4, number(t), "end", 11));
        }
        s.append(text(LEFT + pw / 2.0, TOP + ph + 38, xLabel, "middle", 12));
        s.append("<text transform='translate(14,").append(f(TOP + ph / 2.0)).append(") rotate(-90)' text-anchor='middle'"
                + " font-size='12' fill='#222'>").append(esc(yLabel)).append("</text>");
    }

    /** About six round-numbered ticks covering [min, max]. */
    static double[] ticks(double min, double max) {
        double span = max - min;
        double raw = span / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3 ? 2 : raw / magnitude < 7 ? 5 : 10);
        double first = Math.ceil(min / step - 1e-9) * step;
        int n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(1, Math.min(n, 50))];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    private static String colour(double t) {
        double u = Math.max(0, Math.min(1, t));
        // dark blue → teal → yellow, readable in grey print too
        int r = (int) Math.round(255 * Math.min(1, Math.max(0, 1.6 * u - 0.5)));
        int g = (int) Math.round(255 * Math.min(1, 0.15 + 0.85 * u));
        int b = (int) Math.round(255 * Math.max(0, 0.55 - 0.5 * u));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String text(double x, double y, String text, String anchor, int size) {
        return "<text x='" + f(x) + "' y='" + f(y) + "' text-anchor='" + anchor + "' font-size='" + size
                + "' fill='#222'>" + esc(text) + "</text>";
    }

    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
