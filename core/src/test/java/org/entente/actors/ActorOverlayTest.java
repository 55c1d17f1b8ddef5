package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.text.SentenceSplitter;
import org.entente.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorOverlayTest {
    private static final LocalDate IN_2031 = LocalDate.of(2031, 6, 10);
    private static final String PHRASE = "Le ministre français des Affaires étrangères est arrivé à Rome.";

    @TempDir
    static Path dir;
    static ActorBase csvBase;

    @BeforeAll
    static void loadOverlay() throws IOException {
        Path csv = dir.resolve("overlay.csv");
        Files.writeString(csv, """
                # A fictional foreign minister appointed in 2031
                role,iso3,name_en,wikidata,start,end,source,aliases
                FOREIGN_MINISTER,FRA,Aurélien Vasseur-Tardieu,,2031-02-01,,"test overlay, fictional",Aurélien Vasseur
                """);
        csvBase = ActorBase.load(csv);
    }

    private static ActorMention role(ActorBase base, LocalDate date) {
        var sentences = new SentenceSplitter(new Tokenizer()).split(PHRASE);
        return new ActorLinker(base).link(sentences, date).stream()
                .filter(m -> m.kind() == MentionKind.ROLE).findFirst().orElseThrow();
    }

    @Test
    void csvTenureResolvesTheRoleAtALaterDate() {
        ActorMention m = role(csvBase, IN_2031);
        assertNotNull(m.actor(), "role resolved to a person");
        assertEquals("Aurélien Vasseur-Tardieu", m.actor().name());
        assertEquals(Role.FOREIGN_MINISTER, m.role());
        assertEquals("FRA", m.country());
    }

    @Test
    void bundledHolderKeepsEarlierDates() {
        ActorMention before = role(csvBase, LocalDate.of(2025, 3, 1));
        assertNotNull(before.actor());
        assertTrue(!before.actor().name().contains("Vasseur"), before.actor().name());
        assertEquals(before.actor(), role(ActorBase.load(), LocalDate.of(2025, 3, 1)).actor());
    }

    @Test
    void aliasFromOverlayIsMatchedInText() {
        var sentences = new SentenceSplitter(new Tokenizer()).split("Aurélien Vasseur a parlé hier.");
        List<ActorMention> ms = new ActorLinker(csvBase).link(sentences, IN_2031);
        assertTrue(ms.stream().anyMatch(m -> m.actor() != null && m.actor().name().equals("Aurélien Vasseur-Tardieu")), ms.toString());
    }

    @Test
    void yamlOverlayWorksLikeCsv() throws IOException {
        Path yaml = dir.resolve("overlay.yaml");
        Files.writeString(yaml, """
                # same fictional minister, YAML form
                - role: FOREIGN_MINISTER
                  iso3: FRA
                  name_en: Aurélien Vasseur-Tardieu
                  start: 2031-02-01
                  aliases: [Aurélien Vasseur]
                """);
        ActorMention m = role(ActorBase.load(yaml), IN_2031);
        assertNotNull(m.actor());
        assertEquals("Aurélien Vasseur-Tardieu", m.actor().name());
    }

    @Test
    void badCsvRowNamesFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                role,iso3,name_en,wikidata,start,end,source
                FOREIGN_MINISTER,FRA,Someone Fictional,,2031-02-01,,ok
                FOREIGN_MINSTER,FRA,Another Fictional,,2031-03-01,,typo in role
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> ActorBase.load(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3: unknown role 'FOREIGN_MINSTER'"), e.getMessage());
    }

    @Test
    void badYamlDateNamesFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, """
                - role: HEAD_OF_STATE
                  iso3: FRA
                  name_en: Someone Fictional
                  start: 2031-02-01
                - role: HEAD_OF_STATE
                  iso3: FRA
                  name_en: Another Fictional
                  start: 1er mars 2032
                """);
        var e = assertThrows(IllegalArgumentException.class, () -> ActorBase.load(bad));
        assertTrue(e.getMessage().startsWith(bad + ":5: start '1er mars 2032'"), e.getMessage());
    }
}
