package org.entente.events;

import org.entente.actors.ActorMention;
import org.entente.text.LemmatizedSentence;
import org.entente.time.Granularity;
import org.entente.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The day a story has just told of one of the event's participants, when the event's own sentence
 * states none: "Le président chilien a critiqué lundi 3 mars le Pérou. [...] a-t-il dit, après avoir
 * reçu à Santiago des ministres argentins" happened that Monday, not on the publication day.
 * Only a nearby sentence counts, only a day close before publication (the story's own time, not
 * its background), and only when someone who takes part in the event is who acts in it.
 */
final class NarratedDay {
    /** How many sentences back the story's day may be told. */
    private static final int REACH = 2;
    /** How many sentences before an event's this reads the times of: its reach, and the reach of a "la veille" there. */
    static final int SENTENCES_READ = 2 * REACH;
    /** How many days before publication a told day may lie and still be the story's time. */
    private static final int RECENT_DAYS = 10;

    private NarratedDay() {
    }

    /** The day, or null. */
    static String of(ArticleFacts facts, StoryTime storyTime, Words words, int sentence, List<Participant> people) {
        if (facts.published() == null) {
            return null;
        }
        Set<String> ids = people.stream().map(Participant::id).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return null;
        }
        LocalDate published = facts.published().anchor();
        for (int back = 1; back <= REACH && sentence - back >= 0; back++) {
            int si = sentence - back;
            LocalDate day = told(facts, storyTime, si, REACH);
            if (day == null) {
                continue;
            }
            // The nearest told day decides: an older one further back is another moment of the story.
            boolean recent = !day.isAfter(published) && !day.isBefore(published.minusDays(RECENT_DAYS));
            LemmatizedSentence ls = facts.sentences().get(si);
            boolean shared = facts.mentionsIn(si).stream()
                    .anyMatch(m -> m.actor() != null && ids.contains(m.actor().id()) && actsIn(ls, m, words));
            return recent && shared ? day.toString() : null;
        }
        return null;
    }

    /**
     * The one day the sentence tells: its own date, or a day counted from the one told just
     * before ("ses déclarations de la veille", after "ce jeudi 13 mars"); null if none or several.
     */
    private static LocalDate told(ArticleFacts facts, StoryTime storyTime, int si, int reach) {
        List<String> days = facts.timesIn(si).stream()
                .filter(t -> t.granularity() == Granularity.DAY && t.value() != null && !t.origin()
                        && t.value().length() == 10)
                .map(TimeExpression::value).distinct().toList();
        if (days.size() == 1) {
            return LocalDate.parse(days.get(0));
        }
        if (!days.isEmpty() || reach == 0) {
            return null;
        }
        Integer offset = storyTime.offset(facts.sentences().get(si));
        if (offset == null) {
            return null;
        }
        for (int back = 1; back <= reach && si - back >= 0; back++) {
            LocalDate before = told(facts, storyTime, si - back, 0);
            if (before != null) {
                return before.plusDays(offset);
            }
        }
        return null;
    }

    /**
     * The person is who the sentence tells of, not someone its words merely name ("des manifestants
     * ont défilé pour réclamer le départ de X"): named before its first conjugated verb, or the
     * agent of a participle ("les mots prononcés la veille par X").
     */
    private static boolean actsIn(LemmatizedSentence ls, ActorMention m, Words words) {
        int at = ls.tokenAt(m.span().start());
        int before = at - 1;
        while (before >= 0 && words.is("DETERMINER", ls.tokens().get(before).norm())) {
            before--;
        }
        if (before >= 0 && words.is("AGENT", ls.tokens().get(before).norm())) {
            return true;
        }
        return !ls.conjugatedVerbBefore(at);
    }
}
