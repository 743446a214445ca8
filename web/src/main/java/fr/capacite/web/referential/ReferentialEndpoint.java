package fr.capacite.web.referential;

import fr.capacite.application.referential.ReferentialService;
import fr.capacite.application.referential.VersionDetail;
import fr.capacite.application.referential.VersionSummary;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.referential.PixDomain;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only JSON view of the competence referential. Open to everyone: it republishes public RNCP
 * data. Lists are paginated with {@code first} and {@code size}.
 */
@Path("referential")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
public class ReferentialEndpoint {

  @EJB private ReferentialService referential;

  /** A title with the codes of its versions. */
  public record CertificationView(String code, String title, List<String> versions) {}

  /** A Pix domain with its competences. */
  public record PixDomainView(String code, String title, List<PixCompetenceView> competences) {}

  /** A Pix competence. */
  public record PixCompetenceView(String code, String title) {}

  @GET
  @Path("certifications")
  public List<CertificationView> certifications() {
    Map<String, CertificationView> byCode = new LinkedHashMap<>();
    for (VersionSummary v : referential.listVersions()) {
      byCode
          .computeIfAbsent(
              v.certificationCode(),
              c -> new CertificationView(c, v.certificationTitle(), new java.util.ArrayList<>()))
          .versions()
          .add(v.code());
    }
    return List.copyOf(byCode.values());
  }

  @GET
  @Path("versions")
  public PageSlice<VersionSummary> versions(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    List<VersionSummary> all = referential.listVersions();
    int f = Math.min(PageSlice.clampFirst(first), all.size());
    int s = PageSlice.clampSize(size);
    return new PageSlice<>(all.subList(f, Math.min(all.size(), f + s)), all.size(), f, s);
  }

  @GET
  @Path("versions/{code}")
  public VersionDetail version(@PathParam("code") String code) {
    return detail(code);
  }

  @GET
  @Path("versions/{code}/blocks")
  public List<VersionDetail.BlockView> blocks(@PathParam("code") String code) {
    return detail(code).blocks();
  }

  @GET
  @Path("versions/{code}/blocks/{block}/competences")
  public List<VersionDetail.CompetenceView> competences(
      @PathParam("code") String code, @PathParam("block") String block) {
    return detail(code).blocks().stream()
        .filter(b -> b.code().equals(block))
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("block", block))
        .competences();
  }

  @GET
  @Path("pix")
  public List<PixDomainView> pix() {
    return referential.listPixDomains().stream().map(ReferentialEndpoint::view).toList();
  }

  private VersionDetail detail(String code) {
    return referential
        .findVersionDetail(code)
        .orElseThrow(() -> new ObjectNotFoundException("version", code));
  }

  private static PixDomainView view(PixDomain d) {
    return new PixDomainView(
        d.getCode(),
        d.getTitle(),
        d.getCompetences().stream()
            .map(c -> new PixCompetenceView(c.getCode(), c.getTitle()))
            .toList());
  }
}
