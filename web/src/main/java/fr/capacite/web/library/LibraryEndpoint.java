package fr.capacite.web.library;

import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibrarySearch;
import fr.capacite.application.library.LibraryService;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.library.ResourceExport;
import fr.capacite.application.library.ResourceForm;
import fr.capacite.application.library.SearchIndex;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library as JSON, with the same rules as the pages: search with facets, resources (a merged
 * one answers 301 to its canonical address), revisions and diffs, writing (409 on a stale base),
 * and export or import of a resource with all its revisions.
 */
@Stateless
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class LibraryEndpoint {

  @EJB private LibrarySearch search;
  @EJB private LibraryReader reader;
  @EJB private LibraryService library;
  @EJB private ResourceExport export;

  /**
   * Words and facet filters (theme, type, audience, format, competence, label, licence). Open to
   * anyone: without an account, the published resources alone.
   */
  @GET
  @Path("search")
  @jakarta.annotation.security.PermitAll
  public LibrarySearch.Page search(
      @QueryParam("q") String words,
      @QueryParam("order") @DefaultValue("RELEVANCE") String order,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size,
      // Per request: a field would keep the first request's address in a pooled bean.
      @Context UriInfo uri) {
    Map<String, Set<String>> filters = new HashMap<>();
    for (String dim : SearchIndex.DIMENSIONS) {
      List<String> values = uri.getQueryParameters().get(dim);
      if (values != null && !values.isEmpty()) {
        filters.put(dim, Set.copyOf(values));
      }
    }
    SearchIndex.Order o;
    try {
      o = SearchIndex.Order.valueOf(order);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("library.search.badOrder");
    }
    return search.search(words, filters, o, first, size);
  }

  @GET
  @Path("resources")
  public PageSlice<LibraryViews.Summary> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return reader.list(first, size);
  }

  @POST
  @Path("resources")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ResourceForm form) {
    if (form == null) {
      throw new InvalidInputException("error.api.badRequest");
    }
    String slug = library.create(form);
    return Response.created(URI.create("api/library/resources/" + slug))
        .entity(reader.read(slug, null))
        .build();
  }

  /**
   * A resource at its stable revision, or the one asked for. Open to anyone: without an account,
   * published resources at their reviewed revision alone.
   */
  @GET
  @Path("resources/{slug}")
  @jakarta.annotation.security.PermitAll
  public Response read(
      @PathParam("slug") String slug, @QueryParam("rev") Integer rev, @Context UriInfo uri) {
    LibraryViews.ResourceView v = reader.read(slug, rev);
    if (!v.slug().equals(slug)) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(uri.getBaseUriBuilder().path("library/resources/{s}").build(v.slug()))
          .build();
    }
    return Response.ok(v).build();
  }

  /** A new revision based on {@code basedOn}: 409 when someone saved in between. */
  @PUT
  @Path("resources/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  public LibraryViews.ResourceView save(
      @PathParam("slug") String slug, @QueryParam("basedOn") int basedOn, ResourceForm form) {
    if (form == null) {
      throw new InvalidInputException("error.api.badRequest");
    }
    return library.save(slug, basedOn, form);
  }

  @POST
  @Path("resources/{slug}/submission")
  public LibraryViews.ResourceView submit(@PathParam("slug") String slug) {
    return library.submit(slug);
  }

  @GET
  @Path("resources/{slug}/revisions")
  public PageSlice<LibraryViews.RevisionRow> revisions(
      @PathParam("slug") String slug,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return reader.history(slug, first, size);
  }

  @GET
  @Path("resources/{slug}/diff")
  public LibraryViews.DiffView diff(
      @PathParam("slug") String slug, @QueryParam("from") int from, @QueryParam("to") int to) {
    return reader.diff(slug, from, to);
  }

  /** The resource with every revision, as a portable document. */
  @GET
  @Path("resources/{slug}/export")
  public Response export(@PathParam("slug") String slug) {
    ResourceExport.Document d = export.export(slug);
    return Response.ok(d)
        .header("Content-Disposition", "attachment; filename=\"" + d.slug() + ".json\"")
        .build();
  }

  /** Creates a resource from an exported document (its whole history). */
  @POST
  @Path("imports")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importDocument(ResourceExport.Document document) {
    String slug = export.importDocument(document);
    return Response.created(URI.create("api/library/resources/" + slug))
        .entity(reader.read(slug, null))
        .build();
  }
}
