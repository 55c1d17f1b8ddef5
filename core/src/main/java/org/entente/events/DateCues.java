package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;
import org.entente.text.WordForm;
import org.entente.time.TimeExpression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cues of {@code date-cues.tsv}: a time expression after "depuis", "d'ici" or a past
 * participle dates something else than the event its sentence reports.
 */
final class DateCues {
    private static final String PARTICIPLE = "*ppa";
    private static final Set<String> STOPS = Set.of(",", ":", "(", ")", ";", "«", "»");

    private record Cue(Set<String> words, int window, Set<EventType> types) {
        boolean matches(WordForm f, String norm) {
            if (words.contains(PARTICIPLE) && f.isPastParticiple()) {
                return true;
            }
            return words.contains(norm) || f.lemmas().stream().anyMatch(words::contains);
        }
    }

    private final List<Cue> cues;

    private DateCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static DateCues load() {
        List<Cue> cues = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.read("date-cues.tsv")) {
            String[] c = line.columns();
            Set<String> words = Arrays.stream(c[1].split("\\|"))
                    .map(w -> w.equals(PARTICIPLE) ? w : Normalizer.fold(w)).collect(Collectors.toUnmodifiableSet());
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (String t : c[3].split("\\|")) {
                types.add(EventType.valueOf(t.strip()));
            }
            cues.add(new Cue(words, Integer.parseInt(c[2].strip()), Set.copyOf(types)));
        }
        return new DateCues(cues);
    }

    /**
     * The expressions of the sentence that may date the event of {@code type} stated by {@code hit};
     * {@code hits} are all the sentence's rule hits.
     */
    List<TimeExpression> dating(LemmatizedSentence ls, List<TimeExpression> times, EventType type, RuleHit hit,
                                List<RuleHit> hits) {
        if (times.isEmpty()) {
            return times;
        }
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            if (!datesSomethingElse(ls, t, type, hit, hits)) {
                out.add(t);
            }
        }
        return out;
    }

    private boolean datesSomethingElse(LemmatizedSentence ls, TimeExpression t, EventType type, RuleHit hit, List<RuleHit> hits) {
        int first = -1;
        for (int i = 0; i < ls.size(); i++) {
            if (ls.tokens().get(i).start() >= t.span().start()) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        int last = first;
        while (last + 1 < ls.size() && ls.tokens().get(last + 1).start() < t.span().end()) {
            last++;
        }
        if (!type.isStatement() && first > hit.last() + 1 && ls.forms().get(first - 1).isPastParticiple()) {
            // "..., il a affirmé ne pas abandonner son projet, présenté le 6 mars": past a comma, a
            // participle's date is that participle's, not the meeting's.
            for (int i = hit.last() + 1; i < first - 1; i++) {
                if (",".equals(ls.tokens().get(i).norm())) {
                    return true;
                }
            }
        }
        for (Cue cue : cues) {
            if (!cue.types().contains(type)) {
                continue;
            }
            // Words inside the expression count too ("depuis 2000", "d'ici cinq ans" may be one expression).
            for (int i = first + 1; i <= last; i++) {
                if (!cue.words().contains(PARTICIPLE) && cue.matches(ls.forms().get(i), ls.tokens().get(i).norm())) {
                    return true;
                }
            }
            // The expression's own first word counts ("depuis 2000" may be one expression).
            for (int i = first; i >= Math.max(0, first - cue.window()); i--) {
                String norm = ls.tokens().get(i).norm();
                if (i < first && STOPS.contains(norm)) {
                    break;
                }
                // The expression's own first word is never a participle cue: it is part of the date.
                boolean inHit = i >= hit.first() && i <= hit.last(); // "a décidé en mai": the trigger is no cue
                // "depuis sa visite à Naples le 27 février pour un sommet": with a trigger between
                // the cue and the expression, the expression dates that phrase's events.
                int cueAt = i;
                int dateAt = first;
                boolean spansHit = hits.stream().anyMatch(o -> o.kind() == Rule.Kind.TRIGGER && cueAt < o.first() && o.last() < dateAt);
                if (!inHit && !spansHit && cue.matches(ls.forms().get(i), norm) && !(i == first && cue.words().contains(PARTICIPLE)
                        && !cue.words().contains(norm))) {
                    return true;
                }
            }
        }
        return false;
    }
}
