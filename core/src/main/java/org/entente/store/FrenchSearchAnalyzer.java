package org.entente.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How sentences and queries are cut into terms. Not Lucene's {@link FrenchAnalyzer}, for two
 * reasons: it keeps accents, so "securite" typed on a keyboard without them would miss
 * "sécurité" (and news text itself is inconsistent with capital accents: "Etats-Unis"); and it
 * drops stop words, which an analyst quoting a phrase ("accord de partenariat") expects to match
 * as written. So: elision (l'accord, d'Astana, with ' or ’) + lower case + light stemming
 * (plural and feminine endings, not Snowball's aggressive cuts that conflate "accord"/"accorder"
 * with unrelated words) + ASCII folding after the stemmer, which relies on accents for some endings.
 *
 * <p>Changing this chain changes the terms of the index: bump {@link SearchIndex#FORMAT} so that
 * existing indexes are rebuilt.
 */
final class FrenchSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        s = new LowerCaseFilter(s);
        s = new FrenchLightStemFilter(s);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Wildcard and fuzzy terms are not stemmed, only normalised like the indexed forms.
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
