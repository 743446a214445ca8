package fr.capacite.web.shared;

import fr.capacite.application.library.LibraryReader;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What search engines read to find the public pages (sitemaps.org protocol 0.9), and where to find
 * it ({@code /robots.txt}). {@code /sitemap.xml} is an index: one file for the public pages, then
 * one per {@value LibraryReader#SITEMAP_PAGE_MAX} published resources, each resource dated by its
 * reviewed revision. Addresses are absolute, from the installation's public address ({@code
 * capacite.url}). Written with StAX, which escapes what addresses carry ({@code &} in queries).
 */
@WebServlet(
    name = "SitemapServlet",
    urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** The pages anyone may read, whatever the data (addresses relative to the application). */
  static final List<String> PUBLIC_PAGES =
      List.of(
          "", "library/index.xhtml", "offers/index.xhtml", "verify.xhtml", "accessibility.xhtml");

  private static final DateTimeFormatter W3C_DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  @EJB private LibraryReader reader;
  @EJB private fr.capacite.application.cohort.OfferCatalogue offers;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.setHeader("Cache-Control", "public, max-age=3600");
    if (req.getServletPath().equals("/robots.txt")) {
      resp.setContentType("text/plain");
      resp.getWriter()
          .write(
              "User-agent: *\n"
                  + "Disallow: /api/\n"
                  + "Sitemap: "
                  + PublicAddress.of("sitemap.xml")
                  + "\n");
      return;
    }
    String part = req.getParameter("part");
    int page = page(req.getParameter("page"));
    if (part != null && !part.equals("pages") && !(part.equals("library") && page > 0)) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType("application/xml");
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(resp.getWriter());
      xml.writeStartDocument("UTF-8", "1.0");
      if (part == null) {
        index(xml);
      } else if (part.equals("pages")) {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        for (String p : PUBLIC_PAGES) {
          url(xml, PublicAddress.of(p), null);
        }
        // The training offers not yet started (a few thousand at most: one file).
        for (long id : offers.publishedIds()) {
          url(xml, PublicAddress.of("offers/cohort.xhtml?id=" + id), null);
        }
        for (long id : offers.publishingOrganisations()) {
          url(xml, PublicAddress.of("offers/organisation.xhtml?id=" + id), null);
        }
        xml.writeEndElement();
      } else if (!library(xml, page)) {
        resp.reset();
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** The sitemap index: the public pages, then the library's files. */
  private void index(XMLStreamWriter xml) throws XMLStreamException {
    long published = reader.published(0, 1).total();
    long files = (published + LibraryReader.SITEMAP_PAGE_MAX - 1) / LibraryReader.SITEMAP_PAGE_MAX;
    xml.writeStartElement("sitemapindex");
    xml.writeDefaultNamespace(NS);
    sitemap(xml, PublicAddress.of("sitemap.xml?part=pages"));
    for (long n = 1; n <= files; n++) {
      sitemap(xml, PublicAddress.of("sitemap.xml?part=library&page=" + n));
    }
    xml.writeEndElement();
  }

  /** One file of published resources; false when the page lies beyond them. */
  private boolean library(XMLStreamWriter xml, int page) throws XMLStreamException {
    var slice =
        reader.published(
            (page - 1) * LibraryReader.SITEMAP_PAGE_MAX, LibraryReader.SITEMAP_PAGE_MAX);
    if (slice.items().isEmpty() && page > 1) {
      return false;
    }
    xml.writeStartElement("urlset");
    xml.writeDefaultNamespace(NS);
    for (var r : slice.items()) {
      url(
          xml,
          PublicAddress.of(
              "library/resource.xhtml?r="
                  + java.net.URLEncoder.encode(r.slug(), StandardCharsets.UTF_8)),
          r.updated() == null ? null : W3C_DATE.format(r.updated()));
    }
    xml.writeEndElement();
    return true;
  }

  private static int page(String value) {
    return value != null && value.matches("\\d{1,4}") ? Integer.parseInt(value) : 0;
  }

  private static void sitemap(XMLStreamWriter xml, String loc) throws XMLStreamException {
    xml.writeStartElement("sitemap");
    element(xml, "loc", loc);
    xml.writeEndElement();
  }

  private static void url(XMLStreamWriter xml, String loc, String lastmod)
      throws XMLStreamException {
    xml.writeStartElement("url");
    element(xml, "loc", loc);
    if (lastmod != null) {
      element(xml, "lastmod", lastmod);
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
