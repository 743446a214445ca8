package fr.capacite.application.logbook;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.MediatorSite;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.logbook.PracticeSharing;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Demo logbooks: the two demo mediators' places of activity and a year of accompaniments, so that
 * their logbooks and the figures drawn from them show something real. Themes follow what the field
 * reports people ask for most (administrative procedures, devices, e-mail, security);
 * accompaniments are more often done with the person as months pass, and the people followed by a
 * code need less help from one visit to the next. Deterministic (seeded), created once, through the
 * entities' own rules.
 */
@Stateless
@PermitAll
public class DemoLogbookLoader {

  private static final List<LogTheme> ASKED =
      List.of(
          LogTheme.PROCEDURES,
          LogTheme.PROCEDURES,
          LogTheme.PROCEDURES,
          LogTheme.DEVICES,
          LogTheme.DEVICES,
          LogTheme.EMAIL,
          LogTheme.EMAIL,
          LogTheme.SECURITY,
          LogTheme.BROWSING,
          LogTheme.CONTENTS,
          LogTheme.HEALTH,
          LogTheme.BANKING,
          LogTheme.SOCIAL_NETWORKS,
          LogTheme.EMPLOYMENT,
          LogTheme.AI);

  private static final List<LogTheme> DOMAINS =
      List.of(
          LogTheme.SOCIAL_HEALTH,
          LogTheme.MONEY,
          LogTheme.WORK,
          LogTheme.HOUSING,
          LogTheme.PAPERS,
          LogTheme.TRANSPORT);

  private record Place(String name, String postalCode) {}

  @PersistenceContext private EntityManager em;
  @jakarta.ejb.EJB private LogbookRollup rollup;

  /** Creates the demo logbooks if their mediators have no site yet; returns the entries made. */
  public int loadMissing() {
    int made = 0;
    // The observatory reads the figures kept per month and department: built at once for the demo.
    made += load("mediatrice", 11, List.of(new Place("Médiathèque Louise-Michel", "69003")), 90);
    made +=
        load(
            "conseiller",
            23,
            List.of(
                new Place("Tiers-lieu La Fabrique", "33000"),
                new Place("Permanence France services", "33400")),
            120);
    if (made > 0) {
      share();
      rollup.refresh();
    }
    return made;
  }

  /**
   * Les Ateliers du Numérique follows its team's activity: the demo mediator has shared her figures
   * for eight months, and the Bordeaux adviser has an invitation waiting (she answers it in the
   * tour).
   */
  private void share() {
    var structure =
        em.createNamedQuery(
                "TrainingOrganisation.findBySiret",
                fr.capacite.domain.organisation.TrainingOrganisation.class)
            .setParameter("siret", "82314567800012")
            .getResultStream()
            .findFirst()
            .orElse(null);
    User manager = user("gestionnaire");
    User mediator = user("mediatrice");
    User adviser = user("conseiller");
    if (structure == null || manager == null || mediator == null || adviser == null) {
      return;
    }
    LocalDate today = FrenchTime.today();
    Instant asked = today.minusMonths(8).atTime(9, 30).atZone(FrenchTime.ZONE).toInstant();
    PracticeSharing shared = new PracticeSharing(structure, mediator, manager, asked);
    shared.answer(true, today.minusMonths(8), asked.plusSeconds(3 * 3600));
    em.persist(shared);
    em.persist(
        new PracticeSharing(
            structure,
            adviser,
            manager,
            today.minusDays(2).atTime(14, 0).atZone(FrenchTime.ZONE).toInstant()));
  }

