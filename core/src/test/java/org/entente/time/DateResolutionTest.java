package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.Test;

class DateResolutionTest {
    private static final TimeTagger TAGGER = new TimeTagger();
    private static final DateResolution RESOLUTION = new DateResolution();
    private static final PublicationDate FRIDAY =
            new PublicationDate("2024-07-05", LocalDate.parse("2024-07-05"), Granularity.DAY, "metadata");

    private static Optional<String> dateOf(String text, String trigger, PublicationDate anchor) {
        Sentence s = new SentenceSplitter(new Tokenizer()).split(text).get(0);
        return RESOLUTION.value(s, TAGGER.find(s, anchor), text.indexOf(trigger));
    }

    @Test
    void eachClauseKeepsItsOwnDate() {
        String text = "Le président a déclaré mercredi qu'il se rendra en Chine en octobre.";
        assertEquals(Optional.of("2024-07-03"), dateOf(text, "déclaré", FRIDAY));
        assertEquals(Optional.of("2024-10"), dateOf(text, "rendra", FRIDAY));
    }

    @Test
    void originDatesOnlyTheEventItNames() {
        String text = "Mercredi, 32 ans après l'établissement des relations diplomatiques, le président a rencontré son homologue.";
        assertEquals(Optional.of("2024-07-03"), dateOf(text, "rencontré", FRIDAY));
        assertEquals(Optional.of("1992"), dateOf(text, "établissement", FRIDAY));
        assertEquals(Optional.empty(), dateOf("Après trente ans de relations, les deux pays ont signé un accord.", "signé", FRIDAY));
    }

    @Test
    void aDateInsideAQuotationDatesOnlyWhatTheQuotationSays() {
        String text = "\"Nous l'avions promis en mars\", a dit la ministre après avoir rencontré son homologue.";
        assertEquals(Optional.empty(), dateOf(text, "rencontré", FRIDAY));
        assertEquals(Optional.of("2024-03"), dateOf(text, "promis", FRIDAY));
        String guillemets = "\u00ab Nous l'avions promis en mars \u00bb, a dit la ministre après avoir rencontré son homologue.";
        assertEquals(Optional.empty(), dateOf(guillemets, "rencontré", FRIDAY));
    }

    @Test
    void dayBeatsYearInTheSameClause() {
        String text = "En 2024, les deux pays ont signé un accord le 3 juillet à Astana.";
        assertEquals(Optional.of("2024-07-03"), dateOf(text, "signé", FRIDAY));
    }

    @Test
    void openingDateCarriesOverCommaIntoTheMainClause() {
        String text = "Le 1er décembre 2024, le ministre a rencontré son homologue à Rome.";
        assertEquals(Optional.of("2024-12-01"), dateOf(text, "rencontré", null));
    }

    @Test
    void unresolvedExpressionGivesNoDate() {
        assertEquals(Optional.empty(), dateOf("Le président a reçu mercredi son homologue.", "reçu", null));
    }
}
