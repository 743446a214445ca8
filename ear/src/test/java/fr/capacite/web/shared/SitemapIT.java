package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.testing.DeployedEarSupport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What search engines read: robots.txt names the sitemap; the sitemap index leads to the public
 * pages and to the published resources, each a page that opens without an account; resources in
 * review are not listed; a file beyond the last one is a 404.
 */
class SitemapIT extends DeployedEarSupport {

  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String address) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Document xml(String body) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> locs(Document d) {
    List<String> out = new ArrayList<>();
    var nodes = d.getElementsByTagNameNS(NS, "loc");
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** The sitemap's absolute address, moved to where the test server answers. */
  private String local(String loc) {
    return root() + loc.replaceFirst("^https?://[^/]+/", "");
  }

  @Test
  void robotsLeadToTheSitemapWhichListsPublicPagesAndPublishedResources() throws Exception {
    HttpResponse<String> robots = get(root() + "robots.txt");
    assertEquals(200, robots.statusCode());
    assertTrue(robots.body().contains("Disallow: /api/"), robots.body());
    assertTrue(robots.body().matches("(?s).*Sitemap: https?://\\S+/sitemap\\.xml\\n.*"));

    HttpResponse<String> index = get(root() + "sitemap.xml");
    assertEquals(200, index.statusCode());
    assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    Document d = xml(index.body());
    assertEquals("sitemapindex", d.getDocumentElement().getLocalName());
    assertEquals(NS, d.getDocumentElement().getNamespaceURI());
    List<String> files = locs(d);
    assertTrue(files.get(0).endsWith("sitemap.xml?part=pages"), files.toString());
    assertTrue(files.get(1).endsWith("sitemap.xml?part=library&page=1"), files.toString());
    assertFalse(index.body().contains("&page"), "the ampersand is escaped in XML");

    List<String> pages = locs(xml(get(local(files.get(0))).body()));
    assertTrue(pages.stream().anyMatch(p -> p.endsWith("/library/index.xhtml")), pages.toString());
    assertTrue(pages.stream().anyMatch(p -> p.endsWith("/accessibility.xhtml")), pages.toString());

    Document library = xml(get(local(files.get(1))).body());
    assertEquals("urlset", library.getDocumentElement().getLocalName());
    List<String> resources = locs(library);
    assertTrue(resources.size() >= 10, resources.toString());
    assertTrue(
        resources.stream()
            .anyMatch(r -> r.endsWith("r=atelier-reperer-un-sms-ou-un-courriel-frauduleux")));
    var dates = library.getElementsByTagNameNS(NS, "lastmod");
    assertEquals(resources.size(), dates.getLength(), "each resource is dated");
    assertTrue(((Element) dates.item(0)).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}"));
    // Every listed resource opens without an account; none in review is listed.
    for (String r : resources) {
      HttpResponse<String> page = get(local(r));
      assertEquals(200, page.statusCode(), r);
      assertTrue(page.body().contains("og:title"), r);
    }

    assertEquals(404, get(root() + "sitemap.xml?part=library&page=9").statusCode());
    assertEquals(404, get(root() + "sitemap.xml?part=secrets").statusCode());
  }
}