  private User user(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private int load(String username, long seed, List<Place> places, int entries) {
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (u == null
        || em.createQuery("SELECT COUNT(s) FROM MediatorSite s WHERE s.owner = :u", Long.class)
                .setParameter("u", u)
                .getSingleResult()
            > 0) {
      return 0;
    }
    Instant now = Instant.now();
    List<MediatorSite> sites =
        places.stream().map(p -> new MediatorSite(u, p.name(), p.postalCode(), now)).toList();
    sites.forEach(em::persist);
    // The competences of Médiateur numérique's first block, which the entries illustrate as
    // suggested.
    List<fr.capacite.domain.referential.Competence> ccp1 =
        em.createQuery(
                "SELECT c FROM Competence c WHERE c.block.certificationVersion.code = 'MN-2025' AND"
                    + " c.block.code = 'CCP1' ORDER BY c.sortOrder",
                fr.capacite.domain.referential.Competence.class)
            .getResultList();
    Random random = new Random(seed);
    LocalDate today = FrenchTime.today();
    // People followed from visit to visit: their autonomy at the start rises with their visits.
    String[] codes = {"AB-01", "AB-02", "CD-07", "EF-12", "GH-03"};
    int[] visits = new int[codes.length];
    for (int i = 0; i < entries; i++) {
      int daysAgo = (int) ((long) (entries - 1 - i) * 360 / entries);
      LocalDate day = today.minusDays(daysAgo);
      double progress = 1 - daysAgo / 360.0; // 0 a year ago, 1 today
      MediatorSite site = sites.get(random.nextInt(sites.size()));
      int roll = random.nextInt(10);
      PracticeEntry.Facts f;
      if (roll < 2) {
        f =
            new PracticeEntry.Facts(
                day,
                LogKind.COLLECTIVE,
                Set.of(ASKED.get(3 + random.nextInt(ASKED.size() - 3))),
                List.of(60, 90, 120).get(random.nextInt(3)),
                4 + random.nextInt(9),
                PlaceKind.ACTIVITY_SITE,
                null,
                null,
                null,
                LogOutcome.SOLVED,
                null,
                null);
      } else {
        boolean procedure = roll < 5;
        Set<LogTheme> themes = EnumSet.noneOf(LogTheme.class);
        if (procedure) {
          themes.add(DOMAINS.get(random.nextInt(DOMAINS.size())));
        } else {
          themes.add(ASKED.get(random.nextInt(ASKED.size())));
        }
        String code = null;
        Autonomy before = Autonomy.values()[random.nextInt(2)];
        if (random.nextInt(3) == 0) {
          int p = random.nextInt(codes.length);
          code = codes[p];
          before = Autonomy.values()[Math.min(2, visits[p] / 2)];
          visits[p]++;
        }
        Autonomy after =
            Autonomy.values()[Math.min(2, before.ordinal() + (random.nextInt(3) == 0 ? 0 : 1))];
        Approach approach =
            random.nextDouble() < 0.45 + 0.35 * progress ? Approach.WITH : Approach.FOR;
        PlaceKind place = random.nextInt(6) == 0 ? PlaceKind.REMOTE : PlaceKind.ACTIVITY_SITE;
        f =
            new PracticeEntry.Facts(
                day,
                procedure ? LogKind.ADMINISTRATIVE : LogKind.INDIVIDUAL,
                themes,
                List.of(15, 30, 30, 45, 60).get(random.nextInt(5)),
                1,
                place,
                approach,
                before,
                after,
                random.nextInt(8) == 0 ? LogOutcome.REFERRED : LogOutcome.SOLVED,
                code,
                null);
      }
      PracticeEntry e = new PracticeEntry(u, f, today, now);
      e.locate(f.place() == PlaceKind.ACTIVITY_SITE ? site : null, sites.get(0));
      var positions =
          fr.capacite.domain.logbook.CompetenceSuggestions.suggest(f.kind(), e.getThemes(), false);
      e.illustrate(
          ccp1.stream()
              .filter(c -> positions.contains(c.getOrder()))
              .collect(java.util.stream.Collectors.toSet()));
      em.persist(e);
      em.flush();
      LogbookRollup.mark(em, e.getMonthKey(), e.getDepartment());
    }
    for (String code : codes) {
      VisitChains.rechain(em, username, code);
    }
    return entries;
  }
}
