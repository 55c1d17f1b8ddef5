package org.entente.web;

import org.entente.export.EventRow;
import org.entente.store.Queries.Tie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Charts drawn on the server as inline SVG: no chart library to ship, nothing fetched by the
 * browser, nothing for the Content-Security-Policy to allow; {@code app.js} only adds the brush.
 * Every label is escaped.
 */
final class Svg {
    /** The unit of the timeline's bars, chosen from the span so that bars stay readable. */
    enum Bucket { YEAR, MONTH, DAY }

    private static final int WIDTH = 660;
    private static final int LEFT = 34;
    private static final int TOP = 10;
    private static final int HEIGHT = 150;
    /** Past this many bars the next coarser unit is used. */
    private static final int MAX_BARS = 130;

    private Svg() {
    }

    /** The first day an ISO date (year, month, day, or the start of an interval) can mean, or null. */
    static LocalDate day(String date) {
        if (date == null) {
            return null;
        }
        String d = date.contains("/") ? date.substring(0, date.indexOf('/')) : date;
        try {
            return switch (d.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(d), 1, 1);
                case 7 -> YearMonth.parse(d).atDay(1);
                case 10 -> LocalDate.parse(d);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** How precisely a date is known: 4 year, 7 month, 10 day (the length of its ISO form). */
    private static int precision(String date) {
        String d = date.contains("/") ? date.substring(0, date.indexOf('/')) : date;
        return d.length();
    }

    /** Years for decades, months for a few years, days for a visit. */
    static Bucket bucket(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        long months = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last));
        if (days <= 92) {
            return Bucket.DAY;
        }
        if (months < MAX_BARS && months <= 72) {
            return Bucket.MONTH;
        }
        return Bucket.YEAR;
    }

    private static LocalDate start(LocalDate d, Bucket b) {
        return switch (b) {
            case YEAR -> d.withDayOfYear(1);
            case MONTH -> d.withDayOfMonth(1);
            case DAY -> d;
        };
    }

    private static LocalDate next(LocalDate d, Bucket b) {
        return switch (b) {
            case YEAR -> d.plusYears(1);
            case MONTH -> d.plusMonths(1);
            case DAY -> d.plusDays(1);
        };
    }

    private static String iso(LocalDate d, Bucket b) {
        return switch (b) {
            case YEAR -> String.valueOf(d.getYear());
            case MONTH -> YearMonth.from(d).toString();
            case DAY -> d.toString();
        };
    }

