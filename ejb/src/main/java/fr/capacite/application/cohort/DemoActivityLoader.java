package fr.capacite.application.cohort;

import fr.capacite.application.identity.PasswordHasher;
import fr.capacite.domain.cohort.AttendanceSheet;
import fr.capacite.domain.cohort.AttendanceStatus;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.SatisfactionQuestion;
import fr.capacite.domain.cohort.SurveyInvitation;
import fr.capacite.domain.cohort.SurveyResponse;
import fr.capacite.domain.cohort.SurveyWave;
import fr.capacite.domain.cohort.TrainingSession;
import fr.capacite.domain.cohort.WithdrawalReason;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo activity, so that the quality dashboard compares two organisations on recorded facts: for
 * each, two finished cohorts of simulated learners with weekly sessions, certified attendance,
 * withdrawals and answers to the standard questionnaire. The two organisations behave differently
 * (presence, drop-outs, satisfaction); the figures come from this activity, never from constants.
 * Deterministic (seeded), created once. Simulated learners cannot log in.
 */
@Stateless
@PermitAll
public class DemoActivityLoader {

  /** How one organisation's learners behave in the simulation. */
  record Profile(
      String siret,
      String prefix,
      String trainerName,
      double presence,
      int dropOuts,
      int[] overallScores,
      double answerRate,
      List<String> comments) {}

  static final List<Profile> PROFILES =
      List.of(
          new Profile(
              "82314567800012",
              "atn",
              null,
              0.93,
              1,
              new int[] {5, 5, 4, 4, 4, 5, 3, 4},
              0.85,
              List.of(
                  "Formatrice très disponible, beaucoup de mises en situation.",
                  "Les ateliers avec de vrais usagers m'ont beaucoup appris.",
                  "Un peu dense sur la fin, mais très concret.")),
          new Profile(
              "90123456700013",
              "tlo",
              "Théo Formateur (Occitanie)",
              0.71,
              3,
              new int[] {2, 3, 4, 2, 3, 1, 4, 3},
              0.6,
              List.of(
                  "Séances souvent annulées ou déplacées au dernier moment.",
                  "Contenus trop théoriques, peu de pratique avec des usagers.",
                  "Bon formateur mais salle mal équipée.")));

  private static final String[] FIRST =
      "Léa,Karim,Sophie,Mamadou,Julie,Nicolas,Inès,Thomas,Yasmine,Pierre,Chloé,Ahmed,Emma,Hugo"
          .split(",");
  private static final String[] LAST =
      "Martin,Benali,Durand,Traoré,Lefèvre,Moreau,Haddad,Girard,Ndiaye,Roux,Fournier,Mercier"
          .split(",");
  static final int LEARNERS = 10;

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;

  public int loadMissing() {
    int created = 0;
    String hash = null;
    for (Profile p : PROFILES) {
      TrainingOrganisation o = organisation(p.siret());
      if (o == null || hasCohort(o, code(p, 1))) {
        continue;
      }
      if (hash == null) {
        // Simulated people get a password nobody knows.
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        hash = hasher.hash(java.util.HexFormat.of().formatHex(secret).toCharArray());
      }
      User trainer = trainer(o, p, hash);
      List<User> learners = learners(p, hash);
      LocalDate today = FrenchTime.today();
      Random random = new Random(p.prefix().hashCode());
      // One cohort finished four months ago (both waves answered), one finished three weeks ago.
      simulate(o, p, 1, today.minusDays(130), learners.subList(0, LEARNERS), trainer, random);
      List<User> recent = new ArrayList<>(learners.subList(LEARNERS, 2 * LEARNERS));
      if (p.prefix().equals("atn")) {
        User maya = user("mediatrice");
        if (maya != null) {
          recent.add(maya); // gets an unanswered à chaud questionnaire for the tour
        }
      }
      simulate(o, p, 2, today.minusDays(20), recent, trainer, random);
      created += 2;
    }
    return created;
  }

