package org.entente.events;

import org.entente.text.LemmatizedSentence;
import org.entente.text.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trigger, object and blocking rules of {@code rules.tsv}, indexed by the lemmas of their first
 * element so that matching a sentence looks only at rules that can start at each word.
 */
public final class RuleBook {
    private final Map<String, List<Rule>> byFirstLemma = new HashMap<>();
    private final List<Rule> byPrefix = new ArrayList<>();
    private final Words words = Words.load();
    private final Map<String, String> keyTerms = loadKeyTerms();

    private static Map<String, String> loadKeyTerms() {
        Map<String, String> terms = new HashMap<>();
        for (RuleFile.Line line : RuleFile.read("key-terms.tsv")) {
            terms.put(org.entente.text.Normalizer.fold(line.columns()[0].trim()), line.columns()[1].trim());
        }
        return Map.copyOf(terms);
    }

    private String term(String lemma) {
        return keyTerms.getOrDefault(org.entente.text.Normalizer.fold(lemma), lemma);
    }

    public RuleBook(List<Rule> rules) {
        for (Rule r : rules) {
            Pattern.Element first = r.pattern().first();
            for (String l : first.lemmas()) {
                byFirstLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(r);
            }
            if (!first.prefixes().isEmpty()) {
                byPrefix.add(r);
            }
        }
    }

    public static RuleBook load() {
        try (InputStream in = RuleBook.class.getResourceAsStream("rules.tsv")) {
            if (in == null) {
                throw new IllegalStateException("rules.tsv missing from the classpath");
            }
            return new RuleBook(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Rule> parse(BufferedReader reader) throws IOException {
        List<Rule> rules = new ArrayList<>();
        int n = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException("rules.tsv line " + n + ": expected KIND TYPE PATTERN");
            }
            rules.add(new Rule(Rule.Kind.valueOf(cols[0].trim()), EventType.valueOf(cols[1].trim()),
                    Pattern.compile(cols[2]), n));
        }
        return rules;
    }

    /** Every rule hit in the sentence; overlapping triggers of different types keep the first-listed. */
    public List<RuleHit> match(LemmatizedSentence s) {
        List<RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            // Only the rules whose first word can be this token are tried: most tokens try none.
            for (Rule r : byPrefix) {
                tryRule(r, s, i, hits);
            }
            for (String l : s.forms().get(i).lemmas()) {
                for (Rule r : byFirstLemma.getOrDefault(l, List.of())) {
                    tryRule(r, s, i, hits);
                }
            }
        }
        return preferLongest(hits);
    }

    private void tryRule(Rule r, LemmatizedSentence s, int i, List<RuleHit> hits) {
        Pattern.Hit h = r.pattern().matchAt(s, i);
        if (h != null && hits.stream().noneMatch(x -> x.rule() == r && x.first() <= h.first() && h.last() <= x.last())) {
            hits.add(new RuleHit(r, h.first(), h.last(), h.key() < 0 ? null : objectKey(s, h.key())));
        }
    }

    /** The object's lemma plus the next content word: "centre culturel" and "centre de médecine" differ. */
    private String objectKey(LemmatizedSentence s, int key) {
        String head = term(s.forms().get(key).lemmas().iterator().next());
        for (int i = key + 1; i < s.size() && i <= key + 4; i++) {
            Token t = s.tokens().get(i);
            if (t.isWord() && !words.is("FUNCTION", t.norm())) {
                return head + " " + term(s.forms().get(i).lemmas().iterator().next());
            }
        }
        return head;
    }

    /**
     * Where triggers of two event types overlap ("s'est entretenu par téléphone avec"), the type
     * whose rule comes first in rules.tsv wins: the file lists the more specific types first.
     */
    private static List<RuleHit> preferLongest(List<RuleHit> hits) {
        List<RuleHit> out = new ArrayList<>();
        for (RuleHit h : hits) {
            if (h.kind() == Rule.Kind.TRIGGER && !h.type().isStatement()) {
                boolean shadowed = hits.stream().anyMatch(o -> o != h && o.kind() == Rule.Kind.TRIGGER
                        && !o.type().isStatement() && o.type() != h.type() && o.overlaps(h)
                        && o.rule().line() < h.rule().line());
                if (shadowed) {
                    continue;
                }
            }
            out.add(h);
        }
        return out;
    }
}
