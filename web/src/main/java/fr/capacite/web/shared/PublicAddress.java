package fr.capacite.web.shared;

/**
 * The installation's public address ({@code capacite.url}, set by the run command), from which
 * addresses given to the outside are made: canonical links, Open Graph, the sitemap. A page's own
 * request cannot say it (behind a proxy it sees the proxy's address).
 */
public final class PublicAddress {

  static final String PROPERTY = "capacite.url";

  private PublicAddress() {}

  /** The base address, ending with one slash. */
  public static String base() {
    String url = System.getProperty(PROPERTY, "http://localhost:8080/").strip();
    return url.endsWith("/") ? url : url + "/";
  }

  /** An address of the application given relative to its root ("library/index.xhtml"). */
  public static String of(String path) {
    return base() + (path.startsWith("/") ? path.substring(1) : path);
  }
}
