package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Token;

import java.util.List;

/**
 * What a statement is about, as the key that tells two statements of one sentence apart and
 * merges their reports: the organisation a support is for, the CAMEO family of a measure, the
 * level of a relation, and the words that say it. One job of event extraction.
 */
final class Keys {
    /** Keys of a forum's meetings are "forum:" and the organisation's id or the word that named it. */
    private static final String FORUM = "forum:";

    private final Words words;

    Keys(Words words) {
        this.words = words;
    }

    static String forumKey(String forum) {
        return FORUM + forum;
    }

    /** The forum a meeting's key names (an organisation id or a word), or null for any other key. */
    static String forum(String key) {
        return key != null && key.startsWith(FORUM) ? key.substring(FORUM.length()) : null;
    }

    /**
     * Support for joining or hosting an organisation is about that organisation, however it is
     * worded ("soutient l'adhésion aux BRICS", "invite à rejoindre les BRICS"): the organisation
     * named after the object is the key, so such statements merge.
     */
    static String supportKey(RuleHit o, List<ActorMention> mentions, LemmatizedSentence ls) {
        int from = ls.tokens().get(o.first()).start();
        int to = ls.tokens().get(Math.min(ls.size() - 1, o.last() + 8)).end();
        for (ActorMention m : mentions) {
            if (m.kind() == MentionKind.ORGANISATION && m.actor() != null && m.span().start() >= from && m.span().start() <= to) {
                return "org:" + m.actor().id();
            }
        }
        return o.key();
    }

    /** A measure's key: its CAMEO family and the word its hit ends on. */
    String sanctionKey(LemmatizedSentence ls, RuleHit h) {
        return sanctionKind(ls, h) + " " + ls.tokens().get(h.last()).norm();
    }

    /** The CAMEO family of a measure (see {@link SanctionKinds}), from the words of its hit. */
    String sanctionKind(LemmatizedSentence ls, RuleHit h) {
        for (int i = h.first(); i <= h.last(); i++) {
            String n = ls.tokens().get(i).norm();
            if (words.prefixOf("SANCTION_ECONOMIC", n) != null) {
                return SanctionKinds.ECONOMIC;
            }
            if (words.prefixOf("SANCTION_DIPLOMATIC", n) != null) {
                return SanctionKinds.DIPLOMATIC;
            }
        }
        return SanctionKinds.OTHER;
    }

    String relationKey(LemmatizedSentence ls, RuleHit h) {
        for (int i = h.first(); i <= h.last(); i++) {
            String n = ls.tokens().get(i).norm();
            if (words.prefixOf("DIPLOMATIC", n) != null) {
                return "diplomatic relations";
            }
        }
        StringBuilder b = new StringBuilder("partnership");
        for (int i = h.first(); i < Math.min(ls.size(), h.last() + 5); i++) {
            String n = ls.tokens().get(i).norm();
            if (words.prefixOf("PARTNERSHIP_LEVEL", n) != null) {
                b.append(' ').append(n.replaceAll("(e|es|s)$", ""));
            }
        }
        return b.toString();
    }

    static String what(LemmatizedSentence ls, RuleHit h) {
        List<Token> t = ls.tokens();
        int end = Math.min(t.size() - 1, h.last() + 12);
        for (int i = h.last() + 1; i <= end; i++) {
            String n = t.get(i).norm();
            if (n.equals(",") || n.equals(";") || n.equals(".") || n.equals(":")) {
                end = i - 1;
                break;
            }
        }
        String text = ls.sentence().text();
        int base = ls.sentence().start();
        return text.substring(t.get(h.first()).start() - base, t.get(Math.max(h.first(), end)).end() - base);
    }
}
