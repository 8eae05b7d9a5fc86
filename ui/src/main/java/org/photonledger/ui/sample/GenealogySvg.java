package org.photonledger.ui.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.photonledger.processing.sample.Genealogy;

/**
 * Draws a genealogy as a left-to-right layered SVG: reagent lots and ancestors on the left, the object in the middle,
 * what was made from it on the right. Every node links to its page. Pure: graph in, SVG text out.
 */
public final class GenealogySvg {

    private static final int NODE_W = 210;
    private static final int NODE_H = 46;
    private static final int COL_GAP = 70;
    private static final int ROW_GAP = 14;
    private static final int PAD = 16;
    private static final Map<String, String> COLOURS = Map.of(
            "ReagentLot", "#e8f1fb", "SynthesisBatch", "#fdf0dc", "QdSample", "#fbe7ef", "Mirror", "#e6f4ea",
            "Film", "#efe9fb", "Cavity", "#fff6c9");

    private GenealogySvg() {
    }

    /** The page of a lab object: runs and results have their own pages, everything else the sample page. */
    public static String page(String kind, String id) {
        return switch (kind) {
            case "Measurement" -> "/measurements/" + id;
            case "Result" -> "/results/" + id;
            default -> "/samples/" + id;
        };
    }

    /** The graph as SVG; every node links to its page. */
    public static String render(Genealogy g) {
        Map<String, Integer> level = levels(g);
        TreeMap<Integer, List<Genealogy.Node>> columns = new TreeMap<>();
        for (Genealogy.Node n : g.nodes()) {
            columns.computeIfAbsent(level.getOrDefault(n.id(), 0), k -> new ArrayList<>()).add(n);
        }
        columns.values().forEach(c -> c.sort(Comparator.comparing(Genealogy.Node::kind).thenComparing(Genealogy.Node::label)));
        int minLevel = columns.isEmpty() ? 0 : columns.firstKey();
        int maxRows = columns.values().stream().mapToInt(List::size).max().orElse(1);
        int width = PAD * 2 + columns.size() * NODE_W + Math.max(0, columns.size() - 1) * COL_GAP;
        int height = PAD * 2 + maxRows * NODE_H + Math.max(0, maxRows - 1) * ROW_GAP;
        Map<String, int[]> pos = new HashMap<>();
        for (var column : columns.entrySet()) {
            int x = PAD + (column.getKey() - minLevel) * (NODE_W + COL_GAP);
            List<Genealogy.Node> nodes = column.getValue();
            int colHeight = nodes.size() * NODE_H + (nodes.size() - 1) * ROW_GAP;
            int y0 = PAD + (height - 2 * PAD - colHeight) / 2;
            for (int i = 0; i < nodes.size(); i++) {
                pos.put(nodes.get(i).id(), new int[] {x, y0 + i * (NODE_H + ROW_GAP)});
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"genealogy of %s\">",
                width, height, width, height, esc(g.root())));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#777\"/></marker></defs>");
        for (Genealogy.Edge e : g.edges()) {
            int[] a = pos.get(e.from());
            int[] b = pos.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            int x1 = a[0] + NODE_W;
            int y1 = a[1] + NODE_H / 2;
            int x2 = b[0];
            int y2 = b[1] + NODE_H / 2;
            int mid = (x1 + x2) / 2;
            svg.append(String.format(Locale.ROOT,
                    "<path class=\"edge\" d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\" stroke=\"#999\" stroke-width=\"1.2\" "
                            + "marker-end=\"url(#arrow)\"><title>%s → %s: %s (event %s)</title></path>",
                    x1, y1, mid, y1, mid, y2, x2, y2, esc(e.from()), esc(e.to()), esc(e.relation()), esc(e.eventId())));
        }
        for (Genealogy.Node n : g.nodes()) {
            int[] p = pos.get(n.id());
            boolean root = n.id().equals(g.root());
            String fill = COLOURS.getOrDefault(n.kind(), "#eeeeee");
            svg.append("<a href=\"").append(esc(page(n.kind(), n.id()))).append("\" class=\"node\" data-id=\"").append(esc(n.id()))
                    .append("\">");
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"7\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                    p[0], p[1], NODE_W, NODE_H, fill, root ? "#5b2bb5" : "#b9b9b9", root ? "2.5" : "1"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"600\">%s</text>", p[0] + 9, p[1] + 18,
                    esc(clip(n.label(), 30))));
            String sub = kindName(n.kind()) + (n.subtype() == null ? "" : " · " + n.subtype())
                    + ("active".equals(n.status()) ? "" : " · " + n.status());
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\" font-size=\"11\">%s</text>", p[0] + 9,
                    p[1] + 35, esc(clip(sub, 34))));
            svg.append("<title>").append(esc(n.label() + " (" + n.id() + ")")).append("</title></a>");
        }
        if (g.truncated()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#a00\">graph truncated</text>", PAD, height - 4));
        }
        return svg.append("</svg>").toString();
    }

    /** Column of each node: ancestors negative, the root 0, descendants positive (longest path from the root). */
    static Map<String, Integer> levels(Genealogy g) {
        Map<String, List<Genealogy.Edge>> out = new HashMap<>();
        Map<String, List<Genealogy.Edge>> in = new HashMap<>();
        for (Genealogy.Edge e : g.edges()) {
            out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Integer> level = new HashMap<>();
        level.put(g.root(), 0);
        walk(g.root(), in, level, -1, true);
        walk(g.root(), out, level, 1, false);
        return level;
    }

    private static void walk(String root, Map<String, List<Genealogy.Edge>> adjacency, Map<String, Integer> level, int step,
            boolean upstream) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add(root);
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 100_000) {
            String current = queue.poll();
            for (Genealogy.Edge e : adjacency.getOrDefault(current, List.of())) {
                String next = upstream ? e.from() : e.to();
                int candidate = level.get(current) + step;
                Integer known = level.get(next);
                if (known == null || (upstream ? candidate < known && known <= 0 : candidate > known && known >= 0)) {
                    level.put(next, candidate);
                    queue.add(next);
                }
            }
        }
    }

    public static String kindName(String kind) {
        return switch (kind) {
            case "ReagentLot" -> "reagent lot";
            case "SynthesisBatch" -> "synthesis batch";
            case "QdSample" -> "QD sample";
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }

    private static String clip(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
