package org.entente.merge;

import org.entente.events.Event;
import org.entente.events.EventMention;
import org.entente.events.EventType;
import org.entente.events.Participant;
import org.entente.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventMergerTest {
    private final EventMerger merger = new EventMerger();

    private static Event meet(String doc, String date, String place, String... people) {
        return event(EventType.MEET, doc, date, place, null, people);
    }

    private static Event event(EventType type, String doc, String date, String place, String key, String... people) {
        List<Participant> ps = java.util.Arrays.stream(people).map(p -> new Participant(p, null, null, null)).toList();
        EventMention m = new EventMention(doc, 0, new Span(0, 10), "phrase de " + doc, new Span(0, 3));
        return new Event(doc + "#0", type, date, date == null ? null : "text", place, ps, List.of("BRA", "CHN"),
                null, key, "happened", List.of(m), 0.7);
    }

    @Test
    void reportsOfOneMeetingBecomeOneEventWithEverySource() {
        List<Event> merged = merger.merge(List.of(
                meet("a", "2023-04-14", "Beijing", "Luiz Inácio Lula da Silva", "Xi Jinping"),
                meet("b", "2023-04", null, "Xi Jinping"),
                meet("c", null, "Beijing")));
        assertEquals(1, merged.size());
        Event e = merged.get(0);
        assertEquals("2023-04-14", e.date(), "the most precise stated date wins");
        assertEquals("Beijing", e.place());
        assertEquals(3, e.mentions().size());
        assertEquals(2, e.participants().size());
    }

    @Test
    void differentPlacesDatesOrPeopleStayApart() {
        assertEquals(2, merger.merge(List.of(meet("a", "2023", "Xi'an"), meet("a", "2023", "Beijing"))).size());
        assertEquals(2, merger.merge(List.of(meet("a", "2023-04", null), meet("b", "2022-11", null))).size());
        assertEquals(2, merger.merge(List.of(meet("a", "2023-04", null, "Wang Yi"), meet("b", "2023-04", null, "Li Qiang"))).size());
    }

    @Test
    void aVisitorsTwoMeetingsOfOneDayStayTwoWhenEachNamesBothSides() {
        Participant visitor = new Participant("Mauro Vieira", null, "BRA", null);
        Participant counterpart = new Participant("Wang Yi", null, "CHN", null);
        Participant premier = new Participant("Li Qiang", null, "CHN", null);
        EventMention m = new EventMention("a", 0, new Span(0, 10), "phrase", new Span(0, 3));
        Event first = new Event("a#0", EventType.MEET, "2023-04-14", "text", "Beijing", List.of(visitor, counterpart),
                List.of("BRA", "CHN"), null, null, "happened", List.of(m), 0.7);
        Event second = new Event("a#1", EventType.MEET, "2023-04-14", "text", "Beijing", List.of(visitor, premier),
                List.of("BRA", "CHN"), null, null, "happened", List.of(new EventMention("a", 1, new Span(20, 30), "autre", new Span(20, 23))), 0.7);
        Event again = new Event("b#0", EventType.MEET, "2023-04-14", "text", null, List.of(visitor),
                List.of("BRA", "CHN"), null, null, "happened", List.of(new EventMention("b", 0, new Span(0, 10), "x", new Span(0, 3))), 0.7);
        assertEquals(2, merger.merge(List.of(first, second)).size());
        assertEquals(1, merger.merge(List.of(first, again)).size(), "a report naming one side joins the meeting");
    }

    @Test
    void statementsMergeOnlyWhenTheyAreAboutTheSameThing() {
        List<Event> merged = merger.merge(List.of(
                event(EventType.COMMIT, "a", null, null, "centre culturel"),
                event(EventType.COMMIT, "a", null, null, "centre medecine"),
                event(EventType.COMMIT, "b", "2025", null, "centre culturel")));
        assertEquals(2, merged.size());
        assertEquals(2, merged.get(0).mentions().size());
    }

    @Test
    void anUndatedReportTakesTheDateOfAnotherArticleMarkedAsInferred() {
        List<Event> merged = merger.merge(List.of(meet("a", null, "Brasília", "Lula"), meet("b", "2023-05-02", "Brasília", "Lula")));
        assertEquals(1, merged.size());
        assertEquals("2023-05-02", merged.get(0).date());
        assertEquals("inferred", merged.get(0).dateSource());
    }

    @Test
    void aReportThatCannotBeFoldedIsLeftOutAndNamedAndItsEventKeepsTheOthers() {
        // A participant without a name is nothing any rule makes, so folding it fails: exactly
        // the kind of value that used to abort a whole run from inside a cross-article merge.
        Event broken = new Event("x#0", EventType.MEET, "2023-04-14", "text", "Beijing",
                List.of(new Participant(null, null, null, null)), List.of("BRA", "CHN"), null, null, "happened",
                List.of(new EventMention("x", 0, new Span(0, 10), "phrase de x", new Span(0, 3))), 0.7);
        List<String> failed = new java.util.ArrayList<>();
        List<Event> merged = merger.merge(List.of(
                meet("a", "2023-04-14", "Beijing", "Xi Jinping"),
                broken,
                meet("b", "2023-04", null, "Xi Jinping")), (e, failure) -> failed.add(e.mentions().get(0).doc()));
        assertEquals(List.of("x"), failed);
        assertEquals(1, merged.size());
        assertEquals(List.of("a", "b"), merged.get(0).mentions().stream().map(EventMention::doc).toList());
        assertEquals(List.of("Xi Jinping"), merged.get(0).participants().stream().map(Participant::name).toList());
    }

    @Test
    void aDateThatIsNoIsoValueIsNoDateRatherThanAFailure() {
        List<Event> merged = merger.merge(List.of(meet("a", "2017/20", "Berlin"), meet("b", "2017/2020", "Berlin")));
        assertEquals(1, merged.size());
        assertEquals("2017/2020", merged.get(0).date());
    }
}
