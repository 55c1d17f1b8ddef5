package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which trigger hits have the actors of an event around them. An event needs, near its trigger and
 * in its clause, someone who acts for a state: the state, its capital or seat of power, an office
 * or a person holding one; and for a meeting, a call or a signing, a second side (another state's
 * actor, a counterpart, "les deux dirigeants", a forum). A word such as "rencontre" or "a signé"
 * elsewhere in the sentence, with a state named in another clause, makes no event.
 */
final class Admission {
    /** How many words on each side of a trigger its arguments may lie. */
    private static final int REACH = 15;
    /** How many words back the first of two coordinated infinitives may stand (its complement is long). */
    private static final int CONJUNCT_REACH = 25;
    /** How many words after an act's noun its agent may stand ("le retrait unilatéral en 2019 du Japon"). */
    private static final int GENITIVE_REACH = 6;

    private final Words words;
    private final ReportedSpeech reported;

    Admission(Words words, ReportedSpeech reported) {
        this.words = words;
        this.reported = reported;
    }

    /**
     * @param parties       the sentence points at the story's two parties ("les deux dirigeants")
     * @param backReference the sentence continues the previous official speaker ("Il s'est ensuite rendu")
     * @param multilateral  the event is a summit or forum meeting, or a forum's measure ("exclue du G8"),
     *                      whose members act whoever the clause names
     * @param ofMembers     the event is a summit of an organisation with known members: they
     *                      are its sides, whether or not an official is named
     * @param clause        the trigger's clause from the dependency parse, or null without a parse
     *                      (then a window of words bounded by clause breaks stands in for it)
     */
    boolean admits(EventType type, LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions,
                   boolean parties, boolean backReference, boolean multilateral, boolean ofMembers, Clause clause) {
        if (parties) {
            return true;
        }
        int from;
        int to;
        if (clause == null) {
            from = clauseStart(ls, h.first());
            to = clauseEnd(ls, h.last());
            int que = type.isStatement() ? reportedAgentless(ls, h, mentions) : -1;
            if (que >= 0) {
                // "Le président français avait dit la veille sur Twitter que plusieurs tonnes de
                // matériel seraient envoyées": with no state acting inside what is reported, the
                // speaker's state does, however far it stands.
                from = Math.min(from, clauseStart(ls, que));
            }
        } else {
            // The first and last words of the parse's clause (it need not be contiguous).
            from = 0;
            to = ls.size() - 1;
            while (from < h.first() && !clause.covers(span(ls, from))) {
                from++;
            }
            while (to > h.last() && !clause.covers(span(ls, to))) {
                to--;
            }
        }
        int start = ls.tokens().get(from).start();
        int end = ls.tokens().get(to).end();
        Set<String> sides = new TreeSet<>();
        boolean official = backReference;
        boolean subject = backReference;
        int trigger = ls.tokens().get(h.first()).start();
        for (ActorMention m : mentions) {
            boolean inClause = clause != null ? clause.covers(m.span()) : m.span().start() >= start && m.span().end() <= end;
            if (inClause && actsForAState(m, ls.sentence())) {
                sides.add(m.country());
                official |= isOfficial(m);
                subject |= m.span().end() <= trigger && !inAside(ls, m, trigger) || agent(ls, m) || genitiveAgent(ls, h, m);
            } else if (inClause && measureAgent(ls, h, m)) {
                sides.add(m.country()); // "a durci les sanctions canadiennes": Canada acts
                subject = true;
            } else if (inClause && headOfOrganisation(m) && (backReference || !sides.isEmpty())) {
                // "après avoir reçu le secrétaire général de l'Otan": an organisation's head is a side.
                sides.add("organisation:" + m.actor().id());
            }
        }
        if (!subject && type.isStatement() && inMainClauseAdjunct(ls, h)) {
            // "Paris a annoncé le déploiement de navires ... en signe de soutien à la Grèce": a
            // gerund or an adjunct of the main clause has the main clause's subject, however far.
            ActorMention main = sentenceSubject(ls, mentions, h);
            if (main != null) {
                sides.add(main.country());
                subject = true;
                official |= isOfficial(main);
            }
        }
        String pronounFor = pronounAntecedent(ls, mentions, from, h.first(), start);
        if (pronounFor != null) {
            // "Mike Pompeo a fait savoir qu'il avait offert son aide lors d'un entretien avec M.
            // Diab": the clause's "il" is the official the sentence named before it.
            sides.add(pronounFor);
            official = true;
            subject = true;
        }
        if (sides.isEmpty() && !backReference && !(ofMembers && type == EventType.MEET)) {
            return false;
        }
        if (!official && !(ofMembers && type == EventType.MEET)
                && (type == EventType.VISIT || type == EventType.MEET || type == EventType.CALL)) {
            // People travel, meet and call; a state named in the clause is the place visited or a
            // topic ("pour visiter les contingents en Egypte"), not the visitor. A forum's summit
            // held ("le G20 s'est tenu au Japon en 2019") is a meeting of its members.
            return false;
        }
        if (!subject && type == EventType.SUPPORT) {
            // Backing is given by whoever acts, named before it or as its agent: an official named
            // only as the one backed ("a apporté son soutien à M. X", by a commissioner the base
            // does not know) makes no state's support.
            return false;
        }
        if (!subject && !official && type != EventType.RELATION && !multilateral && !namedTreaty(type, ls, h)) {
            // A state named only after the trigger is the one acted towards ("a envoyé de l'aide
            // au Liban"); whoever acts is not a state's actor ("le Croissant-Rouge turc"). Relations
            // are between the two, often both after the trigger ("la normalisation entre X et Y").
            return false;
        }
        if (type.isStatement() && !passiveAgent(ls, mentions, trigger) && organisationActs(ls, mentions, start, trigger)) {
            // "la Chine, où l'OMS va envoyer une équipe": the organisation acts, not a state.
            return false;
        }
        if (type.isStatement() || type == EventType.VISIT || type == EventType.SIGN) {
            // The other side is the one acted towards, visited or signed with ("un accord sino-
            // kazakh", "avec son hôte"), often beyond the clause: the caller checks two states.
            return true;
        }
        if (sides.size() + (backReference ? 1 : 0) >= 2 || multilateral) {
            return true;
        }
        for (int i = from; i <= to; i++) {
            if (words.is("SECOND_SIDE", ls.tokens().get(i).norm())) {
                return true;
            }
        }
        // A capitalised name the actor base does not know ("s'est entretenu avec Hubert Germain") no
        // longer stands for a second side: with the officials dictionary, such names were mostly
        // private persons (the development sets lost no true event without it).
        return false;
    }

