package fr.capacite.application.library;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The library's French analysis, built from Lucene's own filters: elision (l', d', qu'…), lower
 * case, French stop words, the light French stemmer, then accent folding, so that "démarches
 * administratives" finds "demarche administrative" and "l'ordinateur" finds "ordinateurs". Lucene's
 * FrenchAnalyzer has no accent folding, hence this chain.
 *
 * <p>Hyphenated words ("e-mail", "Saint-Denis") are indexed as their parts and as one joined word,
 * so that "e-mail" and "email" find each other: a hyphen between letters becomes a soft hyphen,
 * which the standard tokenizer keeps inside the word (Unicode word-break rules ignore it), and
 * Lucene's word-delimiter filter then splits and joins such words only.
 */
public final class FrenchAnalyzer extends Analyzer {

  /** Changes whenever the analysis does: a kept index built with another one is rebuilt. */
  public static final String VERSION = "2";

  private static final Pattern HYPHEN_IN_WORD =
      Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");
  private static final char SOFT_HYPHEN = '\u00AD';

  private final boolean forIndexing;

  /** The analysis for searching (a graph of the split and joined forms). */
  public FrenchAnalyzer() {
    this(false);
  }

  /** With {@code forIndexing}, the graph is flattened, as an index requires. */
  public FrenchAnalyzer(boolean forIndexing) {
    this.forIndexing = forIndexing;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(HYPHEN_IN_WORD, String.valueOf(SOFT_HYPHEN), reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result =
        new ElisionFilter(source, org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES);
    result = new HyphenatedWords(result);
    if (forIndexing) {
      result = new FlattenGraphFilter(result);
    }
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

  /** Splits and joins the words that hold a soft hyphen; every other word passes untouched. */
  private static final class HyphenatedWords extends ConditionalTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    HyphenatedWords(TokenStream input) {
      super(
          input,
          in ->
              new WordDelimiterGraphFilter(
                  in,
                  WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                      | WordDelimiterGraphFilter.CATENATE_WORDS,
                  null));
    }

    @Override
    protected boolean shouldFilter() {
      for (int i = 0; i < term.length(); i++) {
        if (term.charAt(i) == SOFT_HYPHEN) {
          return true;
        }
      }
      return false;
    }
  }
}
