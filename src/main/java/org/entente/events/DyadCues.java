package org.entente.events;

import org.entente.text.LemmatizedSentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The cues of {@code dyad-cues.tsv}: words that refer to the story's two states without naming them. */
public final class DyadCues {
    private final List<Pattern> patterns;

    private DyadCues(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static DyadCues load() {
        List<Pattern> out = new ArrayList<>();
        try (InputStream in = DyadCues.class.getResourceAsStream("dyad-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dyad-cues.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(Pattern.compile(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DyadCues(out);
    }

    public boolean refersToTheParties(LemmatizedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            for (Pattern p : patterns) {
                if (p.matchAt(s, i) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
