package org.entente.actors;

import java.util.List;
import org.entente.actors.LexEntry.Type;
import org.entente.actors.TokenTrie.Match;
import org.entente.text.Token;

/**
 * Place names: a capital standing for its state ("Pékin a répondu") unless a locative makes it
 * the place ("à Pékin"), else the most populous place of that name, a renamed one first.
 */
final class PlaceLinker {
    private final ActorBase base;
    private final Phrases phrases;

    PlaceLinker(ActorBase base, Phrases phrases) {
        this.base = base;
        this.phrases = phrases;
    }

    /** The place or metonym {@code m} names, with all its readings; the next token, or -1 if none. */
    int link(Reading r, Match m, List<LexEntry> all) {
        List<Token> toks = r.toks();
        int i = m.from();
        if (!toks.get(i).isCapitalised()) {
            return -1;
        }
        boolean locative = i > 0 && phrases.isWord(toks, i - 1, "LOCATIVE");
        Actor place = bestPlace(all, locative);
        String capitalOf = all.stream().filter(x -> x.type() == Type.CAPITAL).map(LexEntry::target).findFirst().orElse(null);
        if (capitalOf != null && !locative) {
            r.emit(i, m.to(), MentionKind.METONYM, capitalOf, base.state(capitalOf).orElse(null), null);
            return m.to();
        }
        if (place == null) {
            if (capitalOf == null) {
                return -1;
            }
            r.emit(i, m.to(), MentionKind.PLACE, capitalOf, null, null);
            return m.to();
        }
        // "Florence Parly": a place name followed by a capitalised word is more likely a first name.
        if (!locative && m.to() < toks.size() && toks.get(m.to()).isCapitalised() && toks.get(m.to()).isWord()) {
            return -1;
        }
        r.emit(i, m.to(), MentionKind.PLACE, place.country(), place, null);
        return m.to();
    }

    private Actor bestPlace(List<LexEntry> all, boolean locative) {
        Actor best = null;
        long bestPop = -1;
        for (LexEntry x : all) {
            boolean renamed = x.type() == Type.PLACE_RENAMED;
            if (!(x.type() == Type.PLACE || renamed) || (x.plural() && !locative)) {
                continue;
            }
            long pop = base.place(x.target()).map(PlaceInfo::population).orElse(0L) + (renamed ? Long.MAX_VALUE / 2 : 0);
            if (pop > bestPop) {
                bestPop = pop;
                best = base.byId(x.target()).orElse(null);
            }
        }
        return best;
    }
}
