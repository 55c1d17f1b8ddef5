package org.entente.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.text.Sentence;
import org.entente.text.Token;

/**
 * Picks the time expression that dates an event trigger, for the events stage.
 *
 * <ol>
 * <li>An expression whose span contains the trigger governs it ("32 ans après
 *     l'établissement des relations" dates "établissement").</li>
 * <li>Otherwise only resolved, non-origin expressions compete: first those in the trigger's
 *     clause (clauses are cut at the words of {@code clauses.txt}: ";", "que", "lorsque",
 *     relative pronouns...), else those of the whole sentence.</li>
 * <li>Among them the most precise wins (day or interval, then month, then year), then the
 *     nearest in characters: "a rencontré mercredi ... en 2024" dates the meeting by
 *     "mercredi".</li>
 * </ol>
 * Origin expressions never date anything outside their own span: "après 30 ans de relations,
 * les deux pays ont signé" must not date the signing to the founding year. An expression inside
 * a quotation dates only what the same quotation says: in "« ... comme nous l'avions promis en
 * mars », a-t-elle dit après l'entretien", March is the speaker's past, not the talks'.
 */
public final class DateResolution {
    private final Set<String> boundaries;
    private final Set<String> quoteOpen;
    private final Set<String> quoteClose;
    private final Set<String> quoteBoth;

    public DateResolution() {
        WordLists lists = WordLists.read("clauses.txt");
        this.boundaries = lists.set("boundaries");
        this.quoteOpen = lists.set("quote_open");
        this.quoteClose = lists.set("quote_close");
        this.quoteBoth = lists.set("quote_both");
    }

    /** The expression governing the trigger at character {@code triggerOffset} of the article. */
    public Optional<TimeExpression> governing(Sentence sentence, List<TimeExpression> expressions, int triggerOffset) {
        for (TimeExpression e : expressions) {
            if (e.span().start() <= triggerOffset && triggerOffset < e.span().end()) {
                return e.value() == null ? Optional.empty() : Optional.of(e);
            }
        }
        List<TimeExpression> usable = new ArrayList<>();
        int[] quotes = quotations(sentence);
        int quoted = quotationOf(quotes, triggerOffset);
        for (TimeExpression e : expressions) {
            int q = quotationOf(quotes, e.span().start());
            if (q < 0) {
                q = quotationBefore(quotes, sentence, e.span().start());
            }
            if (e.value() != null && !e.origin() && (q < 0 || q == quoted)) {
                usable.add(e);
            }
        }
        int clause = clauseOf(sentence, triggerOffset);
        List<TimeExpression> sameClause = new ArrayList<>();
        for (TimeExpression e : usable) {
            if (clauseOf(sentence, e.span().start()) == clause) {
                sameClause.add(e);
            }
        }
        List<TimeExpression> pool = sameClause.isEmpty() ? usable : sameClause;
        return pool.stream().min(Comparator.comparingInt((TimeExpression e) -> rank(e.granularity()))
                .thenComparingInt(e -> distance(e, triggerOffset)));
    }

    /** The ISO value of {@link #governing}, or empty when no resolved expression dates the trigger. */
    public Optional<String> value(Sentence sentence, List<TimeExpression> expressions, int triggerOffset) {
        return governing(sentence, expressions, triggerOffset).map(TimeExpression::value);
    }

    /**
     * The sentence's quotations as pairs of offsets [open, close, open, close...] (marks of
     * {@code clauses.txt}). A mark left open closes nothing: no quotation is assumed.
     */
    private int[] quotations(Sentence sentence) {
        List<Integer> marks = new ArrayList<>();
        int open = -1;
        for (Token t : sentence.tokens()) {
            String n = t.norm();
            boolean both = quoteBoth.contains(n);
            boolean opens = quoteOpen.contains(n) || both && open < 0;
            boolean closes = quoteClose.contains(n) || both && open >= 0;
            if (opens && open < 0) {
                open = t.start();
            } else if (closes && open >= 0) {
                marks.add(open);
                marks.add(t.end());
                open = -1;
            }
        }
        return marks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Which quotation holds the offset, or -1 when none does. */
    private static int quotationOf(int[] quotes, int offset) {
        for (int i = 0; i + 1 < quotes.length; i += 2) {
            if (quotes[i] <= offset && offset < quotes[i + 1]) {
                return i / 2;
            }
        }
        return -1;
    }

    /**
     * The quotation that closes right before the offset, no word between ("... les accords
     * de Lima" en mars, a-t-il rappelé"): an expression placed so completes what is quoted,
     * and dates nothing of the reporting clause. -1 when none does.
     */
    private static int quotationBefore(int[] quotes, Sentence sentence, int offset) {
        for (int i = 0; i + 1 < quotes.length; i += 2) {
            int close = quotes[i + 1];
            if (close <= offset) {
                int end = close;
                boolean between = sentence.tokens().stream().anyMatch(t -> t.start() >= end && t.start() < offset);
                if (!between) {
                    return i / 2;
                }
            }
        }
        return -1;
    }

    private int clauseOf(Sentence sentence, int offset) {
        int clause = 0;
        for (Token t : sentence.tokens()) {
            if (t.start() >= offset) {
                break;
            }
            if (boundaries.contains(t.norm())) {
                clause++;
            }
        }
        return clause;
    }

    private static int rank(Granularity g) {
        return switch (g) {
            case DAY, INTERVAL -> 0;
            case MONTH -> 1;
            case YEAR -> 2;
        };
    }

    private static int distance(TimeExpression e, int offset) {
        return offset < e.span().start() ? e.span().start() - offset
                : offset >= e.span().end() ? offset - e.span().end() + 1 : 0;
    }
}