    /**
     * Stacked bars of the events shown, one colour per type, planned and announced ones outlined
     * above those that took place; the unit follows the span. Each bar carries the range it
     * covers ({@code data-since}, {@code data-until}) for the brush to filter on.
     */
    static String timeline(List<EventRow> events, Labels l) {
        List<EventRow> dated = new ArrayList<>();
        for (EventRow e : events) {
            if (day(e.date()) != null) {
                dated.add(e);
            }
        }
        if (dated.isEmpty()) {
            return "<p class=\"muted\">" + Html.text(l.t("timeline.none")) + "</p>";
        }
        LocalDate first = dated.stream().map(e -> day(e.date())).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dated.stream().map(e -> day(e.date())).max(LocalDate::compareTo).orElseThrow();
        Bucket unit = bucket(first, last);
        int need = unit == Bucket.YEAR ? 4 : unit == Bucket.MONTH ? 7 : 10;
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate d = start(first, unit); !d.isAfter(last); d = next(d, unit)) {
            buckets.add(d);
        }
        // counts[bucket][type] for events that took place and for the others.
        List<String> types = TypeStyle.types();
        int[][] done = new int[buckets.size()][types.size() + 1];
        int[][] plan = new int[buckets.size()][types.size() + 1];
        int imprecise = 0;
        for (EventRow e : dated) {
            if (precision(e.date()) < need) {
                imprecise++;
                continue;
            }
            LocalDate s = start(day(e.date()), unit);
            int i = buckets.indexOf(s);
            int t = types.indexOf(e.type());
            t = t < 0 ? types.size() : t;
            ("happened".equals(e.status()) ? done : plan)[i][t]++;
        }
        int max = 1;
        for (int i = 0; i < buckets.size(); i++) {
            int sum = 0;
            for (int t = 0; t <= types.size(); t++) {
                sum += done[i][t] + plan[i][t];
            }
            max = Math.max(max, sum);
        }
        double bw = (double) (WIDTH - LEFT - 6) / buckets.size();
        // Ticks far enough apart for a month's label ("Sept 2024") at the chart's smallest width.
        int labelEvery = Math.max(1, (int) Math.ceil(buckets.size() / (unit == Bucket.YEAR ? 8.0 : 6.0)));
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(Html.text(l.t("timeline.aria." + unit.name().toLowerCase(Locale.ROOT)))).append("\" data-unit=\"")
                .append(unit.name().toLowerCase(Locale.ROOT)).append("\" data-left=\"").append(LEFT).append("\" data-bar=\"").append(fmt(bw))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(TOP + HEIGHT + 24).append("\">");
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + HEIGHT).append("\" x2=\"").append(WIDTH - 4)
                .append("\" y2=\"").append(TOP + HEIGHT).append("\" stroke=\"#444\"/>");
        s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + 10).append("\" text-anchor=\"end\" font-size=\"12\">")
                .append(max).append("</text>");
        s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + HEIGHT).append("\" text-anchor=\"end\" font-size=\"12\">0</text>");
        for (int i = 0; i < buckets.size(); i++) {
            LocalDate b = buckets.get(i);
            double x = LEFT + i * bw;
            String range = iso(b, unit);
            s.append("<g class=\"bucket\" data-since=\"").append(range).append("\" data-until=\"").append(range).append("\">");
            // A transparent full-height target so that a thin or empty bar can still be picked.
            s.append("<rect class=\"hit\" x=\"").append(fmt(x)).append("\" y=\"").append(TOP).append("\" width=\"").append(fmt(bw))
                    .append("\" height=\"").append(HEIGHT).append("\" fill=\"transparent\"/>");
            double y = TOP + HEIGHT;
            for (int pass = 0; pass < 2; pass++) {
                int[] counts = pass == 0 ? done[i] : plan[i];
                for (int t = 0; t <= types.size(); t++) {
                    int n = counts[t];
                    if (n == 0) {
                        continue;
                    }
                    String type = t < types.size() ? types.get(t) : "?";
                    String colour = t < types.size() ? TypeStyle.colour(type) : TypeStyle.OTHER;
                    double h = (double) n * HEIGHT / max;
                    y -= h;
                    double inset = Math.min(1, bw / 6);
                    s.append("<rect class=\"").append(pass == 0 ? "bar" : "bar planned").append("\" data-type=\"").append(Html.text(type))
                            .append("\" x=\"").append(fmt(x + inset)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                            .append(fmt(Math.max(0.5, bw - 2 * inset))).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour);
                    if (pass == 1) {
                        s.append("\" fill-opacity=\"0.2\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" stroke-dasharray=\"3 2");
                    }
                    s.append("\"><title>").append(Html.text(l.date(range) + " · " + l.type(type) + (pass == 1 ? " (" + l.t("timeline.planned") + ")" : "")
                            + ": " + n)).append("</title></rect>");
                }
            }
            s.append("</g>");
            if (i % labelEvery == 0) {
                s.append("<text x=\"").append(fmt(x + (labelEvery == 1 ? bw / 2 : 0))).append("\" y=\"").append(TOP + HEIGHT + 16)
                        .append("\" text-anchor=\"").append(labelEvery == 1 ? "middle" : "start").append("\" font-size=\"12\">")
                        .append(Html.text(tick(b, unit, l))).append("</text>");
            }
        }
        s.append("<rect class=\"brush\" x=\"0\" y=\"").append(TOP).append("\" width=\"0\" height=\"").append(HEIGHT)
                .append("\" fill=\"#203040\" fill-opacity=\"0.15\"/>");
        s.append("</svg>");
        if (imprecise > 0) {
            s.append("<p class=\"muted small\">").append(Html.text(l.count("timeline.imprecise", imprecise))).append("</p>");
        }
        return s.toString();
    }

    private static String tick(LocalDate d, Bucket unit, Labels l) {
        return switch (unit) {
            case YEAR -> String.valueOf(d.getYear());
            case MONTH -> l.tick(d, true);
            case DAY -> l.tick(d, false);
        };
    }

    /** Two people around the centre who also share events with each other. */
    record Edge(String a, String b, int events) {
    }

    /**
     * Who met whom: the actor in the middle, the people it shares events with around it, a line
     * to each as thick as the number of shared events, dashed lines between those around it that
     * met each other; every node links to its actor page. Lines are drawn first and labels last,
     * outside the circle and on a white halo, so that no line runs over a name.
     *
     * @param shown the ties to draw, at most a dozen or two for the circle to stay legible
     */
    static String network(String centreName, List<Tie> shown, List<Edge> between, Labels l) {
        // Wide rather than square: names run sideways from the nodes on the left and right.
        int w = 760;
        int h = 420;
        double cx = w / 2.0;
        double cy = h / 2.0;
        double r = 140;
        int most = shown.stream().mapToInt(Tie::events).max().orElse(1);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart network\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(Html.text(l.t("actor.network"))).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\">");
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            double a = 2 * Math.PI * i / shown.size() - Math.PI / 2;
            at.put(shown.get(i).actorId(), new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a), a});
        }
        for (Edge e : between) {
            double[] p = at.get(e.a());
            double[] q = at.get(e.b());
            if (p != null && q != null) {
                s.append("<line class=\"between\" x1=\"").append(fmt(p[0])).append("\" y1=\"").append(fmt(p[1])).append("\" x2=\"")
                        .append(fmt(q[0])).append("\" y2=\"").append(fmt(q[1])).append("\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"><title>")
                        .append(Html.text(l.count("actor.shared", e.events()))).append("</title></line>");
            }
        }
        for (Tie t : shown) {
            double[] p = at.get(t.actorId());
            s.append("<line x1=\"").append(fmt(cx)).append("\" y1=\"").append(fmt(cy)).append("\" x2=\"").append(fmt(p[0])).append("\" y2=\"")
                    .append(fmt(p[1])).append("\" stroke=\"#888\" stroke-width=\"").append(fmt(1 + 5.0 * t.events() / most)).append("\"><title>")
                    .append(Html.text(l.count("actor.shared", t.events()))).append("</title></line>");
        }
        for (Tie t : shown) {
            double[] p = at.get(t.actorId());
            double cos = Math.cos(p[2]);
            double sin = Math.sin(p[2]);
            // The label sits beyond the node, on the side away from the centre.
            double lx = p[0] + 14 * cos;
            double ly = p[1] + 14 * sin + (sin > 0.3 ? 10 : sin < -0.3 ? -2 : 4);
            String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            String label = t.name() + (t.country() == null ? "" : " (" + l.name(t.country()) + ")");
            s.append("<a href=\"").append(Html.text(l.href(Pages.actorUrl(t.actorId())))).append("\"><circle cx=\"").append(fmt(p[0]))
                    .append("\" cy=\"").append(fmt(p[1])).append("\" r=\"8\" fill=\"#1f77b4\"/><text class=\"halo\" x=\"").append(fmt(lx))
                    .append("\" y=\"").append(fmt(ly)).append("\" text-anchor=\"").append(anchor).append("\" font-size=\"12\">")
                    .append(Html.text(label)).append("</text></a>");
        }
        s.append("<circle cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy)).append("\" r=\"11\" fill=\"#d62728\"/><text class=\"halo\" x=\"")
                .append(fmt(cx)).append("\" y=\"").append(fmt(cy - 16)).append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">")
                .append(Html.text(centreName)).append("</text>");
        return s.append("</svg>").toString();
    }

    /** A small square of a type's colour, for badges and legends (an attribute, not a style: CSP). */
    static String swatch(String type) {
        return "<svg class=\"swatch\" width=\"10\" height=\"10\" viewBox=\"0 0 10 10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\""
                + TypeStyle.colour(type) + "\"/></svg>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
