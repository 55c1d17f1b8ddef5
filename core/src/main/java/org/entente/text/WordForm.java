package org.entente.text;

import java.util.Set;

/**
 * What the inflection lexicon says about one word form.
 *
 * @param lemmas folded lemmas, the lexicon's first, ("rencontrent" → "rencontrer"); the folded word itself when unknown
 * @param tags   the lexicon's morphological tags ("V ind futu 3 p", "J f s", "N m s")
 */
public record WordForm(Set<String> lemmas, Set<String> tags) {
    public WordForm {
        // Order matters: the lexicon's lemma comes before the folded word itself.
        lemmas = OrderedSet.copyOf(lemmas);
        tags = OrderedSet.copyOf(tags);
    }

    public boolean hasLemma(String lemma) {
        return lemmas.contains(lemma);
    }

    /** A verb form in the future or conditional: "signera", "se rendrait". */
    public boolean isFutureOrConditional() {
        return tags.stream().anyMatch(t -> t.startsWith("V") && (t.contains(" futu") || t.contains(" con ")));
    }

    public boolean isFuture() {
        return tags.stream().anyMatch(t -> t.startsWith("V") && t.contains(" futu"));
    }

    public boolean isConditional() {
        return tags.stream().anyMatch(t -> t.startsWith("V") && t.contains(" con "));
    }

    /** The lexicon has a noun reading of the word ("programme" is also "il programme"). */
    public boolean canBeNoun() {
        return tags.stream().anyMatch(t -> t.startsWith("N"));
    }

    public boolean canBeAdjective() {
        return tags.stream().anyMatch(t -> t.startsWith("J"));
    }

    public boolean canBeVerb() {
        return tags.stream().anyMatch(t -> t.startsWith("V"));
    }

    /** Known to the lexicon, and as a verb only. */
    public boolean isOnlyVerb() {
        return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("V"));
    }

    /** "rencontrer", "se rendre": the lexicon marks some infinitives "V inf", others "V infM". */
    public boolean isInfinitive() {
        return tags.stream().anyMatch(t -> t.startsWith("V") && t.contains(" inf"));
    }

    /** "en déployant": the lexicon's present participle. */
    public boolean isPresentParticiple() {
        return tags.stream().anyMatch(t -> t.startsWith("V") && t.contains(" ppr"));
    }

    public boolean isPastParticiple() {
        return tags.stream().anyMatch(t -> t.startsWith("V") && t.contains(" ppa"));
    }
}
