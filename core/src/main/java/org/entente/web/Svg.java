package org.entente.web;

import org.entente.store.Queries.MonthCount;
import org.entente.store.Queries.Tie;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Charts drawn on the server as inline SVG: no chart library to ship, nothing fetched by the
 * browser, nothing for the Content-Security-Policy to allow. Every label is escaped.
 */
final class Svg {
    /** One colour per event type, in the order of the legend; other types are grey. */
    static final Map<String, String> COLOURS = colours();

    private static final int MAX_MONTHS = 600;

    private Svg() {
    }

    private static Map<String, String> colours() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("MEET", "#1f77b4");
        m.put("VISIT", "#ff7f0e");
        m.put("CALL", "#2ca02c");
        m.put("SIGN", "#d62728");
        m.put("COMMIT", "#9467bd");
        m.put("SUPPORT", "#8c564b");
        m.put("RELATION", "#e377c2");
        m.put("SANCTION", "#17becf");
        return m;
    }

    static String colour(String type) {
        return COLOURS.getOrDefault(type, "#7f7f7f");
    }

    /** Stacked bars: events by month, one colour per type, every month between the first and the last. */
    static String timeline(List<MonthCount> counts) {
        TreeMap<YearMonth, Map<String, Integer>> byMonth = new TreeMap<>();
        for (MonthCount c : counts) {
            YearMonth m;
            try {
                m = YearMonth.parse(c.month());
            } catch (RuntimeException e) {
                continue; // a year-only date has no month to sit in
            }
            byMonth.computeIfAbsent(m, k -> new LinkedHashMap<>()).merge(c.type(), c.events(), Integer::sum);
        }
        if (byMonth.isEmpty()) {
            return "<p class=\"muted\">No dated events.</p>";
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()) && months.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            months.add(m);
        }
        int max = byMonth.values().stream().mapToInt(v -> v.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
        int bar = Math.max(4, Math.min(40, 720 / months.size()));
        int left = 36;
        int top = 10;
        int height = 160;
        int width = left + months.size() * bar + 10;
        int labelEvery = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Events by month and type\" ")
                .append("width=\"").append(width).append("\" height=\"").append(top + height + 40).append("\" viewBox=\"0 0 ")
                .append(width).append(' ').append(top + height + 40).append("\">");
        s.append("<line x1=\"").append(left).append("\" y1=\"").append(top + height).append("\" x2=\"").append(width - 5)
                .append("\" y2=\"").append(top + height).append("\" stroke=\"#444\"/>");
        s.append("<text x=\"").append(left - 4).append("\" y=\"").append(top + 8).append("\" text-anchor=\"end\" font-size=\"10\">")
                .append(max).append("</text>");
        s.append("<text x=\"").append(left - 4).append("\" y=\"").append(top + height).append("\" text-anchor=\"end\" font-size=\"10\">0</text>");
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            int x = left + i * bar;
            double y = top + height;
            Map<String, Integer> types = byMonth.getOrDefault(m, Map.of());
            for (String type : ordered(types)) {
                int n = types.get(type);
                double h = (double) n * height / max;
                y -= h;
                s.append("<rect x=\"").append(x + 1).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(bar - 2)
                        .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour(type)).append("\"><title>")
                        .append(Html.text(m + " " + type + ": " + n)).append("</title></rect>");
            }
            if (i % labelEvery == 0) {
                s.append("<text x=\"").append(x + bar / 2).append("\" y=\"").append(top + height + 14)
                        .append("\" text-anchor=\"middle\" font-size=\"10\">").append(Html.text(m.toString())).append("</text>");
            }
        }
        int lx = left;
        for (Map.Entry<String, String> e : COLOURS.entrySet()) {
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(top + height + 24).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(e.getValue()).append("\"/><text x=\"").append(lx + 13).append("\" y=\"").append(top + height + 33)
                    .append("\" font-size=\"10\">").append(e.getKey()).append("</text>");
            lx += 75;
        }
        return s.append("</svg>").toString();
    }

    private static List<String> ordered(Map<String, Integer> types) {
        List<String> out = new ArrayList<>();
        for (String t : COLOURS.keySet()) {
            if (types.containsKey(t)) {
                out.add(t);
            }
        }
        for (String t : types.keySet()) {
            if (!COLOURS.containsKey(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Two people around the centre who also share events with each other. */
    record Edge(String a, String b, int events) {
    }

    /**
     * Who met whom: the actor in the middle, the people it shares events with around it, a line
     * to each as thick as the number of shared events, dashed lines between those around it that
     * met each other; every node links to its actor page.
     *
     * @param shown the ties to draw, at most a dozen or two for the circle to stay legible
     */
    static String network(String centreName, List<Tie> shown, List<Edge> between) {
        int size = 420;
        double c = size / 2.0;
        double r = size / 2.0 - 70;
        int most = shown.stream().mapToInt(Tie::events).max().orElse(1);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart network\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Who met whom\" width=\"")
                .append(size).append("\" height=\"").append(size).append("\" viewBox=\"0 0 ").append(size).append(' ').append(size).append("\">");
        StringBuilder nodes = new StringBuilder();
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            double a = 2 * Math.PI * i / shown.size() - Math.PI / 2;
            at.put(shown.get(i).actorId(), new double[] {c + r * Math.cos(a), c + r * Math.sin(a)});
        }
        for (Edge e : between) {
            double[] p = at.get(e.a());
            double[] q = at.get(e.b());
            if (p != null && q != null) {
                s.append("<line class=\"between\" x1=\"").append(fmt(p[0])).append("\" y1=\"").append(fmt(p[1])).append("\" x2=\"")
                        .append(fmt(q[0])).append("\" y2=\"").append(fmt(q[1])).append("\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"><title>")
                        .append(Html.text(e.events() + " shared event(s)")).append("</title></line>");
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            Tie t = shown.get(i);
            double a = 2 * Math.PI * i / shown.size() - Math.PI / 2;
            double x = c + r * Math.cos(a);
            double y = c + r * Math.sin(a);
            s.append("<line x1=\"").append(fmt(c)).append("\" y1=\"").append(fmt(c)).append("\" x2=\"").append(fmt(x)).append("\" y2=\"")
                    .append(fmt(y)).append("\" stroke=\"#888\" stroke-width=\"").append(fmt(1 + 5.0 * t.events() / most)).append("\"><title>")
                    .append(Html.text(t.events() + " shared event(s)")).append("</title></line>");
            String label = t.name() + (t.country() == null ? "" : " (" + t.country() + ")");
            nodes.append("<a href=\"").append(Pages.actorUrl(t.actorId())).append("\"><circle cx=\"").append(fmt(x)).append("\" cy=\"")
                    .append(fmt(y)).append("\" r=\"8\" fill=\"#1f77b4\"/><text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 20))
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(Html.text(label)).append("</text></a>");
        }
        s.append(nodes);
        s.append("<circle cx=\"").append(fmt(c)).append("\" cy=\"").append(fmt(c)).append("\" r=\"11\" fill=\"#d62728\"/><text x=\"")
                .append(fmt(c)).append("\" y=\"").append(fmt(c - 16)).append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">")
                .append(Html.text(centreName)).append("</text>");
        return s.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
