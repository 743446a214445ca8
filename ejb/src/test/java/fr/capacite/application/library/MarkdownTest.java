package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Markdown renders formatting and links, and no payload from the list ever survives as code. */
class MarkdownTest {

  /** Classic XSS payloads (OWASP cheat sheet style), written in Markdown, HTML or links. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "<iframe src=\"javascript:alert(1)\"></iframe>",
          "[clic](javascript:alert(1))",
          "[clic](JaVaScRiPt:alert(1))",
          "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "![x](javascript:alert(1))",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<div style=\"background:url(javascript:alert(1))\">x</div>",
          "<body onload=alert(1)>",
          "<object data=\"javascript:alert(1)\"></object>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "<a href=\"&#106;avascript:alert(1)\">x</a>",
          "[x](vbscript:msgbox(1))",
          "<details open ontoggle=alert(1)>",
          "<input autofocus onfocus=alert(1)>",
          "``` \n</code><script>alert(1)</script>\n```",
          "<form action=\"javascript:alert(1)\"><button>x</button></form>",
          "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">");

  @Test
  void formattingListsAndWebLinksAreKept() {
    String html =
        Markdown.toHtml(
            "## Objectifs\n\nSavoir **repérer** un *faux* SMS.\n\n- vérifier l'expéditeur\n- ne pas cliquer\n\n"
                + "[Signal Spam](https://www.signal-spam.fr/)");
    assertTrue(html.contains("<h2>Objectifs</h2>"), html);
    assertTrue(html.contains("<strong>repérer</strong>"), html);
    assertTrue(html.contains("<em>faux</em>"), html);
    assertTrue(
        html.contains("<li>vérifier l&#39;expéditeur</li>")
            || html.contains("<li>vérifier l'expéditeur</li>"),
        html);
    assertTrue(html.contains("href=\"https://www.signal-spam.fr/\""), html);
    String rel = org.jsoup.Jsoup.parseBodyFragment(html).selectFirst("a").attr("rel");
    assertEquals(
        java.util.Set.of("nofollow", "noopener", "noreferrer"),
        java.util.Set.of(rel.split(" ")),
        html);
  }

  /**
   * Checks the rendered HTML as a browser would parse it: no dangerous element, no event handler,
   * no link or source with a script or data scheme. Payload text shown escaped is harmless.
   */
  @Test
  void noPayloadSurvives() {
    for (String payload : PAYLOADS) {
      String html = Markdown.toHtml(payload);
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
      for (org.jsoup.nodes.Element e : doc.body().getAllElements()) {
        assertFalse(
            List.of(
                    "script", "iframe", "svg", "object", "img", "input", "form", "meta", "style",
                    "details", "math")
                .contains(e.tagName()),
            payload + " → " + html);
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
          String name = a.getKey().toLowerCase(Locale.ROOT);
          String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
          assertFalse(name.startsWith("on") || name.equals("style"), payload + " → " + html);
          assertFalse(
              value.startsWith("javascript:")
                  || value.startsWith("data:")
                  || value.startsWith("vbscript:"),
              payload + " → " + html);
        }
      }
    }
  }

  @Test
  void rawHtmlIsShownAsTextNotDropped() {
    assertEquals("<p>&lt;b&gt;gras&lt;/b&gt;</p>\n", Markdown.toHtml("<b>gras</b>"));
    assertEquals("", Markdown.toHtml("   "));
  }
}
