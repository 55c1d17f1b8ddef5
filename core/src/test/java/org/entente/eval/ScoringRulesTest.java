package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The subtle rules of score.py, each on hand-written values. */
class ScoringRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScoringRules rules = ScoringRules.standard();

    private static JsonNode d(String date) {
        return date == null ? NullNode.instance : TextNode.valueOf(date);
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void dateIsCorrectInsideTheGoldSpan() {
        assertTrue(DateSpan.correct(d("2021-03-15"), d("2021-03")));
        assertTrue(DateSpan.correct(d("2021-03"), d("2021-03")));
        assertTrue(DateSpan.correct(d("2021-03-02/2021-03-09"), d("2021")));
        assertFalse(DateSpan.correct(d("2021"), d("2021-03")), "a coarser date is not correct");
        assertFalse(DateSpan.correct(d("2021-04-01"), d("2021-03")));
        assertTrue(DateSpan.correct(null, null), "no date where gold has none is correct");
        assertFalse(DateSpan.correct(d("2021"), null));
        assertFalse(DateSpan.correct(null, d("2021-03-15")));
        assertFalse(DateSpan.correct(d(""), d("2021-03-15")), "an empty date is no date");
    }

    @Test
    void shortIntervalStartingOnTheGoldDayIsCorrect() {
        assertTrue(DateSpan.correct(d("2021-03-15/2021-03-16"), d("2021-03-15")));
        assertTrue(DateSpan.correct(d("2021-03-15/2021-03"), d("2021-03-15")), "ends in the same month");
        assertFalse(DateSpan.correct(d("2021-03-15/2021-04-02"), d("2021-03-15")), "runs into next month");
        assertFalse(DateSpan.correct(d("2021-03-14/2021-03-15"), d("2021-03-15")), "must start that day");
        assertFalse(DateSpan.correct(d("2021-03/2021-03-20"), d("2021-03-15")), "a month starts on the 1st");
        assertFalse(DateSpan.correct(d("2021-03-15/2021-03-16"), d("2021-03-15/2021-03-15")),
                "the rule needs a one-day gold written as a single day");
    }

    @Test
    void datesAreCompatibleWhenTheirSpansOverlap() {
        assertTrue(DateSpan.compatible(d("2021"), d("2021-12-31")));
        assertTrue(DateSpan.compatible(d("2021-02"), d("2021-02-30")), "months all end on the 31st, as in score.py");
        assertFalse(DateSpan.compatible(d("2021-05"), d("2021-06-01")));
        assertTrue(DateSpan.compatible(null, d("1999")));
        assertTrue(DateSpan.compatible(d(" 2021-05 "), d("2021-05-31")), "parts are stripped");
        assertEquals(new DateSpan("2020-01-01", "2021-12-31"), DateSpan.of(d("2020/2021")));
    }

    @Test
    void samePersonByLastWordOfMoreThanTwoLetters() {
        assertTrue(ScoringRules.samePerson("ana lopes", "lopes"));
        assertTrue(ScoringRules.samePerson("pedro ana lopes", "m. lopes"));
        assertTrue(ScoringRules.samePerson("li wei", "wei"), "three letters suffice");
        assertFalse(ScoringRules.samePerson("wei li", "li"), "two letters do not");
        assertTrue(ScoringRules.samePerson("li", "li"), "identical names always match");
        assertFalse(ScoringRules.samePerson("lopes ana", "ana lopes"), "only the last word counts");
        assertFalse(ScoringRules.samePerson("", "lopes"));
    }

    @Test
    void namesAreFoldedAndMayBeObjects() throws Exception {
        assertEquals(List.of("ana lopes", "jose maria eca", "kim"),
                ScoringRules.names(json("['Ana  LOPES', {'name': 'José-María Eça', 'role': 'x'}, '', {'name': null}, 'Kim']")));
        assertEquals(List.of(), ScoringRules.names(null));
    }

    @Test
    void overlapUsesContainmentOnlyFromSixWords() {
        String longer = "Le ministre a annoncé hier soir à la radio que les deux pays ouvriront trois consulats.";
        String five = "les deux pays ouvriront consulats";
        String six = "les deux pays ouvriront trois consulats";
        double jaccard5 = 5.0 / 15; // 15 distinct words in the longer sentence ("a" twice)
        assertEquals(jaccard5, ScoringRules.overlap(five, longer), 1e-12, "five words: Jaccard only");
        assertEquals(1.0, ScoringRules.overlap(six, longer), 1e-12, "six words: containment");
        assertTrue(ScoringRules.overlap(five, longer) < ScoringRules.OVERLAP_THRESHOLD);
        assertEquals(1.0, ScoringRules.overlap("L\u2019accord SIGNÉ", "l'accord signe"), 1e-12, "folded words");
        assertEquals(0.0, ScoringRules.overlap("", longer));
        assertEquals(0.0, ScoringRules.overlap("... !", longer), "punctuation has no words");
    }

    @Test
    void placesMeetThroughFoldingAndAliases() {
        assertEquals("beijing", rules.normPlace(d("Pékin")));
        assertEquals("astana", rules.normPlace(d("Nour-Soultan")));
        assertEquals("astana", rules.normPlace(d("nur sultan")), "aliases apply with spaces or hyphens");
        assertEquals("new delhi", rules.normPlace(d("New-Delhi")));
        assertEquals("la nouvelle delhi", rules.normPlace(d("La Nouvelle-Delhi")),
                "score.py's key mixes a space and a hyphen, so neither of its two lookups ever finds it");
        assertEquals("xian", rules.normPlace(d("Xi\u2019an")));
        assertEquals("xian", rules.normPlace(d("Xian")));
        assertEquals("saint denis", rules.normPlace(d("Saint-Denis")));
        assertEquals("washington", rules.normPlace(d("Washington, D.C.")), "what follows a comma is ignored");
        assertEquals("washington", rules.normPlace(d("Washington D.C.")));
        assertEquals("new york", rules.normPlace(d("New York City")));
        assertNull(rules.normPlace(d("")));
        assertNull(rules.normPlace(null));
        assertEquals("", rules.normPlace(d("  ")), "blank folds to empty, which is no place when matching");
    }

    private static final String GOLD_MEET = "{'type': 'MEET', 'date': '2021-03-15', 'place': 'Lisbonne',"
            + " 'countries': ['PRT', 'BRA', 'AGO'], 'participants': ['Ana Lopes'],"
            + " 'evidence': 'Les trois ministres se sont réunis à Lisbonne lundi.'}";

    private static String system(String type, String countries, String date, String place) {
        return "{'type': '" + type + "', 'countries': " + countries + ", 'date': " + date + ", 'place': " + place
                + ", 'mentions': [{'doc': 'A', 'text': 'Une autre phrase.'}]}";
    }

    @Test
    void compatibilityChecksTypeCountriesAndDate() throws Exception {
        JsonNode g = json(GOLD_MEET);
        assertNull(rules.incompatibility(json(system("MEET", "['BRA', 'PRT']", "'2021-03'", "'lisbonne'")), g, "A"));
        assertEquals(ScoringRules.Incompatibility.TYPE,
                rules.incompatibility(json(system("VISIT", "['BRA', 'PRT']", "null", "null")), g, "A"));
        assertEquals(ScoringRules.Incompatibility.COUNTRIES,
                rules.incompatibility(json(system("MEET", "['BRA', 'FRA']", "null", "null")), g, "A"),
                "two of three gold countries are needed");
        assertEquals(ScoringRules.Incompatibility.DATE,
                rules.incompatibility(json(system("MEET", "['BRA', 'PRT']", "'2021-04'", "null")), g, "A"));
        assertNull(rules.incompatibility(json(system("MEET", "['BRA', 'PRT']", "null", "'Porto'")), g, "A"),
                "place is an attribute scored on matched events, not a matching condition");
        assertNull(rules.incompatibility(json(system("MEET", "['BRA', 'PRT']", "null", "''")), g, "A"),
                "an empty place does not conflict");
        JsonNode oneCountry = json("{'type': 'CALL', 'countries': ['BRA'], 'evidence': 'x'}");
        assertEquals(ScoringRules.Incompatibility.COUNTRIES,
                rules.incompatibility(json(system("CALL", "[]", "null", "null")), oneCountry, "A"));
        assertNull(rules.incompatibility(json(system("CALL", "['BRA']", "null", "null")), oneCountry, "A"));
        JsonNode noCountry = json("{'type': 'CALL', 'countries': [], 'evidence': 'x'}");
        assertNull(rules.incompatibility(json(system("CALL", "null", "null", "null")), noCountry, "A"));
    }

    @Test
    void statementsNeedACitedSentenceOfThatArticle() throws Exception {
        JsonNode g = json("{'type': 'COMMIT', 'countries': ['PRT', 'BRA'],"
                + " 'evidence': 'Les deux pays supprimeront les visas pour les étudiants dès janvier.'}");
        String cited = "{'type': 'COMMIT', 'countries': ['PRT', 'BRA'], 'mentions': ["
                + "{'doc': 'B', 'text': 'Les deux pays supprimeront les visas pour les étudiants dès janvier.'},"
                + "{'doc': 'A', 'text': 'Les deux pays supprimeront les visas.'}]}";
        assertEquals(ScoringRules.Incompatibility.EVIDENCE, rules.incompatibility(json(cited), g, "A"),
                "the sentence cited for another article does not count; 5 words is too short for containment");
        assertNull(rules.incompatibility(json(cited), g, "B"));
        String containing = "{'type': 'COMMIT', 'countries': ['PRT', 'BRA'], 'mentions': ["
                + "{'doc': 'A', 'text': 'Dès janvier, les deux pays supprimeront les visas.'}]}";
        assertNull(rules.incompatibility(json(containing), g, "A"), "six words all in the gold sentence");
    }

    @Test
    void matchScoreWeighsEvidenceDatePlaceAndPeople() throws Exception {
        JsonNode g = json(GOLD_MEET);
        JsonNode s = json("{'type': 'MEET', 'date': '2021-03-15', 'place': null, 'participants': ['M. Lopes'],"
                + " 'mentions': [{'doc': 'A', 'text': 'Les trois ministres se sont réunis à Lisbonne lundi.'}]}");
        assertEquals(3 + 2 + 0 + 1, rules.matchScore(s, g, "A"));
        JsonNode noPlaces = json("{'type': 'MEET'}");
        assertEquals(2 + 1, rules.matchScore(noPlaces, json("{'type': 'MEET', 'evidence': 'x'}"), "A"),
                "no date and no place on both sides count as correct");
    }
}
