package fr.capacite.web.library;

import fr.capacite.application.library.CollaborationService;
import fr.capacite.application.library.FeedbackViews;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.library.ResourcePages;
import fr.capacite.application.library.ReviewViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * {@code /library/resource.xhtml?r=} for a reader without an account: a published resource at its
 * reviewed revision, what the public may see around it, and what search engines and link previews
 * read (description, canonical address, Open Graph). Request-scoped and without forms, so that a
 * visitor costs no session; members get {@link ResourceBacking} and its forms instead.
 */
@Named
@RequestScoped
public class ResourceReading {

  /** A description longer than this is cut for link previews (Open Graph advises short ones). */
  static final int DESCRIPTION_MAX = 300;

  @EJB private ResourcePages pages;

  private String slug;
  private Integer rev;
  private LibraryViews.ResourceView resource;
  private ResourcePages.Parts parts;

  public void load() throws IOException {
    ResourcePages.Page page;
    try {
      page = pages.page(slug == null ? "" : slug, rev);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    resource = page.resource();
    if (!resource.slug().equals(slug)) {
      // A merged resource's former address leads to the canonical one, for search engines too.
      var ec = FacesContext.getCurrentInstance().getExternalContext();
      ec.setResponseStatus(301);
      ec.setResponseHeader("Location", ec.getRequestContextPath() + "/" + path(resource.slug()));
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    parts = page.parts();
  }

  static String path(String slug) {
    return "library/resource.xhtml?r=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
  }

  /** The resource's one address, whatever address it was reached by. */
  public String getCanonical() {
    return PublicAddress.of(path(resource.slug()));
  }

  /** The summary as a description of at most {@link #DESCRIPTION_MAX} characters. */
  public String getDescription() {
    return shorten(resource.metadata().summary(), DESCRIPTION_MAX);
  }

  public static String shorten(String text, int max) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max - 1);
    return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  /** Open Graph's locale of the page's language (fr_FR, en_GB). */
  public String getOgLocale() {
    String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    return "en".equals(language) ? "en_GB" : "fr_FR";
  }

  public String when(Instant at) {
    return ResourceBacking.format(at);
  }

  public LibraryViews.ResourceView getResource() {
    return resource;
  }

  public FeedbackViews.Feedback getFeedback() {
    return parts.feedback();
  }

  public List<ReviewViews.Review> getReviews() {
    return parts.reviews();
  }

  public List<CollaborationService.Maintainer> getMaintainers() {
    return parts.maintainers();
  }

  public CollaborationService.Origin getOrigin() {
    return parts.origin();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** A revision asked for: without an account, the reviewed one alone exists (else a 404). */
  public Integer getRev() {
    return rev;
  }

  public void setRev(Integer rev) {
    this.rev = rev;
  }
}
