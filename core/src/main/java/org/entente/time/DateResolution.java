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
 * les deux pays ont signé" must not date the signing to the founding year.
 */
public final class DateResolution {
    private final Set<String> boundaries;

    public DateResolution() {
        this.boundaries = WordLists.read("clauses.txt").set("boundaries");
    }

    /** The expression governing the trigger at character {@code triggerOffset} of the article. */
    public Optional<TimeExpression> governing(Sentence sentence, List<TimeExpression> expressions, int triggerOffset) {
        for (TimeExpression e : expressions) {
            if (e.span().start() <= triggerOffset && triggerOffset < e.span().end()) {
                return e.value() == null ? Optional.empty() : Optional.of(e);
            }
        }
        List<TimeExpression> usable = new ArrayList<>();
        for (TimeExpression e : expressions) {
            if (e.value() != null && !e.origin()) {
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
