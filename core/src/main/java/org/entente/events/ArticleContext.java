package org.entente.events;

import org.entente.actors.ActorKind;
import org.entente.actors.ActorMention;
import org.entente.actors.MentionKind;
import org.entente.text.LemmatizedSentence;
import org.entente.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reader keeps in mind while going through an article: which two states it is about,
 * who spoke last, when and where the story's main event took place. Mutable, but owned by one
 * extraction of one article and never shared.
 */
final class ArticleContext {
    /** How many sentences a list of donors may run on with its recipient unnamed. */
    private static final int RECIPIENT_REACH = 6;
    private final ArticleFacts facts;
    private final List<String> dyad;
    private final Function<String, List<String>> forumMembers;
    Participant lastSubject;
    /** The person in office the previous sentences named last: what "ce dernier" stands for. */
    Participant lastNamed;
    /**
     * The state the last commitment or support went to, and its sentence: in a list of donors
     * ("Le Koweït a envoyé … au Liban. L'émir du Qatar a fait état de l'envoi de …"), the next
     * one that names no recipient gives to the same.
     */
    String lastRecipient;
    int lastRecipientSentence = -1;
    /** For each official, the state of the last counterpart the story told them meeting, visiting or calling. */
    private final Map<String, String> lastCounterpart = new java.util.HashMap<>();
    /** The day of the last happening told with a day-precise date: what "le lendemain" counts from. */
    java.time.LocalDate lastStatedDay;

    private final Words words;

    ArticleContext(ArticleFacts facts, Function<String, List<String>> forumMembers, Words words) {
        this.facts = facts;
        this.words = words;
        this.forumMembers = forumMembers;
        this.dyad = topCountries(facts);
    }

    /** The two states the article mentions most, at least twice each (fewer when it has fewer). */
    List<String> dyad() {
        return dyad;
    }

    /**
     * Where a trip abroad that names no destination went: the state of the counterpart the story
     * last told the traveller meeting, else the story's other state, when the traveller's is one
     * of the story's two.
     */
    String hostOfTripAbroad(Participant traveller) {
        String visitorCountry = traveller == null ? null : traveller.country();
        if (visitorCountry == null) {
            return null;
        }
        String met = traveller.id() == null ? null : lastCounterpart.get(traveller.id());
        if (met != null) {
            return met;
        }
        if (dyad.size() != 2 || !dyad.contains(visitorCountry)) {
            return null;
        }
        return dyad.get(0).equals(visitorCountry) ? dyad.get(1) : dyad.get(0);
    }

    /** Keeps, for each official of a two-state meeting, visit or call told so far, the other state. */
    void met(Event e) {
        if (!e.happened() || e.type() != EventType.MEET && e.type() != EventType.VISIT && e.type() != EventType.CALL) {
            return;
        }
        List<String> states = e.participants().stream().map(Participant::country).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (states.size() != 2) {
            return;
        }
        for (Participant p : e.participants()) {
            if (p.id() != null && p.country() != null) {
                lastCounterpart.put(p.id(), p.country().equals(states.get(0)) ? states.get(1) : states.get(0));
            }
        }
    }

    /** The city of a state the article names most (a capital first on ties), or null. */
    String cityIn(String country) {
        if (country == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : facts.mentions()) {
            // Only where the article tells of meetings and visits: a consulate's city is not the visit's.
            boolean aboutHappenings = facts.hits().getOrDefault(m.sentence(), List.of()).stream()
                    .anyMatch(h -> h.type() == EventType.MEET || h.type() == EventType.VISIT);
            if (aboutHappenings && m.kind() == MentionKind.PLACE && m.actor() != null && country.equals(m.country())) {
                counts.merge(m.actor().name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The recipient of the commitments or support of the last few sentences, or null. */
    String recentRecipient(int sentence) {
        return lastRecipient != null && sentence - lastRecipientSentence <= RECIPIENT_REACH ? lastRecipient : null;
    }

    List<String> members(String forum) {
        return forumMembers.apply(forum);
    }

    String publicationDate() {
        return facts.published() == null ? null : facts.published().value();
    }

    void afterSentence(int sentence) {
        LemmatizedSentence ls = facts.sentences().get(sentence);
        List<ActorMention> people = facts.mentionsIn(sentence).stream()
                .filter(m -> m.actor() != null && m.actor().kind() == ActorKind.PERSON).toList();
        if (people.isEmpty()) {
            return;
        }
        for (ActorMention m : people) {
            if (m.role() != null) {
                lastNamed = new Participant(m.actor().name(), m.actor().id(), m.country(), m.role().name());
            }
        }
        ActorMention speaker = null;
        List<Token> tokens = ls.tokens();
        for (ActorMention m : people) {
            int idx = tokenIndex(tokens, m.span().start());
            for (int k = Math.max(0, idx - 3); k < idx; k++) {
                if (ls.forms().get(k).lemmas().stream().anyMatch(l -> words.is("REPORTING", l))) {
                    speaker = m;
                }
            }
        }
        if (speaker == null) {
            ActorMention first = people.get(0);
            String firstWord = tokens.get(0).norm();
            if (tokenIndex(tokens, first.span().start()) < 12 && !words.is("SUBJECT_PRONOUN", firstWord)) {
                speaker = first;
            }
        }
        if (speaker != null) {
            lastSubject = new Participant(speaker.actor().name(), speaker.actor().id(), speaker.country(),
                    speaker.role() == null ? null : speaker.role().name());
        }
    }

    private static int tokenIndex(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * States by weight: a mention in a sentence that tells of an event counts twice, elsewhere
     * once; a state below two (named once in passing, in a list of figures) is not what the story
     * is about.
     */
    private static List<String> topCountries(ArticleFacts facts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : facts.mentions()) {
            if (m.country() != null && m.kind() != MentionKind.ORGANISATION && m.kind() != MentionKind.PLACE) {
                counts.merge(m.country(), facts.hits().containsKey(m.sentence()) ? 2 : 1, Integer::sum);
            }
        }
        counts.values().removeIf(n -> n < 2);
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.comparingInt((String c) -> -counts.get(c)));
        return order.subList(0, Math.min(2, order.size()));
    }
}
