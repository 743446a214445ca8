package fr.capacite.application.referential;

import fr.capacite.application.referential.ReferenceData.BlockData;
import fr.capacite.application.referential.ReferenceData.CertificationData;
import fr.capacite.application.referential.ReferenceData.PixDomainData;
import fr.capacite.application.referential.ReferenceData.VersionData;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.PixDomain;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Loads the reference data file once: anything already present (by code) is left as it is, so
 * administrators' edits survive restarts and a second start adds nothing.
 */
@Stateless
@PermitAll
public class ReferenceDataLoader {

  static final String RESOURCE = "fr/capacite/referential/reference-data.json";

  @PersistenceContext private EntityManager em;

  /** Returns the number of objects created. */
  public int loadMissing() {
    ReferenceData data = read();
    int created = 0;
    for (CertificationData c : data.certifications()) {
      Certification cert = find("Certification.findByCode", Certification.class, c.code());
      if (cert == null) {
        cert = new Certification(c.code(), c.title());
        em.persist(cert);
        created++;
      }
      for (VersionData v : c.versions()) {
        if (find("CertificationVersion.findByCode", CertificationVersion.class, v.code()) == null) {
          created += createVersion(cert, v);
        }
      }
    }
    for (PixDomainData d : data.pixDomains()) {
      if (find("PixDomain.findByCode", PixDomain.class, d.code()) == null) {
        PixDomain domain = new PixDomain(d.code(), d.title());
        em.persist(domain);
        d.competences().forEach(pc -> em.persist(domain.addCompetence(pc.code(), pc.title())));
        created += 1 + d.competences().size();
      }
    }
    return created;
  }

  private int createVersion(Certification cert, VersionData v) {
    // Look the predecessor up first: a query flushes, and every new version must be persisted by
    // then.
    CertificationVersion predecessor =
        v.predecessor() == null
            ? null
            : find("CertificationVersion.findByCode", CertificationVersion.class, v.predecessor());
    CertificationVersion version = cert.addVersion(v.code(), v.title());
    version.setRncpCode(v.rncpCode());
    version.setLegalBasis(v.legalBasis());
    version.setLevel(v.level());
    version.setNsf(v.nsf());
    version.setValidity(v.validFrom(), v.validUntil(), Boolean.TRUE.equals(v.extended()));
    version.setPredecessor(predecessor);
    em.persist(version);
    int created = 1;
    for (BlockData b : nullToEmpty(v.blocks())) {
      Block block = version.addBlock(b.code(), b.title(), BlockKind.valueOf(b.kind()));
      em.persist(block);
      created++;
      for (String competence : nullToEmpty(b.competences())) {
        em.persist(block.addCompetence(competence));
        created++;
      }
    }
    em.flush();
    return created;
  }

  static ReferenceData read() {
    try (InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        var jsonb = JsonbBuilder.create()) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return jsonb.fromJson(in, ReferenceData.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable " + RESOURCE, e);
    }
  }

  private <T> T find(String query, Class<T> type, String code) {
    return em.createNamedQuery(query, type)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
