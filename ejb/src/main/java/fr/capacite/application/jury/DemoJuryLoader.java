package fr.capacite.application.jury;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.CandidateSource;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.JurorProfile;
import fr.capacite.domain.jury.JuryMember;
import fr.capacite.domain.organisation.ExamCentreApproval;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo juries: the three demo jurors' habilitations (Fanny Formatrice also trains, so screening
 * keeps her off her own learners), and a CCP1 session of Les Ateliers du Numérique three weeks
 * ahead with the learners of its spring cohort and a jury, planned. Created once.
 */
@Stateless
@PermitAll
public class DemoJuryLoader {

  static final String SESSION_TITLE = "CCP1 Médiateur numérique — session de l'hiver";

  @PersistenceContext private EntityManager em;

  public int loadMissing() {
    LocalDate today = LocalDate.now(JurorService.ZONE);
    int created = 0;
    for (String[] j :
        List.of(
            new String[] {"jure", "Île-de-France", "12", "Emmaüs Connect"},
            new String[] {"jure2", "Occitanie", "6", "Mairie de Toulouse"},
            new String[] {"formatrice", "Île-de-France", "9", "Les Ateliers du Numérique"})) {
      User u = user(j[0]);
      if (u == null || profile(u)) {
        continue;
      }
      JurorProfile p = new JurorProfile(u);
      p.describe(
          j[1],
          today.plusYears(2),
          Integer.parseInt(j[2]),
          null,
          today.minusYears(3),
          today.minusYears(3),
          j[3]);
      em.persist(p);
      created++;
    }
    TrainingOrganisation o =
        em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
            .setParameter("siret", "82314567800012")
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean exists =
        !em.createQuery("SELECT s.id FROM ExamSession s WHERE s.title = :t", Long.class)
            .setParameter("t", SESSION_TITLE)
            .getResultList()
            .isEmpty();
    if (o == null) {
      return created;
    }
    created += loadHistory(o);
    created += loadSummerSheets();
    if (exists) {
      return created;
    }
    // The exam day is today: the tour opens scoring, which a session allows from its day on.
    LocalDate day = today;
    ExamCentreApproval approval =
        em
            .createNamedQuery("ExamCentreApproval.findByOrganisation", ExamCentreApproval.class)
            .setParameter("organisation", o)
            .getResultList()
            .stream()
            .filter(a -> a.covers(a.getCertificationVersion(), a.getSite(), day))
            .findFirst()
            .orElse(null);
    Cohort cohort =
        em.createNamedQuery("Cohort.findByCode", Cohort.class)
            .setParameter("organisation", o)
            .setParameter("code", "MN-CCP1-DEMO-ATN-2")
            .getResultStream()
            .findFirst()
            .orElse(null);
    created +=
        loadSummer(
            o,
            approval,
            java.util.stream.Stream.of(user("jure"), user("jure2"))
                .filter(java.util.Objects::nonNull)
                .toList());
    created += loadSummerSheets();
    if (approval == null || cohort == null) {
      return created;
    }
    Block ccp1 =
        em.createNamedQuery("Block.findByVersionAndCode", Block.class)
            .setParameter("version", approval.getCertificationVersion())
            .setParameter("code", "CCP1")
            .getSingleResult();
    ExamSession s =
        new ExamSession(
            o,
            approval.getSite(),
            approval.getCertificationVersion(),
            ExamKind.CCP,
            Set.of(ccp1),
            day,
            ExamModality.ON_SITE,
            SESSION_TITLE);
    em.persist(s);
    approval.getCertificationVersion().markUsedInExam();
    em
        .createNamedQuery("Enrolment.findByCohort", Enrolment.class)
        .setParameter("cohort", cohort)
        .getResultList()
        .stream()
        .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
        .forEach(
            e ->
                em.persist(
                    new ExamCandidate(
                        s,
                        e.getLearner(),
                        CandidateSource.COHORT,
                        cohort,
                        ExamModality.ON_SITE,
                        null)));
    for (String juror : List.of("jure", "jure2", "formatrice")) {
      User u = user(juror);
      if (u != null) {
        em.persist(new JuryMember(s, u));
      }
    }
    return created + 1;
  }

