package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.actors.LexEntry.Type;
import org.entente.actors.TokenTrie.Match;
import org.entente.text.Token;

/**
 * Person names in a sentence: a full name the base knows, a person learned earlier in the
 * article, a known surname resolved through the article, or a run of capitalised words the
 * lexicon does not know.
 */
final class PersonNames {
    private static final int MAX_NAME_WORDS = 4;

    private final ActorBase base;
    private final Phrases phrases;

    PersonNames(ActorBase base, Phrases phrases) {
        this.base = base;
        this.phrases = phrases;
    }

    /**
     * The person named at token k, or null.
     *
     * @param titled whether a title or role comes just before ("M.", "le président"): then a
     *               short or single unknown word may be a name
     * @param role   the office the phrase before gives, or null
     * @param iso    the state the phrase before gives, or null
     */
    PersonHit at(Reading r, int k, boolean titled, Role role, String iso) {
        List<Token> toks = r.toks();
        if (k >= toks.size() || !toks.get(k).isCapitalised()) {
            return null;
        }
        PersonHit learned = r.people().learnedAt(toks, k);
        if (learned != null) {
            return learned;
        }
        Match full = phrases.longest(toks, k, Type.PERSON_FULL);
        if (full != null) {
            return new PersonHit(k, full.to(), base.byId(Phrases.entry(full, Type.PERSON_FULL).target()).orElse(null),
                    MentionKind.PERSON_NAME);
        }
        int nameEnd = unknownNameEnd(toks, k);
        Match sur = phrases.longest(toks, k, Type.PERSON_SURNAME);
        if (sur != null && (nameEnd < 0 || nameEnd <= sur.to())) {
            String surface = r.text(k, sur.to());
            if (surface.length() < 3 && !titled) {
                return null;
            }
            List<Actor> cands = new ArrayList<>();
            for (LexEntry x : sur.entries()) {
                if (x.type() == Type.PERSON_SURNAME) {
                    base.byId(x.target()).ifPresent(cands::add);
                }
            }
            return new PersonHit(k, sur.to(), r.people().resolveSurname(cands, role, iso), MentionKind.PERSON_PARTIAL);
        }
        if (nameEnd > 0) {
            return new PersonHit(k, nameEnd, null, MentionKind.PERSON_NAME);
        }
        if (titled && toks.get(k).isWord() && !phrases.startsOther(toks, k)) {
            return new PersonHit(k, k + 1, null, MentionKind.PERSON_PARTIAL);
        }
        return null;
    }

    /** End of a run of two to four capitalised words that the lexicon does not know, or -1. */
    int unknownNameEnd(List<Token> toks, int k) {
        int words = 0;
        int j = k;
        while (j < toks.size() && words < MAX_NAME_WORDS) {
            Token t = toks.get(j);
            if (t.isWord() && t.isCapitalised() && (words == 0 || !phrases.startsOther(toks, j))) {
                words++;
                j++;
                if (j + 1 < toks.size() && toks.get(j).norm().equals("-") && toks.get(j + 1).isCapitalised()
                        && toks.get(j).start() == t.end()) {
                    j++;
                    continue;
                }
            } else {
                break;
            }
        }
        if (words >= 2 && !phrases.startsOther(toks, k)) {
            return j;
        }
        return -1;
    }

    /** Start of an unknown name of two to four capitalised words that ends just before {@code end}, or -1. */
    int unknownNameStart(List<Token> toks, int end) {
        for (int start = Math.max(0, end - 2 * MAX_NAME_WORDS); start < end - 1; start++) {
            if (unknownNameEnd(toks, start) == end && (start == 0 || !toks.get(start - 1).isCapitalised())) {
                return start;
            }
        }
        return -1;
    }
}
