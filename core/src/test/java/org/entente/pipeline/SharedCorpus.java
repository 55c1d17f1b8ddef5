package org.entente.pipeline;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where ../shared is, for the tests that measure against the development set; they skip without it. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("entente.shared", "../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("corpus/seeds/articles")),
                "../shared/corpus is absent: skipping the development-set measurement");
        return p;
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