  static final String TITLE_SESSION = "Titre REMN — session de printemps 2025";
  static final String CCP3_SESSION = "CCP3 REMN — session de juin 2025";

  /**
   * Two published REMN sessions of 2025: a title session where one candidate acquires CCP1 and CCP2
   * but not CCP3 and another only CCP1 (partial successes), then a CCP3 session where the first
   * completes the title through capitalisation (R7).
   */
  private int loadHistory(TrainingOrganisation o) {
    boolean done =
        !em.createQuery("SELECT s.id FROM ExamSession s WHERE s.title = :t", Long.class)
            .setParameter("t", TITLE_SESSION)
            .getResultList()
            .isEmpty();
    fr.capacite.domain.referential.CertificationVersion remn =
        em.createNamedQuery(
                "CertificationVersion.findByCode",
                fr.capacite.domain.referential.CertificationVersion.class)
            .setParameter("code", "REMN-2019")
            .getResultStream()
            .findFirst()
            .orElse(null);
    User first = user("stagiaire.atn01");
    User second = user("stagiaire.atn02");
    List<User> jury =
        java.util.stream.Stream.of(user("jure"), user("jure2"))
            .filter(java.util.Objects::nonNull)
            .toList();
    fr.capacite.domain.organisation.Site site =
        em.createNamedQuery("Site.findByOrganisation", fr.capacite.domain.organisation.Site.class)
            .setParameter("organisation", o)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (done
        || remn == null
        || first == null
        || second == null
        || jury.size() < 2
        || site == null) {
      return 0;
    }
    em.persist(
        new ExamCentreApproval(
            o,
            remn,
            site,
            "DREETS-IDF-2023-041",
            LocalDate.of(2023, 9, 1),
            LocalDate.of(2025, 7, 12)));
    Map<String, Block> b = new java.util.HashMap<>();
    remn.getBlocks().forEach(x -> b.put(x.getCode(), x));
    ExamSession title =
        session(
            o,
            site,
            remn,
            ExamKind.TITLE,
            Set.of(b.get("CCP1"), b.get("CCP2"), b.get("CCP3")),
            LocalDate.of(2025, 3, 14),
            TITLE_SESSION,
            jury);
    ExamCandidate a = candidate(title, first);
    ExamCandidate c = candidate(title, second);
    decide(a, b.get("CCP1"), true, null, title);
    decide(a, b.get("CCP2"), true, null, title);
    decide(
        a, b.get("CCP3"), false, "Projet collaboratif de l'espace insuffisamment présenté.", title);
    decide(c, b.get("CCP1"), true, null, title);
    decide(
        c,
        b.get("CCP2"),
        false,
        "Développement de l'espace : diagnostic de territoire absent.",
        title);
    decide(
        c,
        b.get("CCP3"),
        false,
        "Gestion de projet non démontrée lors de la mise en situation.",
        title);
    publish(title, jury, List.of(a, c));
    ExamSession ccp3 =
        session(
            o,
            site,
            remn,
            ExamKind.CCP,
            Set.of(b.get("CCP3")),
            LocalDate.of(2025, 6, 20),
            CCP3_SESSION,
            jury);
    ExamCandidate again = candidate(ccp3, first);
    decide(again, b.get("CCP3"), true, null, ccp3);
    publish(ccp3, jury, List.of(again));
    return 2;
  }

