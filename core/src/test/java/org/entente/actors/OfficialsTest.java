package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The widened officials dictionary: curated tenures resolve names and titles; Phoenix government
 * members (gen-officials.tsv) are admitted by name but never named by a title; heads of international
 * organisations act for no state while in office. Sentences written for this test.
 */
class OfficialsTest {
    private static final ActorBase BASE = ActorBase.load();
    private static final ActorLinker LINKER = new ActorLinker(BASE);
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    private static List<ActorMention> link(String text, LocalDate date) {
        return LINKER.link(SPLITTER.split(text), date);
    }

    private static ActorMention first(List<ActorMention> got, String surface) {
        return got.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + surface + " in " + got));
    }

    @Test
    void anIsraeliPrimeMinisterOf2012IsFoundByNameAndByTitle() {
        List<ActorMention> got = link("Benyamin Netanyahou a reçu mardi à Jérusalem le ministre grec des Affaires étrangères. "
                + "Le Premier ministre israélien a ensuite appelé Washington.", LocalDate.of(2012, 11, 6));
        ActorMention byName = first(got, "Benyamin Netanyahou");
        assertEquals("Benjamin Netanyahu", byName.actor().name());
        assertEquals(Role.HEAD_OF_GOVERNMENT, byName.role());
        assertEquals("ISR", byName.country());
        ActorMention byTitle = first(got, "Premier ministre israélien");
        assertEquals(byName.actor(), byTitle.actor());
        assertEquals(Role.HEAD_OF_GOVERNMENT, byTitle.role());
        // Ten years later the same title names the holder of the day.
        ActorMention later = first(link("Le Premier ministre israélien est arrivé à Rome.", LocalDate.of(2022, 8, 1)),
                "Premier ministre israélien");
        assertEquals("Yair Lapid", later.actor().name());
    }

    @Test
    void aPhoenixOnlyMinisterIsAdmittedByNameButNoTitleResolvesToHim() {
        LocalDate date = LocalDate.of(2010, 5, 4);
        List<ActorMention> got = link("Ariel Atias s'est rendu au Caire. Le ministre israélien a rencontré l'ambassadeur "
                + "israélien, puis le vice-Premier ministre israélien.", date);
        ActorMention byName = first(got, "Ariel Atias");
        assertEquals(Role.OFFICIAL, byName.role(), "a government member acts for his state");
        assertEquals("ISR", byName.country());
        for (String title : List.of("ministre israélien", "ambassadeur israélien", "vice-Premier ministre israélien")) {
            ActorMention m = first(got, title);
            assertTrue(m.actor() == null || BASE.tenures(m.actor().id()).stream().noneMatch(t -> t.role() == Role.OFFICIAL),
                    title + " must not resolve to a Phoenix row: " + m.actor());
        }
        // The source's date ranges hold: before he joined the government he is not an official.
        assertNull(first(link("Ariel Atias s'est rendu au Caire.", LocalDate.of(2001, 1, 10)), "Ariel Atias").role());
    }

    @Test
    void labelledTenuresWinOverPhoenixRowsOfTheSamePerson() {
        Actor netanyahu = BASE.personNamed("Benjamin Netanyahu").orElseThrow();
        List<Tenure> tenures = BASE.tenures(netanyahu.id());
        assertTrue(tenures.stream().anyMatch(t -> t.role() == Role.HEAD_OF_GOVERNMENT));
        // Phoenix's open "ISRGOV >090401" overlaps the labelled premiership and is dropped; 1996-1999 stays.
        assertTrue(tenures.stream().filter(t -> t.role() == Role.OFFICIAL)
                .allMatch(t -> t.end() != null && t.end().isBefore(LocalDate.of(2009, 1, 1))), tenures.toString());
        assertEquals(Role.HEAD_OF_GOVERNMENT, BASE.officeAt(netanyahu.id(), LocalDate.of(2015, 1, 1)).orElseThrow().role());
    }

    @Test
    void governmentMembersDoNotCloseEachOthersOpenPeriods() {
        // Two members of the same government, both open in the source: both hold at once.
        LocalDate date = LocalDate.of(2011, 6, 1);
        for (String name : List.of("Ariel Atias", "Avishai Braverman")) {
            Actor p = BASE.personNamed(name).orElseThrow();
            assertEquals(Role.OFFICIAL, BASE.officeAt(p.id(), date).orElseThrow().role(), name);
        }
    }

    @Test
    void anOrganisationHeadActsForNoStateWhileInOffice() {
        ActorMention asNato = first(link("Jens Stoltenberg a rencontré le président turc à Ankara.", LocalDate.of(2018, 3, 2)),
                "Jens Stoltenberg");
        assertEquals(Role.HEAD_OF_ORGANISATION, asNato.role());
        assertNull(asNato.country(), "the NATO Secretary General speaks for no state");
        ActorMention asNorway = first(link("Jens Stoltenberg a rencontré le président turc à Ankara.", LocalDate.of(2010, 3, 2)),
                "Jens Stoltenberg");
        assertEquals(Role.HEAD_OF_GOVERNMENT, asNorway.role());
        assertEquals("NOR", asNorway.country());
        Tenure un = BASE.officeAt(BASE.personNamed("António Guterres").orElseThrow().id(), LocalDate.of(2020, 1, 1)).orElseThrow();
        assertEquals("Q1065", un.country(), "the office's 'country' is the organisation's id");
    }

    @Test
    void aCommonWordIsNotTakenForAPhoenixSurname() {
        // "Mai" is the family name of a Phoenix official, and an ordinary French word at a sentence's start.
        List<ActorMention> got = link("Mai a été chaud à Paris. Bien des gens sont sortis.", LocalDate.of(2007, 5, 2));
        assertTrue(got.stream().noneMatch(m -> m.kind() == MentionKind.PERSON_PARTIAL), got.toString());
    }
}
