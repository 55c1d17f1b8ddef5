package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.ActorKind;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Token;

import java.util.List;

/**
 * Whom a sentence continues: "Il a ajouté", "Ce dernier", "sa visite" stand for a person named
 * before; "Lors de sa tournée, X …" for the subject after the phrase. One job of event extraction.
 */
final class Antecedents {
    private final Words words;

    Antecedents(Words words) {
        this.words = words;
    }

    /**
     * "sa visite à Naples", "son premier déplacement": a trigger noun owned by someone the
     * sentence does not name before it is the last speaker's.
     */
    boolean possessed(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        int trigger = ls.tokens().get(h.first()).start();
        if (mentions.stream().anyMatch(m -> m.span().end() <= trigger && m.actor() != null && m.actor().kind() == ActorKind.PERSON)) {
            return false;
        }
        if (ownerAfterFrontedPhrase(ls, h, mentions) || unknownNameBefore(ls, h, mentions)) {
            return false;
        }
        for (int i = h.first() - 1; i >= Math.max(0, h.first() - 2); i--) {
            // "leur ont fourni": a pronoun before a verb, not a determiner before a noun.
            if (words.is("POSSESSIVE", ls.tokens().get(i).norm())
                    && (ls.forms().get(i + 1).canBeNoun() || ls.forms().get(i + 1).canBeAdjective())) {
                return true;
            }
        }
        return false;
    }

    /** The trigger's possessive ("leur rencontre") belongs to a name the actor base does not know, named before it. */
    boolean ownedByUnknownName(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        boolean possessive = false;
        for (int i = h.last(); i >= Math.max(0, h.first() - 2); i--) {
            possessive |= words.is("POSSESSIVE", ls.tokens().get(i).norm());
        }
        return possessive && unknownNameBefore(ls, h, mentions);
    }

    /**
     * "Igor et Grichka Bogdanoff étaient ... après leur rencontre": a person's name the actor base
     * does not know (two name-shaped words outside any mention) before the trigger owns it, not
     * the last speaker.
     */
    private static boolean unknownNameBefore(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        int run = 0;
        for (int i = 1; i < h.first(); i++) {
            Token t = ls.tokens().get(i);
            boolean name = t.isNameShaped()
                    && mentions.stream().noneMatch(m -> m.span().start() <= t.start() && t.end() <= m.span().end());
            run = name ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lors de sa tournée en juillet, Donald Trump avait …": a possessive in a phrase put before
     * the subject refers forward to that subject, the person named right after the phrase's comma.
     */
    private static boolean ownerAfterFrontedPhrase(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        for (int i = 0; i < h.first(); i++) {
            if (",".equals(ls.tokens().get(i).norm())) {
                return false; // the trigger is not in the sentence's opening phrase
            }
        }
        for (int i = h.last() + 1; i < ls.size(); i++) {
            if (",".equals(ls.tokens().get(i).norm())) {
                int after = i + 1 < ls.size() ? ls.tokens().get(i + 1).start() : Integer.MAX_VALUE;
                int limit = ls.tokens().get(Math.min(ls.size() - 1, i + 4)).end();
                return mentions.stream().anyMatch(m -> m.span().start() >= after && m.span().start() <= limit
                        && m.actor() != null && m.actor().kind() == ActorKind.PERSON && m.role() != null);
            }
        }
        return false;
    }

    /** "Ce dernier", "celle-ci": the sentence opens on the person named last. */
    boolean opensWithAnaphor(LemmatizedSentence ls) {
        List<Token> t = ls.tokens();
        return t.size() > 2 && (words.is("ANAPHOR", t.get(0).norm()) || words.is("ANAPHOR", t.get(0).norm() + " " + t.get(1).norm()));
    }

    /**
     * "Selon l'agenda du président X, ce dernier a eu une rencontre avec": an anaphor inside the
     * sentence, before the trigger, speaks of the official the sentence named just before it; that
     * official's mention, or null.
     */
    org.entente.actors.ActorMention inSentence(LemmatizedSentence ls, List<org.entente.actors.ActorMention> mentions, int trigger) {
        List<Token> t = ls.tokens();
        for (int i = 1; i + 1 < trigger; i++) {
            if (words.is("ANAPHOR", t.get(i).norm() + " " + t.get(i + 1).norm()) || words.is("ANAPHOR", t.get(i).norm())) {
                org.entente.actors.ActorMention last = null;
                for (org.entente.actors.ActorMention m : mentions) {
                    if (m.span().end() <= t.get(i).start() && m.actor() != null
                            && m.actor().kind() == org.entente.actors.ActorKind.PERSON && m.role() != null) {
                        last = m;
                    }
                }
                return last;
            }
        }
        return null;
    }

    /**
     * "Il a ajouté", "a-t-il dit", "lui-même": where the pronoun by which the sentence continues
     * the previous speaker stands, or -1.
     */
    int referringPronoun(LemmatizedSentence ls) {
        List<Token> tokens = ls.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String n = tokens.get(i).norm();
            if (words.is("SUBJECT_PRONOUN", n) && (i == 0 || "-".equals(tokens.get(i - 1).norm()) || ",".equals(tokens.get(i - 1).norm()))) {
                return i;
            }
            if (n.equals("lui") && i + 2 < tokens.size() && tokens.get(i + 2).norm().equals("meme")) {
                return i;
            }
        }
        return -1;
    }
}
