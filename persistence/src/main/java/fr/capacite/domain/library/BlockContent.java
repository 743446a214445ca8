package fr.capacite.domain.library;

import java.io.Serializable;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * One content block as written: a section title, Markdown text, a link, a file or an image. Files
 * and images name their stored content by SHA-256.
 */
public record BlockContent(
    ContentKind kind,
    String heading,
    String body,
    String url,
    String fileSha256,
    String fileName,
    String altText)
    implements Serializable {

  public static final int HEADING_MAX = 300;
  public static final int BODY_MAX = 20_000;
  public static final int URL_MAX = 2000;

  public static BlockContent section(String heading) {
    return new BlockContent(ContentKind.SECTION, heading, null, null, null, null, null);
  }

  public static BlockContent text(String markdown) {
    return new BlockContent(ContentKind.TEXT, null, markdown, null, null, null, null);
  }

  public static BlockContent link(String title, String url, String description) {
    return new BlockContent(ContentKind.LINK, title, description, url, null, null, null);
  }

  public static BlockContent file(String title, String sha256, String fileName) {
    return new BlockContent(ContentKind.FILE, title, null, null, sha256, fileName, null);
  }

  public static BlockContent image(String sha256, String fileName, String alt) {
    return new BlockContent(ContentKind.IMAGE, null, null, null, sha256, fileName, alt);
  }

  /** What is wrong with the block, as a message key, if anything. */
  public Optional<String> problem() {
    if (kind == null) {
      return Optional.of("library.block.kind");
    }
    if (length(heading) > HEADING_MAX || length(body) > BODY_MAX || length(url) > URL_MAX) {
      return Optional.of("library.block.tooLong");
    }
    return switch (kind) {
      case SECTION -> blank(heading) ? Optional.of("library.block.heading") : Optional.empty();
      case TEXT -> blank(body) ? Optional.of("library.block.body") : Optional.empty();
      case LINK -> webAddress(url) ? Optional.empty() : Optional.of("library.block.url");
      case FILE ->
          blank(fileSha256) || blank(fileName)
              ? Optional.of("library.block.file")
              : Optional.empty();
      case IMAGE ->
          blank(fileSha256)
              ? Optional.of("library.block.file")
              : blank(altText) ? Optional.of("library.block.alt") : Optional.empty();
    };
  }

  /** Only http and https addresses: no javascript:, data: or file: links. */
  static boolean webAddress(String url) {
    if (blank(url)) {
      return false;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The words of the block, for word-by-word comparison and full-text indexing. */
  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (String s : new String[] {heading, body, url, fileName, altText}) {
      if (!blank(s)) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(s);
      }
    }
    return sb.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
