package fr.capacite.application.organisation;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.ExamCentreApproval;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.CertificationVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Two demo organisations, created once (by SIRET): one certified with two sites and an approval for
 * Médiateur numérique, one whose Qualiopi certificate has expired. Names and numbers are
 * fictitious; the SIRETs pass the Luhn check.
 */
@Stateless
@PermitAll
public class DemoOrganisationLoader {

  static final String ATELIERS_SIRET = "82314567800012";
  static final String OCCITANIE_SIRET = "90123456700013";

  @PersistenceContext private EntityManager em;

  public int loadMissing() {
    int created = 0;
    if (absent(ATELIERS_SIRET)) {
      TrainingOrganisation o =
          new TrainingOrganisation("Les Ateliers du Numérique", ATELIERS_SIRET);
      o.changeNda("11755555575");
      o.certify("QUA-2025-0142", "Certifopac", LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31));
      member(o, "gestionnaire");
      member(o, "formatrice");
      em.persist(o);
      Site republique =
          site(
              o,
              "Atelier République",
              "12 rue du Faubourg du Temple",
              "75011",
              "Paris",
              true,
              false,
              "Nadia Benali",
              "handicap@ateliers-numerique.example");
      site(
          o,
          "Bus numérique de l'Est parisien",
          "Place Jean Jaurès",
          "93100",
          "Montreuil",
          true,
          true,
          "Nadia Benali",
          "handicap@ateliers-numerique.example");
      CertificationVersion mn = version("MN-2025");
      if (mn != null) {
        em.persist(
            new ExamCentreApproval(
                o,
                mn,
                republique,
                "DREETS-IDF-2025-018",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2028, 8, 31)));
      }
      created++;
    }
    if (absent(OCCITANIE_SIRET)) {
      TrainingOrganisation o =
          new TrainingOrganisation("Tiers-Lieu Formation Occitanie", OCCITANIE_SIRET);
      o.changeNda("76310999931");
      o.certify(
          "QUA-2022-0877",
          "AFNOR Certification",
          LocalDate.of(2022, 7, 1),
          LocalDate.of(2025, 6, 30));
      em.persist(o);
      site(
          o,
          "La Cantine numérique",
          "27 rue d'Aubuisson",
          "31000",
          "Toulouse",
          false,
          false,
          null,
          null);
      created++;
    }
    return created;
  }

  private boolean absent(String siret) {
    return em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
        .setParameter("siret", siret)
        .getResultList()
        .isEmpty();
  }

  private void member(TrainingOrganisation o, String username) {
    em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .ifPresent(o::addMember);
  }

  private Site site(
      TrainingOrganisation o,
      String name,
      String address,
      String postalCode,
      String city,
      boolean accessible,
      boolean itinerant,
      String referent,
      String email) {
    Site s = new Site(o, name);
    s.describe(name, address, postalCode, city, accessible, itinerant, referent, email);
    em.persist(s);
    return s;
  }

  private CertificationVersion version(String code) {
    return em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
