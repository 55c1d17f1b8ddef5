package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.text.Sentence;
import org.entente.text.Span;
import org.entente.text.Token;

/**
 * One article as the linker reads it, sentence after sentence: the sentence at hand, what the
 * article has said so far (people, states, offices at its date) and the mentions found.
 */
final class Reading {
    private final Offices offices;
    private final Coreference people;
    private final RecentStates states = new RecentStates();
    private final List<ActorMention> out = new ArrayList<>();
    private Sentence sentence;
    private List<Token> toks;
    private LocalDate sentenceYear;
    /** Token index just after the last person mention in this sentence, for appositions. */
    private int lastPersonEnd = -1;
    private Actor lastPersonHere;

    Reading(ActorBase base, LocalDate date) {
        this.offices = new Offices(base, date);
        this.people = new Coreference(base, offices);
    }

    void begin(Sentence s) {
        sentence = s;
        toks = s.tokens();
        sentenceYear = offices.sentenceYear(s.text());
        lastPersonEnd = -1;
        lastPersonHere = null;
    }

    List<Token> toks() {
        return toks;
    }

    Coreference people() {
        return people;
    }

    RecentStates states() {
        return states;
    }

    /** The person of this sentence whose mention ends just before token {@code end}, or null. */
    Actor personEndingAt(int end) {
        return lastPersonEnd == end ? lastPersonHere : null;
    }

    /** Who held the office at the article's date (see {@link Offices#holders}). */
    List<Actor> holders(Role role, String iso) {
        return offices.holders(role, iso, sentenceYear);
    }

    /** The text of tokens [from, to) as written. */
    String text(int from, int to) {
        int s = toks.get(from).start() - sentence.start();
        int e = toks.get(to - 1).end() - sentence.start();
        return sentence.text().substring(s, e);
    }

    Actor learnNew(PersonHit p, Role role, String iso) {
        return people.learnNew(text(p.from(), p.to()), role, iso);
    }

    /** A person mention; an unknown full name with a state is learned. */
    void person(PersonHit p, Role role, String iso) {
        Actor a = p.actor();
        if (a == null && p.kind() == MentionKind.PERSON_NAME && iso != null) {
            a = learnNew(p, role, iso);
        }
        Role r = a == null ? role : people.roleOf(a);
        if (r == null) {
            r = role;
        }
        String country = a == null ? iso : offices.countryAt(a, iso);
        emit(p.from(), p.to(), p.kind(), country, a, r);
        if (a != null) {
            people.mentioned(a, p.kind());
        }
        lastPersonHere = a;
        lastPersonEnd = p.to();
    }

    void emit(int from, int to, MentionKind kind, String country, Actor actor, Role role) {
        Span span = new Span(toks.get(from).start(), toks.get(to - 1).end());
        out.add(new ActorMention(sentence.index(), span, text(from, to), kind, country, actor, role));
        if (country != null) {
            states.mentioned(country);
        }
    }

    /** The mentions in text order. */
    /** The organisation the article named last whose English name ends with {@code word} ("Union"), or null. */
    Actor lastOrganisationEndingWith(String word) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Actor a = out.get(k).actor();
            if (out.get(k).kind() == MentionKind.ORGANISATION && a != null && a.name() != null
                    && a.name().endsWith(" " + word)) {
                return a;
            }
        }
        return null;
    }

    List<ActorMention> mentions() {
        // Appositions are found after the role that follows them: restore text order (stable sort).
        List<ActorMention> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingInt((ActorMention m) -> m.span().start()));
        return List.copyOf(sorted);
    }
}
