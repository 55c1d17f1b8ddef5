package org.entente.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Article text as escaped HTML with its evidence marked: the cited sentences in {@code <mark>},
 * the words that state the event in {@code <strong>}, from the offsets stored with each report.
 * Offsets out of range (an article replaced since) are clamped, never trusted.
 */
final class Highlighter {
    /** One report to mark: the sentence and the trigger inside it, as character offsets. */
    record Mark(int start, int end, int triggerStart, int triggerEnd) {
    }

    private Highlighter() {
    }

    /**
     * @param anchor id given to the first marked segment (for links and scrolling), or null
     */
    static String html(String text, List<Mark> marks, String anchor) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        List<int[]> sentences = new ArrayList<>();
        List<int[]> triggers = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        for (Mark m : marks) {
            int s = clamp(m.start(), n);
            int e = clamp(m.end(), n);
            int ts = clamp(m.triggerStart(), n);
            int te = clamp(m.triggerEnd(), n);
            if (s < e) {
                sentences.add(new int[] {s, e});
                cuts.add(s);
                cuts.add(e);
            }
            if (ts < te) {
                triggers.add(new int[] {ts, te});
                cuts.add(ts);
                cuts.add(te);
            }
        }
        StringBuilder out = new StringBuilder(n + 64 * marks.size());
        boolean anchored = anchor == null;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && prev < cut) {
                String part = Html.text(text.substring(prev, cut));
                boolean inSentence = covers(sentences, prev);
                boolean inTrigger = covers(triggers, prev);
                if (inTrigger) {
                    part = "<strong>" + part + "</strong>";
                }
                if (inSentence || inTrigger) {
                    String id = anchored ? "" : " id=\"" + Html.text(anchor) + "\"";
                    anchored = true;
                    part = "<mark" + id + ">" + part + "</mark>";
                }
                out.append(part);
            }
            prev = cut;
        }
        return out.toString();
    }

    private static boolean covers(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (s[0] <= at && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(v, n));
    }
}
