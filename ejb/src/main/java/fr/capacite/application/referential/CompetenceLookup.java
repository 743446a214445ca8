package fr.capacite.application.referential;

import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns the competences a form names (title competences by id, Pix ones by code) into entities; an
 * unknown one is a not-found, never silently dropped. Shared by the catalogue and the library.
 */
@Stateless
@PermitAll
public class CompetenceLookup {

  @PersistenceContext private EntityManager em;

  public Set<Competence> competences(Collection<Long> ids) {
    Set<Competence> out = new HashSet<>();
    for (Long id : ids) {
      Competence k = em.find(Competence.class, id);
      if (k == null) {
        throw new ObjectNotFoundException("competence", id);
      }
      out.add(k);
    }
    return out;
  }

  public Set<PixCompetence> pix(Collection<String> codes) {
    Set<PixCompetence> out = new HashSet<>();
    for (String code : codes) {
      out.add(
          em.createNamedQuery("PixCompetence.findByCode", PixCompetence.class)
              .setParameter("code", code)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new ObjectNotFoundException("pix", code)));
    }
    return out;
  }
}
