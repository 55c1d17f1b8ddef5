package org.entente.pipeline;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where ../shared is, for the tests that measure against the development set; they skip without it. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /**
     * ../shared, or a failed assumption that skips the calling test. Call it from a test or a
     * {@code @BeforeEach}: from {@code @BeforeAll} it hides the class's tests instead ("Tests run: 0").
     */
    public static Path root() {
        Assumptions.assumeTrue(present(), "../shared/corpus is absent: skipping the development-set measurement");
        return path();
    }

    /** Whether ../shared is there, for a {@code @BeforeAll} that prepares what its tests measure. */
    public static boolean present() {
        return Files.isDirectory(path().resolve("corpus/seeds/articles"));
    }

    private static Path path() {
        return Path.of(System.getProperty("entente.shared", "../shared"));
    }

    /** The articles shipped in examples/ (written by the team), which every build has. */
    public static Path examples() {
        return Path.of(System.getProperty("entente.examples", "../examples"));
    }

    public static boolean hasPython() {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
