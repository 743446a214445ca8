package fr.capacite.application.library;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A resource with all its revisions as a portable document, and back. Competences travel as
 * "version/block/order" references (ids differ between platforms); imported revisions are written
 * by the importer, each keeping its original author and date in its change summary.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class ResourceExport {

  public static final int FORMAT = 1;
  static final int MAX_REVISIONS = 500;

  /** The portable document. */
  public record Document(int format, String slug, List<Revision> revisions)
      implements Serializable {}

  /** One revision: who, when, why, and its whole content. */
  public record Revision(
      int number,
      String author,
      Instant createdAt,
      String changeSummary,
      ResourceMetadata metadata,
      List<BlockContent> blocks,
      List<String> competences,
      List<String> pix)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @EJB private LibraryReader reader;
  @EJB private LibraryService library;

  public Document export(String slug) {
    LearningResource r = reader.resource(slug);
    List<ResourceRevision> all =
        em.createQuery(
                "SELECT v FROM ResourceRevision v JOIN FETCH v.author WHERE v.resource = :r ORDER"
                    + " BY v.number",
                ResourceRevision.class)
            .setParameter("r", r)
            .getResultList();
    List<Revision> out = new ArrayList<>();
    for (ResourceRevision v : all) {
      out.add(
          new Revision(
              v.getNumber(),
              v.getAuthor().getDisplayName(),
              v.getCreatedAt(),
              v.getChangeSummary(),
              v.metadata(),
              v.content(),
              v.getCompetences().stream().map(ResourceExport::ref).sorted().toList(),
              v.getPixCompetences().stream().map(PixCompetence::getCode).sorted().toList()));
    }
    return new Document(FORMAT, r.getSlug(), out);
  }

  /** Creates a new resource from an exported document; returns its address. */
  public String importDocument(Document d) {
    if (d == null || d.format() != FORMAT || d.revisions() == null || d.revisions().isEmpty()) {
      throw new InvalidInputException("library.import.format");
    }
    if (d.revisions().size() > MAX_REVISIONS) {
      throw new InvalidInputException("library.import.tooMany", MAX_REVISIONS);
    }
    List<ResourceForm> forms = new ArrayList<>();
    for (Revision v : d.revisions()) {
      if (v == null || v.metadata() == null) {
        throw new InvalidInputException("library.import.format");
      }
      ResourceMetadata m = v.metadata();
      String origin =
          "Import — révision "
              + v.number()
              + (v.author() == null ? "" : " de " + v.author())
              + (v.createdAt() == null
                  ? ""
                  : " du "
                      + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                          .withZone(FrenchTime.ZONE)
                          .format(v.createdAt()))
              + (v.changeSummary() == null || v.changeSummary().isBlank()
                  ? ""
                  : " : " + v.changeSummary());
      forms.add(
          new ResourceForm(
              m.title(),
              m.summary(),
              m.themes(),
              m.type(),
              m.audiences(),
              m.formats(),
              m.durationMinutes(),
              m.level(),
              m.licence(),
              v.blocks(),
              competences(v.competences()),
              v.pix() == null ? Set.of() : Set.copyOf(v.pix()),
              origin));
    }
    return library.createWithHistory(forms);
  }

  private Set<Long> competences(List<String> refs) {
    Set<Long> ids = new HashSet<>();
    if (refs == null) {
      return ids;
    }
    for (String ref : refs) {
      String[] p = ref == null ? new String[0] : ref.split("/");
      Long id =
          p.length != 3 || !p[2].matches("\\d{1,3}")
              ? null
              : em.createQuery(
                      "SELECT c.id FROM Competence c WHERE c.block.certificationVersion.code = :v"
                          + " AND c.block.code = :b AND c.sortOrder = :o",
                      Long.class)
                  .setParameter("v", p[0])
                  .setParameter("b", p[1])
                  .setParameter("o", Integer.parseInt(p[2]))
                  .getResultStream()
                  .findFirst()
                  .orElse(null);
      if (id == null) {
        throw new InvalidInputException("library.import.competence", String.valueOf(ref));
      }
      ids.add(id);
    }
    return ids;
  }

  static String ref(Competence c) {
    return c.getBlock().getCertificationVersion().getCode()
        + "/"
        + c.getBlock().getCode()
        + "/"
        + c.getOrder();
  }
}
