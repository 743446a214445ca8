package fr.capacite.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The XSS payloads of the attack suite: each would set {@code window.__xss} if it ran, which the
 * browser tests read after rendering the pages that show them.
 */
public final class XssPayloads {

  public static final String MARK = "window.__xss=1";

  private XssPayloads() {}

  /** 20 vectors, each in 10 surroundings: 200 payloads. */
  public static List<String> all() {
    List<String> vectors =
        List.of(
            "<script>" + MARK + "</script>",
            "<img src=x onerror=" + MARK + ">",
            "<svg onload=" + MARK + ">",
            "\"><script>" + MARK + "</script>",
            "'><img src=x onerror=" + MARK + ">",
            "javascript:" + MARK,
            "<iframe src=\"javascript:" + MARK + "\"></iframe>",
            "<a href=\"javascript:" + MARK + "\">lien</a>",
            "<body onload=" + MARK + ">",
            "<details open ontoggle=" + MARK + ">",
            "<math><mtext><table><mglyph><style><img src=x onerror=" + MARK + ">",
            "[lien](javascript:" + MARK + ")",
            "![x](x\" onerror=\"" + MARK + ")",
            "<input autofocus onfocus=" + MARK + ">",
            "<video><source onerror=" + MARK + "></video>",
            "<object data=\"javascript:" + MARK + "\"></object>",
            "</textarea><script>" + MARK + "</script>",
            "#{facesContext.externalContext.redirect('https://example.invalid/')}",
            "{{constructor.constructor('" + MARK + "')()}}",
            "<div style=\"background:url(javascript:" + MARK + ")\">x</div>");
    List<String> out = new ArrayList<>();
    for (String v : vectors) {
      out.add(v);
      out.add("Atelier " + v);
      out.add(v + " fin");
      out.add(v.replace(MARK, "window['__xss']=1"));
      out.add("**" + v + "**");
      out.add("> " + v);
      out.add("- " + v);
      out.add("# " + v);
      out.add(v.toUpperCase(java.util.Locale.ROOT).replace("WINDOW.__XSS=1", MARK));
      out.add("<p>" + v + "</p>");
    }
    return out;
  }
}
