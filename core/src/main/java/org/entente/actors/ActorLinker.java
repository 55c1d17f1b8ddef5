package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.actors.LexEntry.Type;
import org.entente.actors.TokenTrie.Match;
import org.entente.text.Sentence;
import org.entente.text.Token;

/**
 * Finds every reference to an actor in an article and resolves it against the {@link ActorBase} at
 * the article's date: states, demonyms, prefixes, metonyms, parties, people (full, partial, by role),
 * organisations and places. What cannot be resolved with confidence keeps a null actor.
 *
 * <p>This class walks the tokens and picks, for each lexicon phrase, the reading that applies;
 * {@link PersonNames}, {@link RolePhrases} and {@link PlaceLinker} resolve names, role phrases
 * and places. The linker is stateless between calls; all article context (people already named,
 * states recently mentioned, people learned from appositions) lives in one {@link Reading} per call.
 */
public final class ActorLinker {
    private final ActorBase base;
    private final Phrases phrases;
    private final PersonNames names;
    private final RolePhrases roles;
    private final PlaceLinker places;

    public ActorLinker(ActorBase base) {
        this.base = Objects.requireNonNull(base);
        this.phrases = new Phrases(base.trie());
        this.names = new PersonNames(base, phrases);
        this.roles = new RolePhrases(phrases, names);
        this.places = new PlaceLinker(base, phrases);
    }

    /** Every actor mention of the article, in text order. */
    public List<ActorMention> link(List<Sentence> sentences, LocalDate articleDate) {
        Reading r = new Reading(base, articleDate);
        for (Sentence s : sentences) {
            r.begin(s);
            int i = 0;
            while (i < s.tokens().size()) {
                i = Math.max(i + 1, at(r, i));
            }
        }
        return r.mentions();
    }

    /** Handles what starts at token i; returns the next token to look at. */
    private int at(Reading r, int i) {
        PersonHit learned = r.people().learnedAt(r.toks(), i);
        if (learned != null) {
            r.person(learned, null, null);
            return learned.to();
        }
        for (Match m : phrases.at(r.toks(), i)) {
            // A phrase with several readings is tried in the priority order of the entry types.
            for (Type type : Type.values()) {
                for (LexEntry e : m.entries()) {
                    if (e.type() != type) {
                        continue;
                    }
                    int next = handle(r, m, e);
                    if (next > i) {
                        return next;
                    }
                }
            }
        }
        return i + 1;
    }

    /** One reading of a phrase; the next token, or -1 when the reading does not apply here. */
    private int handle(Reading r, Match m, LexEntry e) {
        List<Token> toks = r.toks();
        int i = m.from();
        Token first = toks.get(i);
        switch (e.type()) {
            case PERSON_FULL -> {
                if (!first.isCapitalised()) {
                    return -1;
                }
                Actor p = base.byId(e.target()).orElse(null);
                r.person(new PersonHit(i, m.to(), p, MentionKind.PERSON_NAME), null, null);
                return m.to();
            }
            case ORG_NAME, ORG_COMMON_NAME -> {
                // Long names ("sommet Chine-Asie centrale") are specific enough without a capital.
                if (e.type() == LexEntry.Type.ORG_NAME && !first.isCapitalised() && m.to() - i < 3) {
                    return -1;
                }
                r.emit(i, m.to(), MentionKind.ORGANISATION, null, base.byId(e.target()).orElse(null), null);
                return m.to();
            }
            case ORG_ACRONYM -> {
                for (int k = i; k < m.to(); k++) {
                    String t = toks.get(k).text();
                    if (!t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
                        return -1;
                    }
                }
                r.emit(i, m.to(), MentionKind.ORGANISATION, null, base.byId(e.target()).orElse(null), null);
                return m.to();
            }
            case ROLE, COUNTERPART -> {
                return roles.link(r, m, e);
            }
            case TITLE -> {
                PersonHit p = names.at(r, m.to(), true, null, null);
                if (p == null) {
                    return -1;
                }
                r.person(new PersonHit(i, p.to(), p.actor(), p.kind()), null, null);
                return p.to();
            }
            case STATE_NAME -> {
                if (!first.isCapitalised()) {
                    return -1;
                }
                r.emit(i, m.to(), MentionKind.STATE_NAME, e.target(), base.state(e.target()).orElse(null), null);
                return m.to();
            }
            case SEAT -> {
                if (!first.isCapitalised()) {
                    return -1;
                }
                r.emit(i, m.to(), MentionKind.METONYM, e.target(), base.state(e.target()).orElse(null), null);
                return m.to();
            }
            case PLACE_RENAMED, CAPITAL, PLACE -> {
                return places.link(r, m, m.entries());
            }
            case PREFIX -> {
                if (m.to() < toks.size() && toks.get(m.to()).norm().equals("-")) {
                    r.emit(i, m.to(), MentionKind.COUNTRY_PREFIX, e.target(), base.state(e.target()).orElse(null), null);
                    return m.to() + 1;
                }
                return -1;
            }
            case DEMONYM -> {
                if (i >= 2 && toks.get(i - 1).norm().equals("-") && phrases.isWord(toks, i - 2, "REGION_PREFIX")) {
                    return -1; // "sud-américain", "latino-américains": a continent's people, not a state's
                }
                r.emit(i, m.to(), MentionKind.DEMONYM, e.target(), base.state(e.target()).orElse(null), null);
                return m.to();
            }
            case PERSON_SURNAME -> {
                PersonHit p = names.at(r, i, false, null, null);
                if (p == null) {
                    return -1;
                }
                r.person(p, null, null);
                return p.to();
            }
            case WORD -> {
                if (e.target().equals("SHORT_ORG")) {
                    // "l'Union", after the article named the European Union: that organisation.
                    Actor named = first.isCapitalised() && i > 0 && phrases.isWord(toks, i - 1, "SHORT_ORG_ARTICLE")
                            ? r.lastOrganisationEndingWith(first.text()) : null;
                    if (named == null) {
                        return -1;
                    }
                    r.emit(i, m.to(), MentionKind.ORGANISATION, null, named, null);
                    return m.to();
                }
                if (e.target().equals("PARTY")) {
                    List<String> states = new ArrayList<>();
                    int to = roles.modifiers(toks, m.to(), states);
                    if (states.isEmpty() && phrases.isWord(toks, i, "DELEGATION")) {
                        to = roles.delegates(toks, m.to(), states);
                    }
                    if (states.size() == 1) {
                        String iso = states.get(0);
                        r.emit(i, to, MentionKind.PARTY, iso, base.state(iso).orElse(null), null);
                        return to;
                    }
                }
                return -1;
            }
            default -> {
                return -1;
            }
        }
    }
}
