package fr.capacite.application.library;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders resource text: Markdown through commonmark (raw HTML escaped, not passed through), then
 * the OWASP sanitizer with an allow-list of formatting, lists, tables, headings and web links
 * (opened with rel="nofollow noopener"). Whatever a contributor writes, the result runs no script.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();

  /** commonmark escapes raw HTML itself: the sanitizer is the second line, not the only one. */
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a", "ul", "ol", "li", "pre", "code", "hr", "br")
                  .allowUrlProtocols("https", "http", "mailto")
                  .allowAttributes("href")
                  .onElements("a")
                  .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                  .toFactory());

  /**
   * Texts already rendered, by their Markdown: the function is pure and published revisions never
   * change, so a text read a thousand times is parsed and sanitised once. Bounded by size (about 16
   * million characters of text and HTML), least recently used out first.
   */
  private static final Cache<String, String> RENDERED =
      Caffeine.newBuilder()
          .maximumWeight(16L * 1024 * 1024)
          .weigher((String markdown, String html) -> markdown.length() + html.length())
          .build();

  private Markdown() {}

  /** Safe HTML for a Markdown text. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERED.get(markdown, m -> sanitize(RENDERER.render(PARSER.parse(m))));
  }

  /** Cleans any HTML to the allow-list. */
  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