  private ExamSession session(
      TrainingOrganisation o,
      fr.capacite.domain.organisation.Site site,
      fr.capacite.domain.referential.CertificationVersion v,
      ExamKind kind,
      Set<Block> blocks,
      LocalDate day,
      String title,
      List<User> jury) {
    ExamSession s = new ExamSession(o, site, v, kind, blocks, day, ExamModality.ON_SITE, title);
    em.persist(s);
    v.markUsedInExam();
    jury.forEach(j -> em.persist(new JuryMember(s, j)));
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.OPEN);
    return s;
  }

  private ExamCandidate candidate(ExamSession s, User learner) {
    ExamCandidate c =
        new ExamCandidate(s, learner, CandidateSource.DIRECT, null, ExamModality.ON_SITE, null);
    em.persist(c);
    return c;
  }

  public static final String SUMMER_SESSION = "CCP1 Médiateur numérique — session d'été";

  /**
   * A published MN CCP1 session after the two winter demo cohorts ended, held by Les Ateliers du
   * Numérique for the learners of both organisations: their success rates differ, from decisions.
   */
  private int loadSummer(TrainingOrganisation o, ExamCentreApproval approval, List<User> jury) {
    boolean done =
        !em.createQuery("SELECT s.id FROM ExamSession s WHERE s.title = :t", Long.class)
            .setParameter("t", SUMMER_SESSION)
            .getResultList()
            .isEmpty();
    LocalDate day = LocalDate.now(JurorService.ZONE).minusDays(110);
    if (done
        || approval == null
        || jury.size() < 2
        || !approval.covers(approval.getCertificationVersion(), approval.getSite(), day)) {
      return 0;
    }
    Block ccp1 =
        em.createNamedQuery("Block.findByVersionAndCode", Block.class)
            .setParameter("version", approval.getCertificationVersion())
            .setParameter("code", "CCP1")
            .getSingleResult();
    ExamSession s =
        session(
            o,
            approval.getSite(),
            approval.getCertificationVersion(),
            ExamKind.CCP,
            Set.of(ccp1),
            day,
            SUMMER_SESSION,
            jury);
    java.util.Random random = new java.util.Random(2026);
    List<ExamCandidate> candidates = new java.util.ArrayList<>();
    Map<String, TrainingOrganisation> trained = new java.util.HashMap<>();
    for (String[] cohortAndRate :
        List.of(
            new String[] {"MN-CCP1-DEMO-ATN-1", "0.85"},
            new String[] {"MN-CCP1-DEMO-TLO-1", "0.5"})) {
      Cohort cohort =
          em.createQuery("SELECT c FROM Cohort c WHERE c.code = :code", Cohort.class)
              .setParameter("code", cohortAndRate[0])
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (cohort == null) {
        continue;
      }
      double rate = Double.parseDouble(cohortAndRate[1]);
      trained.put(cohortAndRate[0], cohort.getOrganisation());
      for (Enrolment e :
          em.createNamedQuery("Enrolment.findByCohort", Enrolment.class)
              .setParameter("cohort", cohort)
              .getResultList()) {
        if (e.getStatus() != EnrolmentStatus.ENROLLED) {
          continue;
        }
        ExamCandidate c =
            new ExamCandidate(
                s, e.getLearner(), CandidateSource.COHORT, cohort, ExamModality.ON_SITE, null);
        em.persist(c);
        boolean acquired = random.nextDouble() < rate;
        decide(
            c, ccp1, acquired, acquired ? null : "Diagnostic partagé des besoins non conduit.", s);
        candidates.add(c);
      }
    }
    // The demo CnFS: trained elsewhere, sat directly and holds CCP1; her plan leads to the title.
    User cnfs = user("conseiller");
    if (cnfs != null) {
      ExamCandidate c =
          new ExamCandidate(s, cnfs, CandidateSource.DIRECT, null, ExamModality.ON_SITE, null);
      em.persist(c);
      decide(c, ccp1, true, null, s);
      candidates.add(c);
    }
    // What the jurors told each organisation about its training, at deliberation.
    remark(
        s,
        trained.get("MN-CCP1-DEMO-ATN-1"),
        jury.get(0),
        "Candidat·es à l’aise pour accueillir et présenter la médiation numérique ; le diagnostic"
            + " partagé des besoins reste trop rapide : à travailler sur des situations réelles.");
    remark(
        s,
        trained.get("MN-CCP1-DEMO-TLO-1"),
        jury.get(1),
        "Pendant la mise en situation, plusieurs candidat·es font à la place de la personne :"
            + " insister sur la posture « faire avec » et sur la vérification de l’autonomie.");
    publish(s, jury, candidates);
    return 1;
  }

  private void remark(ExamSession s, TrainingOrganisation o, User juror, String text) {
    if (o != null) {
      fr.capacite.domain.jury.TrainingRemark r =
          new fr.capacite.domain.jury.TrainingRemark(s, o, juror);
      r.write(text, s.getDay().atTime(17, 30).atZone(JurorService.ZONE).toInstant());
      em.persist(r);
    }
  }

  /**
   * The two jurors' score sheets behind the summer session's decisions, so that the calibration
   * report (Cohen's κ) has a real session to show: they agree on most blocks, not on all (one
   * candidate in six, the second juror proposed otherwise and the jury decided). Added to an
   * existing demo too, once.
   */
  private int loadSummerSheets() {
    ExamSession s =
        em.createQuery("SELECT s FROM ExamSession s WHERE s.title = :t", ExamSession.class)
            .setParameter("t", SUMMER_SESSION)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (s == null
        || !em.createQuery("SELECT x.id FROM ScoreSheet x WHERE x.session = :s", Long.class)
            .setParameter("s", s)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      return 0;
    }
    List<User> jurors =
        em
            .createNamedQuery("JuryMember.findBySession", fr.capacite.domain.jury.JuryMember.class)
            .setParameter("session", s)
            .getResultList()
            .stream()
            .map(fr.capacite.domain.jury.JuryMember::getJuror)
            .sorted(java.util.Comparator.comparing(User::getUsername))
            .toList();
    if (jurors.size() < 2) {
      return 0;
    }
    java.util.Random random = new java.util.Random(7);
    Instant at = s.getDay().atTime(15, 0).atZone(JurorService.ZONE).toInstant();
    int n = 0;
    for (fr.capacite.domain.jury.BlockDecision d :
        em.createNamedQuery(
                "BlockDecision.findBySession", fr.capacite.domain.jury.BlockDecision.class)
            .setParameter("session", s)
            .getResultList()) {
      boolean disagree = n++ % 6 == 5;
      for (int i = 0; i < 2; i++) {
        boolean proposed = i == 1 && disagree ? !d.isAcquired() : d.isAcquired();
        fr.capacite.domain.jury.ScoreSheet sheet =
            new fr.capacite.domain.jury.ScoreSheet(d.getCandidate(), jurors.get(i));
        List<String> keys = new java.util.ArrayList<>();
        for (var item : ScoringService.grid(d.getBlock())) {
          // The shared diagnosis of needs is the candidates' weak point (as the jurors' remark
          // says): one of its criteria in three is scored "fragile" even for those who pass.
          boolean weak =
              proposed && item.competence().contains("diagnostic") && random.nextInt(3) == 0;
          sheet.score(d.getBlock(), item.key(), weak ? 2 : (proposed ? 3 : 1) + random.nextInt(2));
          keys.add(item.key());
        }
        sheet.propose(d.getBlock(), proposed, null);
        sheet.submit(keys, List.of(d.getBlock()), at.plusSeconds(60L * n + i));
        em.persist(sheet);
      }
    }
    return n;
  }

  private void decide(
      ExamCandidate c, Block block, boolean acquired, String reason, ExamSession s) {
    fr.capacite.domain.jury.BlockDecision d = new fr.capacite.domain.jury.BlockDecision(c, block);
    d.decide(
        acquired, reason, "jure", s.getDay().atTime(17, 0).atZone(JurorService.ZONE).toInstant());
    em.persist(d);
    em.persist(
        new fr.capacite.domain.jury.BlockResult(c.getLearner(), block, s, acquired, s.getDay()));
  }

  /** Deliberated, signed by each juror in the evening, published with verification codes. */
  private void publish(ExamSession s, List<User> jury, List<ExamCandidate> candidates) {
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.DELIBERATED);
    int minute = 0;
    java.time.Instant last = null;
    for (User j : jury) {
      last = s.getDay().atTime(18, minute += 5).atZone(JurorService.ZONE).toInstant();
      em.persist(new fr.capacite.domain.jury.PvSignature(s, j, last));
    }
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.SIGNED);
    em.flush();
    var content =
        PvRecords.fromJson(
            new PvRecords(em).seal(s, jury.get(jury.size() - 1).getUsername(), last).getContent());
    for (ExamCandidate c : candidates) {
      c.publish(content.candidate(c.getId()).verificationCode());
    }
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.PUBLISHED);
  }

  private boolean profile(User u) {
    return !em.createNamedQuery("JurorProfile.findByUser", JurorProfile.class)
        .setParameter("user", u)
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