  private void simulate(
      TrainingOrganisation o,
      Profile p,
      int n,
      LocalDate end,
      List<User> learners,
      User trainer,
      Random random) {
    LocalDate start = end.minusDays(119);
    CertificationVersion v =
        em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
            .setParameter("code", "MN-2025")
            .getSingleResult();
    Site site =
        em.createNamedQuery("Site.findByOrganisation", Site.class)
            .setParameter("organisation", o)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Cohort c =
        new Cohort(
            o,
            em.createNamedQuery("Programme.findByCode", fr.capacite.domain.cohort.Programme.class)
                .setParameter("code", "CNFS-2024")
                .getSingleResult(),
            v,
            code(p, n));
    c.plan(
        "Médiateur numérique — CCP1, " + (n == 1 ? "promotion d'hiver" : "promotion de printemps"),
        start,
        end,
        12,
        Modality.ON_SITE,
        site);
    c.target(
        Set.of(
            em.createNamedQuery("Block.findByVersionAndCode", Block.class)
                .setParameter("version", v)
                .setParameter("code", "CCP1")
                .getSingleResult()));
    c.rhythm(
        EnumSet.of(DayOfWeek.FRIDAY),
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
    if (trainer != null) {
      c.assignTrainers(Set.of(trainer));
    }
    em.persist(c);
    List<Enrolment> enrolments = new ArrayList<>();
    for (User u : learners) {
      Enrolment e = new Enrolment(c, u, 175, true, 0);
      e.accept(java.time.Instant.now());
      e.recordPositioning("Test de positionnement : parcours de 175 h.", null);
      em.persist(e);
      enrolments.add(e);
    }
    // Drop-outs leave at a random week in the second half of the cohort.
    Map<User, LocalDate> leaves = new HashMap<>();
    for (int k = 0; k < p.dropOuts() && k < learners.size() - 1; k++) {
      leaves.put(learners.get(k), start.plusDays(60 + random.nextInt(50)));
    }
    String certifier = trainer != null ? trainer.getUsername() : "admin";
    LocalDate firstFriday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    for (LocalDate day : Recurrence.weekly(firstFriday, end, EnumSet.of(DayOfWeek.FRIDAY))) {
      TrainingSession s = new TrainingSession(c);
      s.schedule(day, LocalTime.of(9, 0), LocalTime.of(12, 30));
      s.describe(
          "CCP1 — Accompagner les publics vers l'autonomie numérique",
          Modality.ON_SITE,
          site,
          "Salle 2",
          trainer);
      em.persist(s);
      AttendanceSheet sheet = new AttendanceSheet(s);
      List<User> onSheet = new ArrayList<>();
      Map<Long, AttendanceStatus> statuses = new HashMap<>();
      for (User u : learners) {
        LocalDate left = leaves.get(u);
        if (left != null && !day.isBefore(left)) {
          continue;
        }
        onSheet.add(u);
        double roll = random.nextDouble();
        if (roll < p.presence()) {
          sheet.sign(
              u, day.atTime(9, 2 + random.nextInt(10)).atZone(CalendarWriter.ZONE).toInstant());
        } else if (roll < p.presence() + (1 - p.presence()) / 3) {
          statuses.put(u.getId(), AttendanceStatus.EXCUSED);
        }
      }
      sheet.certify(
          onSheet, statuses, certifier, day.atTime(12, 40).atZone(CalendarWriter.ZONE).toInstant());
      em.persist(sheet);
    }
    for (Enrolment e : enrolments) {
      if (leaves.containsKey(e.getLearner())) {
        e.withdraw(
            random.nextBoolean() ? WithdrawalReason.EMPLOYMENT : WithdrawalReason.PERSONAL, null);
      }
    }
    answer(c, p, SurveyWave.HOT, enrolments, random);
    if (!SurveyWave.COLD.dueOn(end).isAfter(FrenchTime.today())) {
      answer(c, p, SurveyWave.COLD, enrolments, random);
    }
  }

  /**
   * Invitations for every learner who finished, answers for some (the demo learner answers none).
   */
  private void answer(
      Cohort c, Profile p, SurveyWave wave, List<Enrolment> enrolments, Random random) {
    LocalDate sent = wave.dueOn(c.getEndDate());
    for (Enrolment e : enrolments) {
      if (e.isDropOut()) {
        continue;
      }
      SurveyInvitation i = new SurveyInvitation(c, e.getLearner(), wave, sent);
      boolean simulated = !e.getLearner().getUsername().equals("mediatrice");
      if (simulated && random.nextDouble() < p.answerRate()) {
        LocalDate on = sent.plusDays(random.nextInt(6));
        int overall = p.overallScores()[random.nextInt(p.overallScores().length)];
        Map<SatisfactionQuestion, Integer> scores = new EnumMap<>(SatisfactionQuestion.class);
        for (SatisfactionQuestion q : SatisfactionQuestion.values()) {
          int s = q == SatisfactionQuestion.OVERALL ? overall : overall + random.nextInt(3) - 1;
          scores.put(q, Math.max(1, Math.min(5, s)));
        }
        i.answered(on);
        em.persist(
            new SurveyResponse(
                c,
                wave,
                random.nextBoolean() ? null : e.getLearner(),
                on,
                scores,
                random.nextInt(3) == 0
                    ? p.comments().get(random.nextInt(p.comments().size()))
                    : null));
      }
      em.persist(i);
    }
  }

  private User trainer(TrainingOrganisation o, Profile p, String hash) {
    User t = o.getMembers().stream().filter(u -> u.hasRole(Role.TRAINER)).findFirst().orElse(null);
    if (t != null || p.trainerName() == null) {
      return t;
    }
    t =
        new User(
            "formateur." + p.prefix(),
            "formateur." + p.prefix() + "@demo.capacite.fr",
            p.trainerName(),
            hash);
    t.assignRoles(Set.of(Role.TRAINER));
    em.persist(t);
    o.addMember(t);
    return t;
  }

  private List<User> learners(Profile p, String hash) {
    List<User> list = new ArrayList<>();
    for (int k = 1; k <= 2 * LEARNERS; k++) {
      String username = String.format("stagiaire.%s%02d", p.prefix(), k);
      User u = user(username);
      if (u == null) {
        String name =
            FIRST[(k * 5 + p.prefix().length()) % FIRST.length]
                + " "
                + LAST[(k * 7 + p.prefix().charAt(0)) % LAST.length];
        u = new User(username, username + "@demo.capacite.fr", name, hash);
        u.assignRoles(Set.of(Role.MEDIATOR));
        em.persist(u);
      }
      list.add(u);
    }
    em.flush(); // ids for the attendance statuses
    return list;
  }

  private static String code(Profile p, int n) {
    return "MN-CCP1-DEMO-" + p.prefix().toUpperCase(java.util.Locale.ROOT) + "-" + n;
  }

  private TrainingOrganisation organisation(String siret) {
    return em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
        .setParameter("siret", siret)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private boolean hasCohort(TrainingOrganisation o, String code) {
    return !em.createNamedQuery("Cohort.findByCode", Cohort.class)
        .setParameter("organisation", o)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  private User user(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
