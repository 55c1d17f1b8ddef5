package org.entente.pipeline;

import org.entente.events.Event;
import org.entente.events.EventType;
import org.entente.events.SanctionKinds;
import org.entente.ingest.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wording families and the admission and modality rules of issue 12, one sentence each,
 * written for this test (no CoreNLP): what must make an event, and what must not.
 */
class Issue12WordingTest {
    private static final Pipeline PIPELINE = Pipeline.create(false);
    private static final Wording WORDING = new Wording(PIPELINE);

    private static List<Event> happened(String text, EventType type) {
        return WORDING.happened(text, type);
    }

    private static void one(String text, EventType type, String... countries) {
        WORDING.one(text, type, countries);
    }

    private static void none(String text, EventType type) {
        WORDING.none(text, type);
    }

    @Test
    void sanctionsImposedTreatiesLeftDiplomatsExpelled() {
        one("Le Canada a imposé mardi de nouvelles sanctions contre le Venezuela.", EventType.SANCTION, "CAN", "VEN");
        one("La Norvège a annoncé lundi son retrait du traité de pêche conclu avec l'Islande.", EventType.SANCTION, "NOR", "ISL");
        one("Le Chili a expulsé jeudi trois diplomates boliviens.", EventType.SANCTION, "CHL", "BOL");
        // A gap counts words: the hyphens of "Etats-Unis" and the dot of "M. X" are not words of it.
        assertTrue(happened("Le président chilien a rencontré lundi le président argentin, pour le premier déplacement "
                + "de M. Boric à l'étranger.", EventType.VISIT).stream().anyMatch(v -> v.countries().equals(List.of("ARG", "CHL"))));
        one("Les tensions se sont accrues depuis le retrait unilatéral en 2019 des Etats-Unis de l'accord de pêche avec le Canada.",
                EventType.SANCTION, "USA", "CAN");
        assertTrue(happened("Le Chili a expulsé jeudi trois diplomates boliviens.", EventType.SANCTION).get(0).key()
                .startsWith(SanctionKinds.DIPLOMATIC));
        assertTrue(happened("Le Canada a imposé mardi de nouvelles sanctions contre le Venezuela.", EventType.SANCTION)
                .get(0).key().startsWith(SanctionKinds.ECONOMIC));
    }

    @Test
    void threatsCallsAndLiftingAreNotSanctions() {
        none("Le Canada menace d'imposer des sanctions contre le Venezuela.", EventType.SANCTION);
        none("Le Pérou a appelé le Canada à imposer des sanctions contre le Venezuela.", EventType.SANCTION);
        none("Imposer des sanctions au Venezuela ?", EventType.SANCTION);
        none("Le Canada a levé mardi les sanctions contre le Venezuela.", EventType.SANCTION);
        none("Une banque canadienne est poursuivie pour violation des sanctions américaines contre le Venezuela.", EventType.SANCTION);
        none("Le Chili refuse de reconnaître l'indépendance de la province.", EventType.SUPPORT);
        none("Le Chili a apporté un soutien financier de deux milliards à la compagnie argentine.", EventType.SUPPORT);
        none("Le ministre péruvien, contacté par téléphone par l'AFP, a démenti toute tension avec le Chili.", EventType.CALL);
    }

    @Test
    void aidSentEmbassiesMovedInvitationsAreCommitments() {
        one("Le Maroc a envoyé mercredi au Liban dix tonnes d'aide médicale.", EventType.COMMIT, "MAR", "LBN");
        one("Le Guatemala a décidé de déménager son ambassade en Israël à Jérusalem.", EventType.COMMIT, "GTM", "ISR");
        none("Selon une responsable de l'ONG \"Manos Chile\", qui accorde une aide médicale aux réfugiés péruviens, "
                + "la situation empire.", EventType.COMMIT);
        one("Le président chilien a invité son homologue argentin à venir à Santiago en mai.", EventType.COMMIT, "CHL", "ARG");
    }

    @Test
    void recognitionAndBackingAreSupport() {
        one("La Suède a reconnu jeudi l'État de Palestine.", EventType.SUPPORT, "SWE", "PSE");
        one("Le Portugal a apporté son plein soutien à la candidature du Brésil.", EventType.SUPPORT, "PRT", "BRA");
    }

    @Test
    void tiesBrokenOrNormalisedAreRelations() {
        one("Le Maroc et Israël ont annoncé jeudi la normalisation de leurs relations.", EventType.RELATION, "MAR", "ISR");
        one("Le Nicaragua a rompu mardi ses relations diplomatiques avec Taïwan.", EventType.RELATION, "NIC", "TWN");
    }

    @Test
    void deniedHypotheticalAndWishedEventsAreNotEvents() {
        none("Le Kremlin a démenti que le président russe ait rencontré le Premier ministre japonais.", EventType.MEET);
        none("Si la rencontre entre le président chilien et le président argentin a lieu, elle se tiendra à Lima.", EventType.MEET);
        none("Le président chilien a évoqué la possibilité d'une rencontre avec le président argentin.", EventType.MEET);
        none("Le Premier ministre grec s'est dit prêt à rencontrer le président turc.", EventType.MEET);
    }

    private static List<Event> undated(String text) {
        Article a = new Article("u", "u", null, null, null, List.of(), text);
        return new Runner(PIPELINE, 1).runArticles(List.of(a)).events();
    }

