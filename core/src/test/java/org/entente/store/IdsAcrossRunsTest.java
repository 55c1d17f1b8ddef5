package org.entente.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Ids are paths relative to the argument now; a store that knew a file by its bare name gets nothing twice. */
class IdsAcrossRunsTest {
    @Test
    void aFileStoredUnderItsBareNameIsNotAddedAgainUnderItsRelativePath(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("2024"));
        Files.writeString(corpus.resolve("2024/visite.txt"), "Visite\nEmmanuel Macron a rencontré Xi Jinping à Pékin le 6 avril 2023.\n");
        Files.writeString(corpus.resolve("autre.txt"), "Visite\nNarendra Modi a rencontré Xi Jinping à Kazan le 23 octobre 2024.\n");
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            // Named as an argument, the nested file gets its bare name "visite", as every nested
            // file did before: the store of an older version.
            assertArrayEquals(new long[] {0, 1, 0}, into(store, corpus.resolve("2024/visite.txt")));
            // Through the folder it is "2024/visite", the same article: already stored.
            assertArrayEquals(new long[] {1, 1, 0}, into(store, corpus));
            assertArrayEquals(new long[] {2, 0, 0}, into(store, corpus));
        }
    }

    private static long[] into(Store store, Path input) {
        return TestIngest.into(store, TestIngest.pipeline(), TestIngest.actors(), input);
    }
}