    /**
     * The index of the "que" that opens the trigger's reported clause after a reporting verb, when
     * no state acts between it and the trigger; else -1.
     */
    private int reportedAgentless(LemmatizedSentence ls, RuleHit h, List<ActorMention> mentions) {
        int que = reported.reportedClause(ls, h);
        if (que < 0) {
            return -1;
        }
        int from = ls.tokens().get(que).end();
        int trigger = ls.tokens().get(h.first()).start();
        for (int k = que + 1; k < h.first(); k++) {
            if (words.is("RELATIVE", ls.tokens().get(k).norm())) {
                return -1; // "qu'il rappellerait les pays qui tardent à livrer leur aide": they act
            }
        }
        boolean actsInside = mentions.stream().anyMatch(m -> m.span().start() >= from && m.span().end() <= trigger
                && actsForAState(m, ls.sentence()));
        return actsInside ? -1 : que;
    }

    /** The trigger is a gerund ("en déployant") or opens an adjunct of words.tsv SUBJECT_ADJUNCT ("en signe de soutien"). */
    private boolean inMainClauseAdjunct(LemmatizedSentence ls, RuleHit h) {
        int i = h.first();
        if (i >= 1 && "en".equals(ls.tokens().get(i - 1).norm()) && ls.forms().get(i).isPresentParticiple()) {
            return true;
        }
        // The adjunct ends right before the hit ("en signe de | soutien") or inside it, when the
        // hit starts with the adjunct's own words ("en | signe de soutien").
        for (int start = Math.max(0, i - 3); start <= i; start++) {
            for (int n = 2; n <= 3 && start + n <= ls.size(); n++) {
                int end = start + n - 1;
                if (end < i - 1 || end > h.last()) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                for (int k = start; k <= end; k++) {
                    b.append(k > start ? " " : "").append(ls.tokens().get(k).norm());
                }
                if (words.is("SUBJECT_ADJUNCT", b.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sentence's subject when it is a state's actor: the first such mention, with no verb before
     * it and no other state's actor or clause break between it and the trigger; else null.
     */
    private ActorMention sentenceSubject(LemmatizedSentence ls, List<ActorMention> mentions, RuleHit h) {
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (actsForAState(m, ls.sentence())) {
                first = m;
                break;
            }
        }
        if (first == null) {
            return null;
        }
        int at = ls.tokenAt(first.span().start());
        if (at >= h.first()) {
            return null;
        }
        for (int k = 0; k < at; k++) {
            if (ls.forms().get(k).isOnlyVerb()) {
                return null;
            }
        }
        for (int k = at; k < h.first(); k++) {
            if (words.is("CLAUSE_BREAK", ls.tokens().get(k).norm())) {
                return null;
            }
        }
        for (ActorMention m : mentions) {
            if (m != first && m.span().start() > first.span().end() && m.span().end() <= ls.tokens().get(h.first()).start()
                    && actsForAState(m, ls.sentence()) && !first.country().equals(m.country())) {
                return null;
            }
        }
        return first;
    }

    private static org.entente.text.Span span(LemmatizedSentence ls, int i) {
        return new org.entente.text.Span(ls.tokens().get(i).start(), ls.tokens().get(i).end());
    }

    /** Back to the previous clause boundary (words.tsv CLAUSE_BREAK), at most REACH words. */
    private int clauseStart(LemmatizedSentence ls, int first) {
        int conjunct = firstConjunct(ls, first);
        if (conjunct >= 0) {
            return clauseStart(ls, conjunct);
        }
        int i = first;
        int skipped = 0;
        while (i > 0 && first - i - skipped < REACH && !words.is("CLAUSE_BREAK", ls.tokens().get(i - 1).norm())) {
            int before = apposition(ls, i - 1);
            if (before >= 0) {
                // "L'émir du Qatar, cheikh Tamim ben Hamad Al-Thani, a envoyé": a name in
                // apposition does not count against the reach.
                skipped += i - before;
            }
            i--;
        }
        return i;
    }

    /**
     * When the trigger is the second of two infinitives ("s'est engagé à ouvrir un consulat ... ,
     * et à rouvrir son ambassade"), the first one's index: both have one subject, as far before
     * the first as it stands. Else -1.
     */
    private int firstConjunct(LemmatizedSentence ls, int first) {
        if (first < 3 || !ls.forms().get(first).isInfinitive() || !words.is("INFINITIVE_MARK", ls.tokens().get(first - 1).norm())
                || !words.is("AND", ls.tokens().get(first - 2).norm())) {
            return -1;
        }
        for (int k = first - 3; k >= 1 && first - k <= CONJUNCT_REACH; k--) {
            if (words.is("CLAUSE_BREAK", ls.tokens().get(k).norm())) {
                return -1;
            }
            if (ls.forms().get(k).isInfinitive() && words.is("INFINITIVE_MARK", ls.tokens().get(k - 1).norm())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * When the comma at {@code comma} closes a name in apposition (", cheikh Tamim ben Hamad
     * Al-Thani,"), the index of the comma that opens it; else -1.
     */
    private static int apposition(LemmatizedSentence ls, int comma) {
        if (!",".equals(ls.tokens().get(comma).norm())) {
            return -1;
        }
        int capitals = 0;
        for (int k = comma - 1; k >= 0 && comma - k <= 10; k--) {
            if (",".equals(ls.tokens().get(k).norm())) {
                int length = comma - k - 1;
                return length > 0 && 2 * capitals >= length ? k : -1;
            }
            if (ls.tokens().get(k).isNameShaped()) {
                capitals++;
            }
        }
        return -1;
    }

    private int clauseEnd(LemmatizedSentence ls, int last) {
        int i = last;
        while (i < ls.size() - 1 && i - last < REACH && !words.is("CLAUSE_BREAK", ls.tokens().get(i + 1).norm())) {
            i++;
        }
        return i;
    }

    /** The sentence's text up to the mention: what the few words before it say of it. */
    static String textBefore(Sentence s, ActorMention m) {
        return s.text().substring(0, Math.max(0, Math.min(s.text().length(), m.span().start() - s.start())));
    }

    /**
     * The actor named last before the trigger, in its clause, is an organisation: whoever the
     * sentence names before it, the organisation is the one that acts.
     */
    private static boolean organisationActs(LemmatizedSentence ls, List<ActorMention> mentions, int start, int trigger) {
        ActorMention last = null;
        for (ActorMention m : mentions) {
            if (m.span().start() >= start && m.span().end() <= trigger
                    && (m.kind() == org.entente.actors.MentionKind.ORGANISATION || actsForAState(m, ls.sentence()))) {
                last = m;
            }
        }
        return last != null && last.kind() == org.entente.actors.MentionKind.ORGANISATION;
    }

    private static boolean passiveAgent(LemmatizedSentence ls, List<ActorMention> mentions, int trigger) {
        return mentions.stream().anyMatch(m -> m.span().start() > trigger && agent(ls, m) && actsForAState(m, ls.sentence()));
    }

    /**
     * A signing told from the treaty's noun ("les traités conclus avec l'Egypte", "le traité
     * russo-américain conclu en 2010"): the states that qualify the treaty are its signatories,
     * wherever they stand.
     */
    private static boolean namedTreaty(EventType type, LemmatizedSentence ls, RuleHit h) {
        return type == EventType.SIGN && h.first() > 0 && ls.forms().get(h.first()).canBeNoun()
                && !ls.forms().get(h.first()).canBeVerb();
    }

    /**
     * The mention sits in a relative clause between commas before the trigger ("Des pays du Golfe,
     * dont certains ont des relations étroites avec le Liban, ont offert"): it qualifies the
     * subject, it does not act.
     */
    private boolean inAside(LemmatizedSentence ls, ActorMention m, int trigger) {
        int at = ls.tokenAt(m.span().start());
        boolean opened = false;
        for (int i = at - 1; i >= 1; i--) {
            String n = ls.tokens().get(i).norm();
            if (",".equals(n)) {
                break;
            }
            if (words.is("RELATIVE", n) && ",".equals(ls.tokens().get(i - 1).norm())) {
                opened = true;
                break;
            }
        }
        if (!opened) {
            return false;
        }
        for (int i = at; i < ls.size() && ls.tokens().get(i).start() < trigger; i++) {
            if (",".equals(ls.tokens().get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The state after an act's noun and "de": "le retrait en 2019 du Japon de l'accord". */
    private boolean genitiveAgent(LemmatizedSentence ls, RuleHit h, ActorMention m) {
        if (!words.is("AGENT_NOUN", ls.tokens().get(h.first()).norm())) {
            return false;
        }
        int at = ls.tokenAt(m.span().start());
        if (at <= h.first() || at - h.first() > GENITIVE_REACH) {
            return false;
        }
        String before = textBefore(ls.sentence(), m).toLowerCase(Locale.ROOT);
        return before.endsWith(" du ") || before.endsWith(" des ") || before.endsWith(" de la ")
                || before.endsWith(" de l'") || before.endsWith(" d'") || before.endsWith(" de ");
    }

    /**
     * A demonym that qualifies a measure being imposed: "l'imposition de sanctions canadiennes",
     * "a durci les sanctions canadiennes" (within the hit or right after it).
     */
    private boolean measureAgent(LemmatizedSentence ls, RuleHit h, ActorMention m) {
        if (m.kind() != org.entente.actors.MentionKind.DEMONYM
                || ls.forms().get(h.first()).lemmas().stream().noneMatch(l -> words.is("MEASURE_ACT", l))) {
            return false;
        }
        int at = ls.tokenAt(m.span().start());
        return at > h.first() && at <= h.last() + 2;
    }

    /** A passive's agent: "imposées par Washington". */
    private static boolean agent(LemmatizedSentence ls, ActorMention m) {
        String before = textBefore(ls.sentence(), m);
        return before.endsWith("par ") || before.endsWith("par l'") || before.endsWith("par la ") || before.endsWith("par le ");
    }

    /**
     * The state of the official named last before the clause, when the clause's subject before
     * the trigger is a pronoun ("il", "elle"); null otherwise.
     */
    private String pronounAntecedent(LemmatizedSentence ls, List<ActorMention> mentions, int from, int trigger, int clauseStart) {
        if (from == 0) {
            return null; // a sentence-opening pronoun is the previous sentence's speaker (back-reference)
        }
        boolean pronoun = false;
        for (int i = from; i < trigger; i++) {
            if (words.is("SUBJECT_PRONOUN", ls.tokens().get(i).norm())) {
                pronoun = true;
            }
        }
        if (!pronoun) {
            return null;
        }
        String country = null;
        for (ActorMention m : mentions) {
            if (m.span().end() <= clauseStart && actsForAState(m, ls.sentence()) && isOfficial(m)) {
                country = m.country();
            }
        }
        return country;
    }

    /** The head of an international organisation acting as such ("le secrétaire général de l'Otan"). */
    static boolean headOfOrganisation(ActorMention m) {
        return m.role() == org.entente.actors.Role.HEAD_OF_ORGANISATION && m.actor() != null;
    }

    /** An official in person: an office, a person holding one, a delegation ("la partie chinoise"). */
    private static boolean isOfficial(ActorMention m) {
        return switch (m.kind()) {
            case ROLE, PARTY -> true;
            case PERSON_NAME, PERSON_PARTIAL -> m.role() != null;
            default -> false;
        };
    }

    /**
     * A mention that can stand for a state in an event: the state itself, its capital or seat of
     * power, "la partie chinoise", an office ("le président chinois") or a person holding one at
     * the article's date, or its nationals as a whole ("les Palestiniens ont coupé les ponts").
     * Other demonyms ("des Bahreïnis", "le Croissant-Rouge turc") and private persons cannot.
     */
    static boolean actsForAState(ActorMention m, Sentence s) {
        return switch (m.kind()) {
            case STATE_NAME, METONYM, PARTY, ROLE -> m.country() != null;
            case PERSON_NAME, PERSON_PARTIAL -> m.role() != null && m.country() != null;
            case DEMONYM -> m.country() != null && !m.surface().isEmpty() && Character.isUpperCase(m.surface().charAt(0))
                    && textBefore(s, m).toLowerCase(Locale.ROOT).endsWith("les ");
            default -> false;
        };
    }
}
