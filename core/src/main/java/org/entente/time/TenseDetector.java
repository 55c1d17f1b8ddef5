package org.entente.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.text.Token;

/**
 * A resource-driven heuristic ({@code tense.txt}) that finds tense cues in a sentence's tokens:
 * simple futures ("rencontrera"), irregular futures ("sera", "ira"), "va/vont + infinitive",
 * "devrait", "prévoit de / doit + infinitive", "prévue" without auxiliary (FUTURE); passé composé "a/ont/est/sont
 * [adverb] + participle" and imparfaits "-ait/-aient" (PAST). No parser is involved: a time
 * expression takes the tense of the nearest cue, which in news prose is usually its own verb
 * ("a déclaré mercredi", "se rendra en juillet"). Only lower-case words are cues, so names such
 * as "Ankara" do not read as futures.
 */
public final class TenseDetector {
    /** A tense cue covering tokens {@code from..to} (inclusive), e.g. auxiliary to participle. */
    public record Mark(int from, int to, Tense tense) {
        int distance(int index) {
            return index < from ? from - index : index > to ? index - to : 0;
        }
    }

    private static final int MIN_SUFFIX_WORD = 5;
    private static final int MAX_ADVERBS = 3;

    private final Set<String> futureEndings;
    private final Set<String> futureExceptions;
    private final Set<String> futureIrregular;
    private final Set<String> futureAlways;
    private final Set<String> futureScheduled;
    private final Set<String> futureGo;
    private final Set<String> futureModal;
    private final Set<String> infinitiveEndings;
    private final Set<String> reflexive;
    private final Set<String> pastAux;
    private final Set<String> participleEndings;
    private final Set<String> participleExceptions;
    private final Set<String> adverbs;
    private final Set<String> conditionalEndings;
    private final Set<String> imparfaitEndings;
    private final Set<String> imparfaitExceptions;

    private TenseDetector(WordLists w) {
        futureEndings = w.set("future-endings");
        futureExceptions = w.set("future-exceptions");
        futureIrregular = w.set("future-irregular");
        futureAlways = w.set("future-always");
        futureScheduled = w.set("future-scheduled");
        futureGo = w.set("future-go");
        futureModal = w.set("future-modal");
        infinitiveEndings = w.set("infinitive-endings");
        reflexive = w.set("reflexive");
        pastAux = w.set("past-aux");
        participleEndings = w.set("participle-endings");
        participleExceptions = w.set("participle-exceptions");
        adverbs = w.set("adverbs");
        conditionalEndings = w.set("conditional-endings");
        imparfaitEndings = w.set("imparfait-endings");
        imparfaitExceptions = w.set("imparfait-exceptions");
    }

    public static TenseDetector load() {
        return new TenseDetector(WordLists.read("tense.txt"));
    }

    /** All tense cues of the sentence, in token order. */
    public List<Mark> marks(List<Token> tokens) {
        List<Mark> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isLowerWord(t)) {
                continue;
            }
            String norm = t.norm();
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (pastAux.contains(lower)) {
                int j = i + 1;
                int skipped = 0;
                while (j < tokens.size() && skipped < MAX_ADVERBS && adverbs.contains(tokens.get(j).norm())) {
                    j++;
                    skipped++;
                }
                if (j < tokens.size() && isParticiple(tokens.get(j))) {
                    out.add(new Mark(i, j, Tense.PAST));
                    i = j;
                }
                continue;
            }
            if (futureGo.contains(norm) || futureModal.contains(norm)) {
                int j = i + 1;
                while (j < tokens.size() && j <= i + 2 && reflexive.contains(tokens.get(j).norm())) {
                    j++;
                }
                if (j < tokens.size() && isInfinitive(tokens.get(j))) {
                    out.add(new Mark(i, j, Tense.FUTURE));
                    i = j;
                }
                continue;
            }
            if (futureAlways.contains(norm) || futureScheduled.contains(norm) || futureIrregular.contains(norm)
                    || isRegularFuture(norm)) {
                out.add(new Mark(i, i, Tense.FUTURE));
            } else if (isImparfait(norm)) {
                out.add(new Mark(i, i, Tense.PAST));
            }
        }
        return List.copyOf(out);
    }

    /** Tense of the cue nearest token {@code index}; the earlier cue wins a tie. */
    public Tense at(List<Mark> marks, int index) {
        Mark best = null;
        for (Mark m : marks) {
            if (best == null || m.distance(index) < best.distance(index)) {
                best = m;
            }
        }
        return best == null ? Tense.PRESENT : best.tense();
    }

    /** Tense of the sentence as a whole: the most frequent cue, the first one on a tie. */
    public Tense of(List<Token> tokens) {
        List<Mark> marks = marks(tokens);
        int past = 0;
        int future = 0;
        for (Mark m : marks) {
            if (m.tense() == Tense.PAST) {
                past++;
            } else if (m.tense() == Tense.FUTURE) {
                future++;
            }
        }
        if (past == future) {
            return marks.isEmpty() ? Tense.PRESENT : marks.get(0).tense();
        }
        return past > future ? Tense.PAST : Tense.FUTURE;
    }

    private boolean isRegularFuture(String norm) {
        return norm.length() >= MIN_SUFFIX_WORD && !futureExceptions.contains(norm) && endsWithAny(norm, futureEndings);
    }

    private boolean isImparfait(String norm) {
        return norm.length() >= MIN_SUFFIX_WORD && !imparfaitExceptions.contains(norm)
                && endsWithAny(norm, imparfaitEndings) && !endsWithAny(norm, conditionalEndings);
    }

    private boolean isParticiple(Token t) {
        return isLowerWord(t) && t.norm().length() >= 2 && !participleExceptions.contains(t.norm())
                && endsWithAny(t.norm(), participleEndings);
    }

    private boolean isInfinitive(Token t) {
        return isLowerWord(t) && t.norm().length() >= 4 && endsWithAny(t.norm(), infinitiveEndings);
    }

    private static boolean isLowerWord(Token t) {
        return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0)) && Character.isLowerCase(t.text().charAt(0));
    }

    private static boolean endsWithAny(String s, Set<String> endings) {
        for (String e : endings) {
            if (s.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
