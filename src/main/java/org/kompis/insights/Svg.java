package org.kompis.insights;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG: no script, no CDN, sharp on a phone (a viewBox scaled to the page's width).
 * Each is an image with a title and a description that says what it shows; the table under it has every figure.
 * Colours are the Okabe-Ito palette (told apart with the common colour vision deficiencies), labels are dark text
 * on white, and a hidden week is a dashed outline, never a bar.
 */
final class Svg {
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00");
    private static final int W = 640;

    private Svg() {}

    /** One series of a chart: its name, colour and a value per label ({@code null}: hidden). */
    record Series(String name, String colour, List<Integer> values) {}

    /** Columns over the labels (weeks), the series stacked; a legend when there is more than one series. */
    static String columns(String id, String title, String desc, List<String> labels, List<Series> series) {
        return columns(id, title, desc, labels, series, W);
    }

    /**
     * As above, {@code width} units wide: a small chart beside others gets a narrower box, so its text stays legible.
     */
    static String columns(String id, String title, String desc, List<String> labels, List<Series> series, int width) {
        int h = 200;
        int top = 18;
        int bottom = 34;
        int left = 8;
        int n = Math.max(1, labels.size());
        int max = 1;
        for (int i = 0; i < labels.size(); i++) {
            max = Math.max(max, stack(series, i));
        }
        double slot = (width - left * 2) / (double) n;
        double bar = Math.max(2, slot * 0.7);
        double plot = h - top - bottom;
        StringBuilder sb = open(id, title, desc, width, h + (series.size() > 1 ? 24 : 0));
        sb.append(line(left, h - bottom, width - left, h - bottom));
        int every = Math.max(1, (int) Math.ceil(n / (width / 48.0)));
        for (int i = 0; i < labels.size(); i++) {
            double x = left + i * slot + (slot - bar) / 2;
            int at = i;
            boolean hidden = series.stream().anyMatch(s -> s.values().get(at) == null);
            if (hidden) {
                sb.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                                + "stroke=\"#767676\" stroke-dasharray=\"3 3\"/>",
                        x,
                        top,
                        bar,
                        plot));
            } else {
                double y = h - bottom;
                for (Series s : series) {
                    double bh = plot * s.values().get(i) / max;
                    if (bh <= 0) {
                        continue;
                    }
                    y -= bh;
                    sb.append(String.format(
                            Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" " + "fill=\"%s\"/>",
                            x,
                            y,
                            bar,
                            bh,
                            s.colour()));
                }
                if (slot >= 16) {
                    sb.append(text(x + bar / 2, y - 4, "middle", String.valueOf(stack(series, i)), 11));
                }
            }
            if (i % every == 0) {
                sb.append(text(x + bar / 2, h - bottom + 16, "middle", labels.get(i), 11));
            }
        }
        if (series.size() > 1) {
            legend(
                    sb,
                    series.stream().map(Series::name).toList(),
                    series.stream().map(Series::colour).toList(),
                    h + 8);
        }
        return sb.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, with the value at the end of each. */
    static String bars(String id, String title, String desc, List<String> labels, List<Integer> values) {
        return bars(id, title, desc, labels, values, PALETTE);
    }

    /** As above, bar {@code i} in {@code colours.get(i)} (cycled), so a status keeps its colour from chart to chart. */
    static String bars(
            String id, String title, String desc, List<String> labels, List<Integer> values, List<String> colours) {
        int row = 28;
        int labelWidth = 210;
        int h = Math.max(row, labels.size() * row) + 8;
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        StringBuilder sb = open(id, title, desc, W, h);
        for (int i = 0; i < labels.size(); i++) {
            int y = 4 + i * row;
            double w = (W - labelWidth - 50) * values.get(i) / (double) max;
            sb.append(text(labelWidth - 8, y + 18, "end", labels.get(i), 13));
            sb.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"/>",
                    labelWidth,
                    y + 4,
                    Math.max(w, 1),
                    colours.get(i % colours.size())));
            sb.append(text(labelWidth + Math.max(w, 1) + 6, y + 18, "start", String.valueOf(values.get(i)), 13));
        }
        return sb.append("</svg>").toString();
    }

    private static int stack(List<Series> series, int i) {
        int sum = 0;
        for (Series s : series) {
            Integer v = s.values().get(i);
            sum += v == null ? 0 : v;
        }
        return sum;
    }

    private static void legend(StringBuilder sb, List<String> names, List<String> colours, int y) {
        double x = 8;
        for (int i = 0; i < names.size(); i++) {
            sb.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    x,
                    y,
                    colours.get(i)));
            sb.append(text(x + 16, y + 11, "start", names.get(i), 12));
            x += 28 + names.get(i).length() * 7;
        }
    }

    private static StringBuilder open(String id, String title, String desc, int w, int h) {
        return new StringBuilder(2048)
                .append(String.format(
                        Locale.ROOT,
                        "<svg id=\"%s\" class=\"chart\" "
                                + "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-labelledby=\"%s-t %s-d\" "
                                + "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"%s-t\">%s</title><desc "
                                + "id=\"%s-d\">%s</desc>",
                        id,
                        w,
                        h,
                        id,
                        id,
                        id,
                        Html.esc(title),
                        id,
                        Html.esc(desc)));
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return String.format(
                Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#595959\"/>", x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String s, int size) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" " + "fill=\"#1a1a1a\">%s</text>",
                x,
                y,
                anchor,
                size,
                Html.esc(s));
    }
}
