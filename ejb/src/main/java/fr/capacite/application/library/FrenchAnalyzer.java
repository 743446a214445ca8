package fr.capacite.application.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The library's French analysis, built from Lucene's own filters: elision (l', d', qu'…), lower
 * case, French stop words, the light French stemmer, then accent folding, so that "démarches
 * administratives" finds "demarche administrative" and "l'ordinateur" finds "ordinateurs". Lucene's
 * FrenchAnalyzer has no accent folding, hence this chain.
 */
public final class FrenchAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result =
        new ElisionFilter(source, org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES);
    result = new LowerCaseFilter(result);
    result =
        new StopFilter(result, org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet());
    result = new FrenchLightStemFilter(result);
    result = new ASCIIFoldingFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
