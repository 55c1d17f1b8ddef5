package org.entente.events;

import org.entente.text.LemmatizedSentence;

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
        for (RuleFile.Line line : RuleFile.read("dyad-cues.tsv")) {
            out.add(Pattern.compile(line.columns()[0]));
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
