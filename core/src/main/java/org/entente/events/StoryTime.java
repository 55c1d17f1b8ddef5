package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Normalizer;
import org.entente.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The words of {@code story-time.tsv}: days counted from the story's previous happening. */
final class StoryTime {
    private final Map<String, Integer> offsets;

    private StoryTime(Map<String, Integer> offsets) {
        this.offsets = Map.copyOf(offsets);
    }

    static StoryTime load() {
        Map<String, Integer> m = new HashMap<>();
        for (RuleFile.Line line : RuleFile.read("story-time.tsv")) {
            m.put(Normalizer.fold(line.columns()[0].strip()), Integer.parseInt(line.columns()[1].strip()));
        }
        return new StoryTime(m);
    }

    /** The offset in days the sentence states ("le lendemain" → 1), or null. */
    Integer offset(LemmatizedSentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Integer o = offsets.get(tokens.get(i).norm());
            if (o == null && i + 2 < tokens.size() && tokens.get(i + 1).norm().equals("-")) {
                o = offsets.get(tokens.get(i).norm() + "-" + tokens.get(i + 2).norm());
            }
            if (o != null) {
                return o;
            }
        }
        return null;
    }
}
