package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.Programme;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** Loads the programmes reference file once: existing programmes (by code) are left alone. */
@Stateless
@PermitAll
public class ProgrammeLoader {

  static final String RESOURCE = "fr/capacite/cohort/programmes.json";

  /** The shape of the reference file. */
  public record ProgrammesFile(List<ProgrammeData> programmes) {}

  /** One programme. */
  public record ProgrammeData(
      String code, String title, Set<Integer> pathHours, int placementHours) {}

  @PersistenceContext private EntityManager em;

  public int loadMissing() {
    int created = 0;
    for (ProgrammeData p : read().programmes()) {
      boolean exists =
          !em.createNamedQuery("Programme.findByCode", Programme.class)
              .setParameter("code", p.code())
              .getResultList()
              .isEmpty();
      if (!exists) {
        em.persist(new Programme(p.code(), p.title(), p.pathHours(), p.placementHours()));
        created++;
      }
    }
    return created;
  }

  static ProgrammesFile read() {
    try (InputStream in = ProgrammeLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        var jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, ProgrammesFile.class);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable " + RESOURCE, e);
    }
  }
}