    private static java.util.Set<String> people(List<Event> events) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        events.forEach(e -> e.participants().forEach(p -> out.add(p.name())));
        return out;
    }

    @Test
    void anUndatedArticleNeverGetsTodaysOfficeHolders() {
        String talks = "Le Premier ministre russe a rencontré le président chinois à Pékin.";
        assertTrue(people(undated("Pékin\n" + talks)).isEmpty(), "no date: titles stay unresolved");
        java.util.Set<String> in2011 = people(undated("Pékin\nEn 2011, le Premier ministre russe a rencontré le président chinois à Pékin."));
        java.util.Set<String> in2025 = people(happened(talks, EventType.MEET));
        assertTrue(!in2011.isEmpty() && !in2025.isEmpty(), in2011 + " / " + in2025);
        assertTrue(java.util.Collections.disjoint(in2011, in2025), "a year in the sentence resolves at that year: " + in2011 + " / " + in2025);
    }

    @Test
    void anUndatedArticlesTitlesAreThoseOfTheLatestDayItStates() {
        List<Event> events = undated("Pékin\nLe Premier ministre russe a rencontré mardi le président chinois à Pékin. "
                + "Les deux pays avaient signé un accord gazier le 21 mai 2014.");
        java.util.Set<String> in2014 = people(events.stream().filter(e -> e.type() == EventType.MEET).toList());
        java.util.Set<String> in2025 = people(happened("Le Premier ministre russe a rencontré mardi le président chinois à Pékin.",
                EventType.MEET));
        assertTrue(!in2014.isEmpty() && !in2014.containsAll(in2025), "2014's prime minister, not today's: " + in2014 + " / " + in2025);
        assertTrue(events.stream().filter(e -> e.type() == EventType.MEET).allMatch(e -> e.date() == null),
                "the latest stated day is a lower bound: 'mardi' is not resolved against it");
    }

    @Test
    void aVisitGoesAbroadToAPlaceTheSentenceNames() {
        none("Le président chilien a visité mardi un hôpital de Valparaiso.", EventType.VISIT);
        none("Le Premier ministre péruvien s'est rendu jeudi à Cuzco, dans le sud du Pérou.", EventType.VISIT);
        one("Le président chilien est arrivé lundi à Lima pour une visite officielle.", EventType.VISIT, "CHL", "PER");
    }

    @Test
    void theTwoMenAreTheStorysTwoParties() {
        one("Le président chilien a été reçu lundi par le président péruvien à Lima. Les deux hommes se sont entretenus "
                + "mardi du commerce.", EventType.MEET, "CHL", "PER");
    }

    @Test
    void placesTakeTheirCommonEnglishName() {
        List<Event> delhi = happened("Le président chilien est arrivé lundi à New Delhi pour une visite officielle.", EventType.VISIT);
        assertEquals(1, delhi.size(), delhi.toString());
        assertEquals("New Delhi", delhi.get(0).place(), "New Delhi is its own city, not an alias of Delhi");
        List<Event> washington = happened("Le président chilien est arrivé lundi à Washington pour une visite officielle.",
                EventType.VISIT);
        assertEquals(1, washington.size(), washington.toString());
        assertEquals("Washington", washington.get(0).place());
    }

    @Test
    void aTriggerWithoutAnOfficialIsNoEvent() {
        none("La chanteuse chilienne a rencontré des fans argentins à Buenos Aires.", EventType.MEET);
        none("Des touristes chinois ont visité le Louvre à Paris.", EventType.VISIT);
        none("Le Croissant-Rouge turc a envoyé des tonnes d'aide au Liban.", EventType.COMMIT);
        one("Le président chilien a rencontré mardi le président argentin à Santiago.", EventType.MEET, "CHL", "ARG");
    }
    @Test
    void aTitleWithoutAStateIsTheStorysLastHolderOfIt() {
        List<Event> calls = happened("Le président chilien Gabriel Boric a reçu mardi des élus. Le chef de l'État a ensuite "
                + "téléphoné au président argentin.", EventType.CALL);
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).countries().containsAll(List.of("CHL", "ARG")), calls.toString());
    }

    @Test
    void aTriggerNounOwnedByTheLastSpeakerIsHis() {
        one("Le président chilien Gabriel Boric a salué les résultats. Il s'agit de son premier déplacement depuis sa "
                + "visite à Lima en février.", EventType.VISIT, "CHL", "PER");
    }

    @Test
    void aMeetingAheadOfTheSentenceIsAPlan() {
        none("Le président chilien a appelé au calme avant le sommet avec le président argentin.", EventType.MEET);
        none("Le président chilien s'est exprimé à la veille de sa rencontre avec le président argentin.", EventType.MEET);
        one("Le président chilien a rencontré le président argentin avant de signer un accord.", EventType.MEET, "CHL", "ARG");
    }

    @Test
    void aMeetingInTheOtherSidesCityIsAlsoAVisitAndAHostNamedOnAVisitAMeeting() {
        one("Le président chilien a rencontré mardi le président argentin à Buenos Aires.", EventType.VISIT, "CHL", "ARG");
        one("Le président chilien est arrivé lundi à Lima, où il a été accueilli par la présidente péruvienne.",
                EventType.MEET, "CHL", "PER");
    }

    @Test
    void callsReunionsAndStaysAbroad() {
        one("Le président chilien a appelé son homologue argentin mardi soir.", EventType.CALL, "CHL", "ARG");
        none("Le président chilien a appelé son homologue argentin à la retenue.", EventType.CALL);
        one("Le président chilien a téléphoné lundi au président argentin. Le Chili et l'Argentine veulent coopérer. "
                + "Les deux chefs d'État se sont retrouvés mardi à Mendoza.", EventType.MEET, "CHL", "ARG");
        one("La ministre chilienne des Affaires étrangères, en Argentine où elle se trouve en visite, a salué l'accord.",
                EventType.VISIT, "CHL", "ARG");
    }
    @Test
    void aSummitNamedByItsForumOrCityIsAMeetingAndTheNextOneAPlan() {
        one("Le président chilien et le président argentin se sont vus au sommet du Mercosur à Asuncion en mai.",
                EventType.MEET, "CHL", "ARG");
        none("Le président chilien a invité le président argentin au prochain sommet du Mercosur.", EventType.MEET);
        none("Le président chilien a critiqué le président argentin au sommet de sa popularité.", EventType.MEET);
        none("Le président chilien a visité La Réunion et Mayotte après le président argentin.", EventType.MEET);
        one("Le président chilien a parlé lors d'une conférence de presse avec le président argentin.", EventType.MEET,
                "CHL", "ARG");
    }

    @Test
    void aStoryDateFromBackgroundDoesNotDateTodaysReports() {
        List<Event> calls = happened("Le Chili et l'Argentine avaient signé un traité de paix en septembre 1984. Le président "
                + "chilien s'est entretenu par téléphone avec le président argentin.", EventType.CALL);
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).date() == null || calls.get(0).date().startsWith("2025"), calls.toString());
    }
    @Test
    void currentStateNamesAndTheSubjectBeyondANameInApposition() {
        one("Le Kosovo et la Serbie ont normalisé jeudi leurs relations.", EventType.RELATION, "XKX", "SRB");
        one("L'émir du Qatar, cheikh Tamim ben Hamad Al-Thani, a fait état de l'envoi de trois hôpitaux de campagne "
                + "au Bélarus.", EventType.COMMIT, "QAT", "BLR");
        one("Le président russe a confirmé un prêt d'un milliard et demi de dollars accordé aux Emirats.", EventType.COMMIT,
                "RUS", "ARE");
    }
    @Test
    void aSeatOfPowerPlacesTheEventInItsCityAndLocalCityNamesGiveWayToEnglish() {
        List<Event> meetings = happened("Le président chilien a reçu mardi à l'Élysée le président argentin.", EventType.MEET);
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("Paris", meetings.get(0).place());
        List<Event> visits = happened("Le président chilien est arrivé lundi à Naples pour une visite officielle.", EventType.VISIT);
        assertEquals(1, visits.size(), visits.toString());
        assertEquals("Naples", visits.get(0).place());
    }
    @Test
    void risksCompaniesAndOrganisationsMakeNoStateEvent() {
        none("Toute entreprise qui commerce avec le Venezuela s'expose à des sanctions du Canada.", EventType.SANCTION);
        none("Le Chili et le Pérou ont signé un accord avec le groupe pharmaceutique Pfizer.", EventType.SIGN);
        none("Au Pérou, où l'OMS a envoyé dix tonnes de vaccins, le Chili s'inquiète.", EventType.COMMIT);
        one("Le Chili et le Pérou ont signé mardi un accord de libre-échange.", EventType.SIGN, "CHL", "PER");
    }
    @Test
    void advocatedViolatedAndOmittedMeasuresAreNotEvents() {
        none("Le ministre chilien a soutenu des sanctions contre le Venezuela, sans les décider.", EventType.SANCTION);
        none("Une société a vendu des pièces au Venezuela en contravention avec les sanctions du Canada.", EventType.SANCTION);
        none("Le conflit a été oublié, sans que des diplomates chiliens se rendent à Lima.", EventType.VISIT);
        none("Le Pérou appelle les Européens à suivre le Canada en imposant des sanctions contre le Venezuela.", EventType.SANCTION);
    }
    @Test
    void ceDernierIsThePersonInOfficeNamedLast() {
        List<Event> meetings = happened("Le président chilien Gabriel Boric a salué le président argentin Javier Milei. "
                + "Ce dernier a critiqué le Chili lors d'une réunion avec son homologue péruvien à Lima.", EventType.MEET);
        assertEquals(1, meetings.size(), meetings.toString());
        assertTrue(meetings.get(0).countries().containsAll(List.of("ARG", "PER")), meetings.toString());
        assertTrue(meetings.get(0).participants().stream().anyMatch(p -> p.name().equals("Javier Milei")), meetings.toString());
    }
    @Test
    void statesTalkedAboutAndHostCitiesAreNoSides() {
        List<Event> calls = happened("Lors d'un entretien téléphonique avec le président chilien, le Premier ministre "
                + "canadien a évoqué les agissements de la Russie en Ukraine.", EventType.CALL);
        assertEquals(1, calls.size(), calls.toString());
        assertEquals(List.of("CAN", "CHL"), calls.get(0).countries());
        List<Event> meetings = happened("Le ministre chilien s'est entretenu lundi à Lima avec son homologue argentin "
                + "de la guerre en Ukraine.", EventType.MEET);
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals(List.of("ARG", "CHL"), meetings.get(0).countries());
        assertEquals("Lima", meetings.get(0).place());
        List<Event> spoken = happened("La situation a été évoquée lors d'un entretien téléphonique entre le président "
                + "chilien et son homologue argentin.", EventType.CALL);
        assertEquals(1, spoken.size(), spoken.toString());
        assertEquals(List.of("ARG", "CHL"), spoken.get(0).countries());
    }
    @Test
    void eachVisitOfASentenceHasItsOwnDestinationAndDate() {
        List<Event> visits = happened("Le président chilien est arrivé jeudi à Londres. Il s'agissait de son premier "
                + "déplacement à l'étranger depuis sa visite à Rome le 27 février pour un sommet italo-chilien.", EventType.VISIT);
        assertTrue(visits.stream().anyMatch(v -> "Rome".equals(v.place()) && "2025-02-27".equals(v.date())), visits.toString());
        assertTrue(visits.stream().anyMatch(v -> "London".equals(v.place()) && v.countries().contains("GBR")), visits.toString());
        List<Event> summits = happened("Le président chilien était à Rome le 27 février pour un sommet italo-chilien.", EventType.MEET);
        assertEquals(1, summits.size(), summits.toString());
        assertEquals(List.of("CHL", "ITA"), summits.get(0).countries());
    }

    @Test
    void aPossessiveBeforeTheSubjectIsTheSubjects() {
        none("Le président chilien a parlé mardi. Lors de sa tournée européenne en février, le président argentin "
                + "avait tendu la main aux alliés des Etats-Unis.", EventType.VISIT);
    }
    @Test
    void exclusionsFromAForumAndTreatiesLeftInBackground() {
        List<Event> g8 = happened("La Russie a été suspendue du G8 en 2014 après l'annexion de la Crimée.", EventType.SANCTION);
        assertEquals(1, g8.size(), g8.toString());
        assertTrue(g8.get(0).countries().containsAll(List.of("RUS", "USA", "JPN")), g8.toString());
        assertEquals("2014", g8.get(0).date());
        one("Les tensions se sont multipliées depuis le retrait unilatéral en 2019 du Japon de l'accord de pêche "
                + "avec la Corée du Sud.", EventType.SANCTION, "JPN", "KOR");
        one("Le Japon fait partie des signataires de l'accord sur le programme nucléaire iranien, dont Washington "
                + "s'est retiré unilatéralement en 2018.", EventType.SANCTION, "USA", "IRN");
        List<Event> named = happened("Le Japon sera présent au prochain sommet du G7, instance dont est exclue la Russie "
                + "depuis 2014.", EventType.SANCTION);
        assertEquals(1, named.size(), named.toString());
    }
    @Test
    void treatiesConcludedInAListEachWithItsYear() {
        List<Event> signed = happened("Le Chili deviendrait ainsi le troisième pays à lier ses ports à l'Argentine, après "
                + "les traités conclus avec le Pérou (1998) et la Bolivie (2004).", EventType.SIGN);
        assertEquals(2, signed.size(), signed.toString());
        assertTrue(signed.stream().anyMatch(e -> "1998".equals(e.date()) && e.countries().contains("PER")
                && !e.countries().contains("BOL")), signed.toString());
        assertTrue(signed.stream().anyMatch(e -> "2004".equals(e.date()) && e.countries().contains("BOL")
                && !e.countries().contains("PER")), signed.toString());
        one("Le Chili ne veut pas renouveler le traité de paix avec le Pérou conclu en 2010.", EventType.SIGN, "CHL", "PER");
        none("Le ministre chilien a défendu l'accord conclu avec le Pérou, le seul possible.", EventType.SIGN);
    }

    @Test
    void measuresOfTwoKindsInOneSentenceAreTwo() {
        List<Event> measures = happened("Les tensions ont grandi depuis le retrait en 2019 du Canada de l'accord de pêche "
                + "avec le Venezuela et le rétablissement de dures sanctions canadiennes contre Caracas.", EventType.SANCTION);
        assertEquals(2, measures.size(), measures.toString());
    }
    @Test
    void meetingPrivatePeopleAndMeasuresAtHomeAreNoEvents() {
        none("Le président chilien, en visite au Pérou lundi, avait rencontré en janvier des militants de Valparaiso.",
                EventType.MEET);
        none("Le président chilien a annoncé l'envoi d'une aide humanitaire à Valparaiso.", EventType.COMMIT);
        one("Le président chilien a annoncé l'envoi d'une aide humanitaire au Pérou.", EventType.COMMIT, "CHL", "PER");
    }
    @Test
    void anOrganisationsHeadIsASideAndSmallerFrenchTownsArePlaces() {
        List<Event> meetings = happened("Le président chilien a déclaré à la presse, après avoir reçu le secrétaire général "
                + "de l'Otan, Mark Rutte, que la coopération se poursuivrait.", EventType.MEET);
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals(List.of("CHL"), meetings.get(0).countries());
        List<Event> summits = happened("Les présidents chilien et argentin se sont rencontrés lundi à Biarritz.", EventType.MEET);
        assertEquals(1, summits.size(), summits.toString());
        assertEquals("Biarritz", summits.get(0).place());
    }
    @Test
    void otherStatesInGeneralAnyAgreementAndWhoReportsAreNoParties() {
        none("Au fur et à mesure que d'autres pays normalisent leurs relations avec le Chili, la région sera plus stable.",
                EventType.RELATION);
        none("Tout accord signé par le Chili serait juridiquement nul.", EventType.SIGN);
        List<Event> reported = happened("Le président argentin annonce que le Chili va ouvrir une ambassade à Lima.",
                EventType.COMMIT);
        assertTrue(reported.stream().allMatch(e -> !e.countries().contains("ARG")), reported.toString());
        none("\"Le Pérou normalise ses liens avec un pays voisin\", a relevé le ministre chilien.", EventType.RELATION);
    }

    @Test
    void aPronounInASubordinateClauseIsTheOfficialNamedBefore() {
        one("Le ministre chilien a fait savoir qu'il avait offert son aide lors d'un entretien téléphonique mercredi "
                + "avec le président péruvien.", EventType.CALL, "CHL", "PER");
    }

    @Test
    void relationsBrokenSinceSomeYearsDateFromTheirStart() {
        List<Event> broken = happened("Le Chili et le Pérou, qui ont rompu leurs relations diplomatiques depuis 40 ans, "
                + "ont échangé des prisonniers.", EventType.RELATION);
        assertEquals(1, broken.size(), broken.toString());
        assertEquals("1985", broken.get(0).date());
    }
    @Test
    void twoTripsInOneSentenceStayTwo() {
        List<Event> visits = happened("Avant de se rendre à Rome vendredi pour assister au sommet, le président chilien "
                + "avait débuté son périple en Espagne où il s'est entretenu avec le roi.", EventType.VISIT);
        assertEquals(2, visits.size(), visits.toString());
        assertTrue(visits.stream().anyMatch(v -> v.countries().equals(List.of("CHL", "ITA"))), visits.toString());
        assertTrue(visits.stream().anyMatch(v -> v.countries().equals(List.of("CHL", "ESP"))), visits.toString());
    }
    @Test
    void aidToldByItsMeansItsArrivalOrItsRescuers() {
        one("Le Chili a fait état mercredi de l'arrivée au Pérou d'un avion contenant de l'aide médicale.", EventType.COMMIT,
                "CHL", "PER");
        one("Le Chili a annoncé que 60 secouristes partiraient pour Lima mercredi soir.", EventType.COMMIT, "CHL", "PER");
        one("Le président chilien avait dit la veille que plusieurs tonnes de matériel sanitaire seraient envoyées au Pérou.",
                EventType.COMMIT, "CHL", "PER");
        one("Le président chilien a assuré au président péruvien que le Chili allait apporter son soutien militaire à Lima.",
                EventType.COMMIT, "CHL", "PER");
        none("Le président chilien a assuré au président péruvien que le Chili allait apporter son soutien militaire à Lima.",
                EventType.SUPPORT);
        one("Le président chilien a invité le président péruvien dans les prochaines semaines.", EventType.COMMIT, "CHL", "PER");
    }

    @Test
    void arrivingAtAMeetingIsTakingPartAndALaterParticiplesDateIsItsOwn() {
        List<Event> meetings = happened("En arrivant jeudi à une réunion des ministres de l'Union européenne à Bruxelles, "
                + "le ministre chilien a affirmé soutenir le projet, présenté le 6 mars dernier.", EventType.MEET);
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("2025-03-13", meetings.get(0).date());
    }
    @Test
    void aVisitGoesWhereItsLocativeSaysNotToACityNamedAfterIt() {
        List<Event> visits = happened("Au Pérou, le ministre chilien est arrivé à bord du premier vol direct Santiago-Lima.",
                EventType.VISIT);
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(List.of("CHL", "PER"), visits.get(0).countries());
        List<Event> airport = happened("Le président chilien a été accueilli à l'aéroport de Lima par le président péruvien.",
                EventType.VISIT);
        assertEquals(1, airport.size(), airport.toString());
        assertEquals("Lima", airport.get(0).place());
        none("Le Pérou, qui entretient des contacts avec le Chili depuis 1990, a salué l'accord.", EventType.MEET);
    }
    @Test
    void aStatesDeclaredReadinessToHelpIsSupport() {
        one("Le président chilien s'est dit prêt jeudi à intervenir chez son voisin péruvien si la crise dégénérait.",
                EventType.SUPPORT, "CHL", "PER");
        none("Nous avons des équipes médicales chiliennes prêtes à se déployer au Pérou.", EventType.SUPPORT);
    }
    @Test
    void aVisitIsBetweenTheVisitorsStateAndTheHostsNotThePreviousStop() {
        List<Event> visits = happened("Après Lima, le ministre chilien s'est rendu jeudi à Quito où il a rencontré son "
                + "homologue équatorien.", EventType.VISIT);
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(List.of("CHL", "ECU"), visits.get(0).countries());
    }
    @Test
    void aMeetingNounReachesItsAvecPastTheVisitorsName() {
        one("La situation a été au menu de la rencontre de Mme Antonia Urrejola avec le ministre péruvien des Affaires étrangères.",
                EventType.MEET, "PER", "CHL");
    }
    @Test
    void purposesIdeasMechanismsAndManySummitsAreNoEvents() {
        none("Le président chilien est attendu au Pérou dans un mois pour participer au sommet de l'APEC à Lima.",
                EventType.MEET);
        none("Le président chilien a chaleureusement accueilli l'idée de voir le président péruvien nommé à la tête de l'OEA.",
                EventType.MEET);
        none("Le ministre chilien critique son homologue péruvien pour son attitude lors des multiples sommets avec "
                + "le président argentin.", EventType.MEET);
        none("Le traité entre le Chili et le Pérou prévoit un mécanisme de réimposition de sanctions contre la Bolivie "
                + "en cas de violation.", EventType.SANCTION);
    }

    @Test
    void theSignatoriesOfATreatySignedIt() {
        one("Santiago fait partie des signataires, avec Lima et Quito, de l'accord sur la pêche.",
                EventType.SIGN, "CHL", "PER", "ECU");
    }
    @Test
    void aDemonymQualifyingAMeasureImposedIsItsAgent() {
        one("Les arrestations se sont multipliées depuis le rétablissement de dures sanctions chiliennes contre Lima.",
                EventType.SANCTION, "CHL", "PER");
        none("Les exportations ont chuté malgré les sanctions chiliennes contre le Pérou.", EventType.SANCTION);
    }
    @Test
    void aForumsSummitHeldOrItsMinistersGatheredAreAMeetingOfItsMembers() {
        List<Event> held = happened("C'est là qu'avait eu lieu le dernier G7 organisé au Canada, en 2018.", EventType.MEET);
        assertEquals(1, held.size(), held.toString());
        assertTrue(held.get(0).countries().containsAll(List.of("CAN", "FRA", "JPN")), held.toString());
        List<Event> gathered = happened("Les ministres des Affaires étrangères de l'Union européenne réunis à Lisbonne ont "
                + "approuvé jeudi la liste.", EventType.MEET);
        assertEquals(1, gathered.size(), gathered.toString());
        assertTrue(gathered.get(0).countries().containsAll(List.of("PRT", "FRA", "DEU")), gathered.toString());
        none("Le Chili a refusé vendredi l'invitation lancée par le Pérou d'assister à une réunion de l'OEA.", EventType.MEET);
    }

    @Test
    void aBareSummitNamesItsCityPastAQuotedAdjective() {
        one("Le président chilien et son homologue péruvien se sont affichés au sommet régional \"historique\" de Quito.",
                EventType.MEET, "CHL", "PER");
    }

    @Test
    void eachStopOfAListedTourIsAVisit() {
        List<Event> visits = happened("Le ministre chilien des Affaires étrangères a achevé mardi une tournée au Pérou, "
                + "en Equateur puis en Colombie.", EventType.VISIT);
        assertEquals(List.of(List.of("CHL", "PER"), List.of("CHL", "ECU"), List.of("CHL", "COL")),
                visits.stream().map(e -> e.countries().stream().sorted((a, b) -> a.equals("CHL") ? -1 : b.equals("CHL") ? 1 : 0).toList()).toList(),
                visits.toString());
        one("Le président chilien s'est rendu au Pérou pour parler de la Bolivie et de l'Equateur.", EventType.VISIT,
                "CHL", "PER");
    }

    @Test
    void anUnnamedOfficialOfAStateActsForIt() {
        one("Quito est la deuxième étape d'une tournée en Amérique du Sud du responsable chilien, entamée au Pérou.",
                EventType.VISIT, "CHL", "PER");
    }

    @Test
    void whoSaysThatAidWillBeSentSendsIt() {
        one("Le président chilien Gabriel Boric avait dit la veille sur son compte qu'une équipe de secouristes "
                + "et \"plusieurs tonnes de vivres\" seraient envoyées en Equateur.", EventType.COMMIT, "CHL", "ECU");
        List<Event> sent = happened("Le président chilien a dit la veille que le Pérou enverrait plusieurs tonnes de "
                + "vivres en Equateur.", EventType.COMMIT);
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(List.of("ECU", "PER"), sent.get(0).countries(), sent.toString());
    }

    @Test
    void anAdjunctOfTheMainClauseHasItsSubject() {
        List<Event> backed = happened("Vendredi, Santiago a annoncé l'envoi de deux frégates et de trois avions de "
                + "patrouille dans le Pacifique sud en signe de soutien au Pérou.", EventType.SUPPORT);
        assertEquals(1, backed.size(), backed.toString());
        assertTrue(backed.get(0).countries().containsAll(List.of("CHL", "PER")), backed.toString());
    }

    @Test
    void backingForPeopleAndSignatoriesToldOfAreNoEvents() {
        none("Le ministre chilien a été limogé après avoir apporté son soutien à l'opposition péruvienne.", EventType.SUPPORT);
        none("Santiago informera les signataires du traité de pêche, dont Lima, de sa décision.", EventType.SIGN);
    }

    @Test
    void anEditionIsOfTheForumNamedBeforeItAndASummitKeepsItsOwnDateAndPlace() {
        List<Event> edition = happened("Le G20 est un rendez-vous essentiel, a rappelé la présidence argentine qui a "
                + "organisé la précédente édition, à Buenos Aires en décembre 2018.", EventType.MEET);
        assertEquals(1, edition.size(), edition.toString());
        assertEquals("2018-12", edition.get(0).date());
        assertTrue(edition.get(0).countries().containsAll(List.of("ARG", "BRA", "ZAF")), edition.toString());
        List<Event> summit = happened("Le ministre argentin des Affaires étrangères s'est rendu mardi à Santiago. Ces "
                + "derniers jours, les pressions exercées par l'Argentine, qui recevait un sommet du G20, sur le président "
                + "chilien ont irrité Santiago.", EventType.MEET);
        assertEquals(1, summit.size(), summit.toString());
        assertEquals("2025-03-14", summit.get(0).date(), "a summit is not dated by the story's other happenings");
        assertEquals(null, summit.get(0).place(), "nor placed where they happened");
    }

    @Test
    void aDatedSentenceDoesNotMakeAFutureRelationPastButAnAnnouncedOneIsDone() {
        none("Après un entretien en février à Lima, le Premier ministre chilien avait évoqué \"une coopération qui "
                + "normalisera les relations\" avec la Bolivie.", EventType.RELATION);
        one("Le Pérou a été le premier pays à saluer l'accord de normalisation annoncé le 3 mars entre le Chili et la "
                + "Bolivie.", EventType.RELATION, "CHL", "BOL");
    }

    @Test
    void aidSentAbroadAndMeetingsOfUnknownPeopleAreNoEvents() {
        none("Le Chili et le Pérou se disputent l'eau du fleuve. Pour soigner son image, Santiago n'a pas hésité à "
                + "acheminer des tonnes de matériel médical à l'international.", EventType.COMMIT);
        none("Le Chili et le Pérou se disputent l'eau du fleuve. Deux mois plus tôt, Pablo et Diego Ramírez étaient "
                + "arrêtés, moins d'un an après leur rencontre avec un homme d'affaires.", EventType.MEET);
    }

    @Test
    void aMeetingHeldByVideoIsNoMeetingInPerson() {
        none("La réunion avec les présidents péruvien et bolivien a été élargie aux chefs de gouvernement chilien et "
                + "argentin, par visioconférence pour la plupart.", EventType.MEET);
    }

    @Test
    void troopsGoToAStateTheSentenceNames() {
        none("Le Pérou conteste la frontière avec le Chili. Lima a indiqué jeudi avoir renforcé le déploiement de "
                + "troupes dans cette zone disputée.", EventType.COMMIT);
        one("Le Pérou conteste la frontière avec le Chili. Santiago a décidé le déploiement de 300 soldats en Bolivie.",
                EventType.COMMIT, "CHL", "BOL");
    }

    @Test
    void anAnniversaryOfTiesBetweenTwoStatesIsTheirRelationOnly() {
        List<Event> ties = happened("A Lima, où il se trouvait pour le 50e anniversaire de l'établissement des relations "
                + "bilatérales entre le Chili et le Pérou, le ministre chilien a critiqué la position argentine.",
                EventType.RELATION);
        assertEquals(1, ties.size(), ties.toString());
        assertEquals("1975", ties.get(0).date());
        assertEquals(List.of("CHL", "PER"), ties.get(0).countries(), "the state named outside the pair is no side");
    }

    @Test
    void aDateRightAfterAQuotationCompletesTheQuotation() {
        List<Event> talks = happened("\"Le Chili n'a pas tenu ses engagements pris lors du sommet de Lima\" en janvier, "
                + "a lancé le président péruvien à l'issue d'un entretien avec son homologue bolivien.", EventType.MEET);
        assertTrue(talks.stream().anyMatch(e -> e.countries().containsAll(List.of("PER", "BOL"))
                && "2025-03-14".equals(e.date())), talks.toString());
    }

    @Test
    void aMeetingOfTheEuroAreaIsOfItsMembersAndSupportIsNotForTheCityItHappensIn() {
        one("En arrivant à une réunion des ministres des Finances de la zone euro à Lisbonne, "
                + "le ministre belge des Finances a défendu son budget.", EventType.MEET, "BEL", "DEU", "PRT", "ESP");
        List<Event> backed = happened("Le président chilien a apporté son soutien au Pérou lors d'une réunion dans la "
                + "capitale argentine.", EventType.SUPPORT);
        assertEquals(1, backed.size(), backed.toString());
        assertEquals(List.of("CHL", "PER"), backed.get(0).countries(), backed.toString());
    }

    @Test
    void aSecondInfinitiveHasTheFirstOnesSubject() {
        List<Event> promised = happened("Le Chili s'est engagé à ouvrir un consulat à Cochabamba dès ce mois-ci avec tout "
                + "son personnel, et à transférer son ambassade à La Paz d'ici juin.", EventType.COMMIT);
        assertEquals(2, promised.size(), promised.toString());
        assertTrue(promised.stream().allMatch(e -> e.countries().containsAll(List.of("CHL", "BOL"))), promised.toString());
    }

    @Test
    void aBareTitleIsTheStorysOwnHolderNotTheCounterpartIntroducedToHim() {
        one("Le président chilien Gabriel Boric a reçu son homologue péruvien José Jerí. "
                + "Le chef de l'État a ensuite téléphoné au président argentin.", EventType.CALL, "CHL", "ARG");
    }

    @Test
    void backingNeedsItsGiver() {
        none("Le commissaire européen Jean Dupont a apporté son soutien au ministre chilien dans son différend avec le Pérou.",
                EventType.SUPPORT);
        one("Le Pérou a apporté son soutien au ministre chilien dans son différend avec la Bolivie.", EventType.SUPPORT,
                "PER", "CHL");
    }

    @Test
    void talksToldByTheirTopicAreAMeeting() {
        one("Le ministre chilien a dit avoir évoqué avec le président argentin la coopération régionale.", EventType.MEET,
                "CHL", "ARG");
        none("Le ministre chilien a dit avoir évoqué avec des étudiants argentins la coopération régionale.", EventType.MEET);
    }

    @Test
    void aVideoMeetingOfACouncilIsNoCall() {
        none("Le ministre chilien a mis en garde le Pérou lors d'une visioconférence du Conseil de sécurité.", EventType.CALL);
    }
    @Test
    void anUndatedReportHappenedOnTheDayTheStoryJustToldOfItsActor() {
        List<Event> received = happened("Le président chilien Gabriel Boric a critiqué lundi le gouvernement péruvien. "
                + "\"Ce n'est pas acceptable\", a-t-il déclaré après avoir reçu à Santiago le ministre argentin des "
                + "Affaires étrangères.", EventType.MEET);
        assertEquals(1, received.size(), received.toString());
        assertEquals("2025-03-10", received.get(0).date());
        List<Event> eve = happened("Le ministre chilien s'est exprimé ce vendredi devant la presse. Il a réagi aux propos "
                + "tenus la veille par le président argentin Javier Milei. Ce dernier a critiqué le Chili lors d'une rencontre avec son homologue uruguayen "
                + "à Montevideo.", EventType.MEET);
        assertEquals(1, eve.size(), eve.toString());
        assertEquals("2025-03-13", eve.get(0).date());
        // A day long before publication is the story's background, not the time of what follows.
        List<Event> old = happened("Le président chilien Gabriel Boric avait critiqué le 2 février le gouvernement péruvien. "
                + "Il a déclaré après avoir reçu à Santiago le ministre argentin des Affaires étrangères qu'il restait "
                + "ferme.", EventType.MEET);
        assertEquals(1, old.size(), old.toString());
        assertTrue(!"2025-02-02".equals(old.get(0).date()), old.toString());
    }
    @Test
    void aTripAbroadGoesToTheCounterpartsStateAndTheOneAfterApresCameBefore() {
        List<Event> visits = happened("Le président chilien Gabriel Boric a rencontré lundi son homologue argentin Javier "
                + "Milei. M. Boric, dont c'était le deuxième voyage à l'étranger, après le Pérou, a plaidé pour une "
                + "coopération régionale.", EventType.VISIT);
        assertTrue(visits.stream().anyMatch(v -> v.countries().equals(List.of("ARG", "CHL"))
                && "2025-03-10".equals(v.date())), visits.toString());
        assertTrue(visits.stream().anyMatch(v -> v.countries().equals(List.of("CHL", "PER")) && v.date() == null),
                "the trip before this one, undated: " + visits);
        // A named destination after "à l'étranger" is its own trip, with its own date and place.
        List<Event> naples = happened("Le ministre chilien a rencontré lundi le ministre argentin. C'était le premier "
                + "déplacement à l'étranger du ministre chilien depuis sa visite à Lima le 27 février.", EventType.VISIT);
        assertTrue(naples.stream().anyMatch(v -> v.countries().contains("PER") && "2025-02-27".equals(v.date())
                && "Lima".equals(v.place())), naples.toString());
        assertTrue(naples.stream().noneMatch(v -> v.countries().contains("ARG") && "Lima".equals(v.place())), naples.toString());
    }
    @Test
    void aReportThatPointsBackTakesTheDateOfTheHappeningItPointsAt() {
        List<Event> talks = happened("Le président chilien s'est rendu en janvier en Argentine. Lors de cette discussion "
                + "avec le président argentin, il aurait promis un accord commercial.", EventType.MEET);
        assertEquals(1, talks.size(), talks.toString());
        assertEquals("2025-01", talks.get(0).date(), "cette discussion is the January visit's, not today's");
    }
    @Test
    void lUnionAfterTheEuropeanUnionIsThatUnion() {
        one("L'UE prépare une liste de sanctions contre le Chili. Les ministres des Affaires étrangères de l'Union "
                + "réunis jeudi à Bruxelles ont approuvé la liste.", EventType.MEET, "FRA", "DEU", "BEL");
        none("Les ministres des Affaires étrangères de l'Union réunis jeudi à Bruxelles ont approuvé la liste.",
                EventType.MEET);
    }
    @Test
    void aCallBetweenTwoOfficialsIsACallEvenWithTheAgencysBracketsInTheirNames() {
        one("\"Lors d'un appel entre le président (chilien Gabriel) Boric et le président (argentin Javier) Milei, un accord "
                + "a été trouvé\", a affirmé mardi le ministre péruvien.", EventType.CALL, "CHL", "ARG");
        none("Le ministre chilien a lancé lors de sa visite un appel à la retenue.", EventType.CALL);
    }
    @Test
    void aTreatySignedYearsEarlierIsDatedFromTheSentencesYear() {
        List<Event> signed = happened("Le Chili a quitté en 2019 le traité de pêche signé cinq ans auparavant avec le Pérou.",
                EventType.SIGN);
        assertEquals(1, signed.size(), signed.toString());
        assertEquals("2014", signed.get(0).date());
        assertEquals("2019", happened("Le Chili a quitté en 2019 le traité de pêche signé cinq ans auparavant avec le Pérou.",
                EventType.SANCTION).get(0).date());
    }
    @Test
    void aDatedListAfterALaterTreatyIsTheSubjectsPastTreaties() {
        List<Event> signed = happened("Depuis 1990, le Chili a eu des relations difficiles avec ses voisins, et la signature de "
                + "cet accord ferait de l'Uruguay le troisième pays à coopérer avec lui, après les traités conclus avec le "
                + "Pérou (1998) et la Bolivie (2004).", EventType.SIGN);
        assertTrue(signed.stream().anyMatch(e -> e.countries().equals(List.of("CHL", "PER")) && "1998".equals(e.date())),
                signed.toString());
        assertTrue(signed.stream().anyMatch(e -> e.countries().equals(List.of("BOL", "CHL")) && "2004".equals(e.date())),
                signed.toString());
        assertTrue(signed.stream().filter(e -> e.date() != null && e.date().length() == 4)
                .noneMatch(e -> e.countries().contains("URY")), "the planned agreement's state is no party of the past "
                + "treaties: " + signed);
    }
    @Test
    void aStateFollowingTheFirstDidTheActInItsOwnYear() {
        List<Event> signed = happened("Le Pérou a été le premier pays à conclure un traité de pêche avec le Chili, en 1998, "
                + "suivi par la Bolivie en 2004.", EventType.SIGN);
        assertTrue(signed.stream().anyMatch(e -> e.countries().equals(List.of("CHL", "PER")) && "1998".equals(e.date())),
                signed.toString());
        assertTrue(signed.stream().anyMatch(e -> e.countries().equals(List.of("BOL", "CHL")) && "2004".equals(e.date())),
                signed.toString());
        assertEquals(2, signed.size(), signed.toString());
    }
    @Test
    void undatedReportsTakeTheirOwnTypesDayAndTheirSentencesOtherReportsDay() {
        List<Event> signed = happened("Le président chilien a été reçu jeudi par son homologue argentin à Buenos Aires. "
                + "Arrivé mardi soir à Mendoza, le président chilien s'était rendu mercredi à Cordoba. A l'issue de leur "
                + "rencontre, le Chili et l'Argentine ont signé une série d'accords de coopération.", EventType.SIGN);
        assertEquals(1, signed.size(), signed.toString());
        assertEquals("2025-03-13", signed.get(0).date(), "signed at the meeting, not on the day of the trip told since");
    }
    @Test
    void theIslamicRepublicIsIran() {
        one("La République islamique a expulsé jeudi trois diplomates chiliens.", EventType.SANCTION, "IRN", "CHL");
    }
    @Test
    void talksToldAsAMomentAreNoTradeSuspended() {
        none("Le Chili l'avait suspendue après des échanges entre le président chilien et le ministre péruvien.",
                EventType.SANCTION);
        one("Le Chili a suspendu mardi ses échanges commerciaux avec le Pérou.", EventType.SANCTION, "CHL", "PER");
    }

    @Test
    void aMeasureIsAgainstAStateNotAgainstAMatter() {
        List<Event> measures = happened("Le parti critique les sanctions imposées à Lima par le Chili à cause de la crise "
                + "bolivienne.", EventType.SANCTION);
        assertTrue(measures.stream().noneMatch(e -> e.countries().contains("BOL")), measures.toString());
    }
}
