package fr.capacite.application.path;

import fr.capacite.domain.cohort.AttendanceSheet;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.cohort.TrainingSession;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.path.LearningPlan;
import fr.capacite.domain.path.ModuleCompletion;
import fr.capacite.domain.path.ModuleKind;
import fr.capacite.domain.path.PathKind;
import fr.capacite.domain.path.PathTemplate;
import fr.capacite.domain.path.PixResult;
import fr.capacite.domain.path.TrainingModule;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.PixCompetence;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo continuing education: the catalogue and path templates of {@code demo-catalogue.json}, who
 * delivers what, a CCP2+CCP3 cohort to come, a 7-hour cybersecurity module running today, and the
 * demo CnFS (holding CCP1 from the summer session) with Pix levels and a plan towards the full
 * title. Idempotent.
 */
@Stateless
@PermitAll
public class DemoPathLoader {

  static final String RESOURCE = "fr/capacite/path/demo-catalogue.json";
  static final String CCP23_COHORT = "MN-CCP23-2027";
  static final String CYBER_COHORT = "FC-CYBER-DEMO";
  static final String CONTINUING_PROGRAMME = "FORMATION-CONTINUE";
  private static final String ATELIERS = "82314567800012";

  /** The demo catalogue file. */
  public record CatalogueFile(List<ModuleData> modules, List<TemplateData> templates) {}

  public record ModuleData(
      String code,
      String title,
      String kind,
      int hours,
      String block,
      List<String> prerequisites,
      List<String> pix,
      boolean allCompetences,
      String description) {}

  public record TemplateData(
      String code,
      String title,
      String kind,
      String version,
      String objective,
      int firstYear,
      int yearly,
      List<List<Object>> steps) {}

  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private jakarta.enterprise.event.Event<ModuleCompleted> completed;

  @jakarta.inject.Inject
  private jakarta.enterprise.event.Event<fr.capacite.application.jury.ResultsPublished> published;

  public int loadMissing() {
    if (!em.createQuery("SELECT m.id FROM TrainingModule m", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return 0;
    }
    CatalogueFile file = read();
    for (ModuleData d : file.modules()) {
      em.persist(module(d));
    }
    em.flush();
    for (TemplateData d : file.templates()) {
      em.persist(template(d));
    }
    TrainingOrganisation ateliers = organisation(ATELIERS);
    if (ateliers != null) {
      deliveries(ateliers);
    }
    cnfs();
    return file.modules().size() + file.templates().size();
  }

  private TrainingModule module(ModuleData d) {
    ModuleKind kind = ModuleKind.valueOf(d.kind());
    Block block = d.block() == null ? null : block(d.block());
    TrainingModule m = new TrainingModule(d.code(), d.title(), kind, d.hours(), block);
    m.describe(d.title(), d.description(), kind, d.hours(), block);
    Set<Block> prerequisites = new HashSet<>();
    d.prerequisites().forEach(p -> prerequisites.add(block(p)));
    m.require(prerequisites);
    Set<PixCompetence> pix = new HashSet<>();
    for (String code : d.pix()) {
      pix.add(
          em.createNamedQuery("PixCompetence.findByCode", PixCompetence.class)
              .setParameter("code", code)
              .getSingleResult());
    }
    m.address(
        d.allCompetences() && block != null ? Set.copyOf(block.getCompetences()) : Set.of(), pix);
    return m;
  }

  private PathTemplate template(TemplateData d) {
    PathTemplate t = new PathTemplate(d.code(), d.title(), PathKind.valueOf(d.kind()));
    t.describe(d.title(), d.objective(), d.version() == null ? null : version(d.version()));
    t.allowance(d.firstYear(), d.yearly());
    for (List<Object> step : d.steps()) {
      t.addStep(module((String) step.get(0)), ((Number) step.get(1)).intValue());
    }
    return t;
  }

  /**
   * Les Ateliers du Numérique offer every module; their CCP1 cohorts deliver MN-CCP1, a cohort in
   * the new year delivers CCP2 and CCP3, and a short cohort delivers the cybersecurity module.
   */
  private void deliveries(TrainingOrganisation o) {
    List<Cohort> ccp1 =
        em.createQuery(
                "SELECT c FROM Cohort c JOIN c.blocks b WHERE c.organisation = :o AND b.code = 'CCP1'"
                    + " AND b.certificationVersion.code = 'MN-2025'",
                Cohort.class)
            .setParameter("o", o)
            .getResultList();
    Cohort ccp23 = ccp23Cohort(o);
    Cohort cyber = cyberCohort(o);
    for (TrainingModule m :
        em.createQuery("SELECT m FROM TrainingModule m", TrainingModule.class).getResultList()) {
      Set<Cohort> cohorts =
          switch (m.getCode()) {
            case "MN-CCP1" -> Set.copyOf(ccp1);
            case "MN-CCP2", "MN-CCP3" -> ccp23 == null ? Set.of() : Set.of(ccp23);
            case "CYBER" -> cyber == null ? Set.of() : Set.of(cyber);
            default -> Set.of();
          };
      m.deliveredBy(Set.of(o), cohorts);
    }
  }

  private Cohort ccp23Cohort(TrainingOrganisation o) {
    Programme p = programme("CNFS-2025");
    CertificationVersion v = version("MN-2025");
    if (p == null) {
      return null;
    }
    LocalDate start = LocalDate.now(CatalogueService.ZONE).plusDays(45).with(DayOfWeek.MONDAY);
    Cohort c = new Cohort(o, p, v, CCP23_COHORT);
    c.plan(
        "Médiateur numérique — CCP2 et CCP3",
        start,
        start.plusWeeks(22),
        12,
        Modality.HYBRID,
        site(o));
    c.target(Set.of(block("MN-2025/CCP2"), block("MN-2025/CCP3")));
    c.rhythm(
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
        EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
    c.assignTrainers(trainers(o));
    em.persist(c);
    return c;
  }

  /**
   * A 7-hour module in two half-days: last week's is certified (the CnFS attended), today's is for
   * the trainer to certify, which completes the module.
   */
  private Cohort cyberCohort(TrainingOrganisation o) {
    Programme p = continuingProgramme();
    LocalDate today = LocalDate.now(CatalogueService.ZONE);
    Cohort c = new Cohort(o, p, version("MN-2025"), CYBER_COHORT);
    c.plan(
        "Module thématique — Cybersécurité au quotidien",
        today.minusDays(7),
        today,
        10,
        Modality.ON_SITE,
        site(o));
    Set<User> trainers = trainers(o);
    c.assignTrainers(trainers);
    em.persist(c);
    User trainer = trainers.stream().findFirst().orElse(null);
    User cnfs = user("conseiller");
    if (cnfs != null) {
      Enrolment place = new Enrolment(c, cnfs, 7, true, 0);
      place.accept(java.time.Instant.now());
      em.persist(place);
    }
    TrainingSession first = session(c, today.minusDays(7), trainer);
    session(c, today, trainer);
    if (cnfs != null && trainer != null) {
      AttendanceSheet sheet = new AttendanceSheet(first);
      Instant at = today.minusDays(7).atTime(14, 5).atZone(CatalogueService.ZONE).toInstant();
      sheet.sign(cnfs, at);
      sheet.certify(List.of(cnfs), Map.of(), trainer.getUsername(), at.plusSeconds(4 * 3600));
      em.persist(sheet);
    }
    return c;
  }

  private TrainingSession session(Cohort c, LocalDate day, User trainer) {
    TrainingSession s = new TrainingSession(c);
    boolean today = day.equals(LocalDate.now(CatalogueService.ZONE));
    if (today) {
      // Today's half-day is under way when the demo is loaded, so that the tour can sign it
      // (signing is open during the session) and the trainer certify it (once it has started).
      // Always the half-day's 3 h 30, which the module's hours count on.
      LocalTime now = LocalTime.now(CatalogueService.ZONE).withSecond(0).withNano(0);
      LocalTime start = now.isBefore(LocalTime.of(1, 0)) ? LocalTime.MIDNIGHT : now.minusHours(1);
      if (start.isAfter(LocalTime.of(20, 15))) {
        start = LocalTime.of(20, 15);
      }
      start = start.withMinute(start.getMinute() / 15 * 15);
      s.schedule(day, start, start.plusMinutes(210));
    } else {
      // An afternoon: the ongoing CCP1 cohort has its trainer on Monday and Thursday mornings,
      // and last week's day is one of them whenever the demo is loaded on a Monday or Thursday.
      s.schedule(day, LocalTime.of(14, 0), LocalTime.of(17, 30));
    }
    s.describe(
        "Cybersécurité : mots de passe, hameçonnage, mises à jour",
        Modality.ON_SITE,
        site(c.getOrganisation()),
        "Salle 2",
        // Today's half-day is led by a guest speaker (intervenant·e): the organisation's one demo
        // trainer teaches the ongoing CCP1 cohort today, and a trainer is never booked twice. She
        // still certifies the sheet as the cohort's trainer.
        today ? null : trainer);
    em.persist(s);
    return s;
  }

  /** The demo CnFS: Pix levels, the cybersecurity module's first half, a plan to the title. */
  private void cnfs() {
    User cnfs = user("conseiller");
    if (cnfs == null) {
      return;
    }
    LocalDate assessed = LocalDate.now(CatalogueService.ZONE).minusMonths(8).withDayOfMonth(10);
    Instant now = Instant.now();
    for (Object[] level :
        new Object[][] {
          {"1.1", 4}, {"2.1", 4}, {"2.4", 3}, {"3.1", 3}, {"4.1", 2}, {"4.2", 3}, {"5.1", 4}
        }) {
      em.persist(
          new PixResult(
              cnfs,
              em.createNamedQuery("PixCompetence.findByCode", PixCompetence.class)
                  .setParameter("code", (String) level[0])
                  .getSingleResult(),
              (Integer) level[1],
              assessed,
              "demo",
              now));
    }
    TrainingModule posture = module("POSTURE");
    ModuleCompletion done =
        new ModuleCompletion(
            cnfs, posture, null, assessed.plusMonths(2), posture.getHours(), "demo", now);
    em.persist(done);
    em.flush();
    // Her credentials, as publication and completion issue them.
    completed.fire(new ModuleCompleted(done.getId()));
    em.createQuery("SELECT s.id FROM ExamSession s WHERE s.title = :t", Long.class)
        .setParameter("t", fr.capacite.application.jury.DemoJuryLoader.SUMMER_SESSION)
        .getResultStream()
        .findFirst()
        .ifPresent(id -> published.fire(new fr.capacite.application.jury.ResultsPublished(id)));
    PathTemplate full =
        em.createNamedQuery("PathTemplate.findByCode", PathTemplate.class)
            .setParameter("code", "TITRE-COMPLET")
            .getSingleResult();
    em.persist(
        new LearningPlan(cnfs, full, LocalDate.now(CatalogueService.ZONE).minusMonths(2), now));
  }

  private Programme continuingProgramme() {
    Programme p = programme(CONTINUING_PROGRAMME);
    if (p == null) {
      p =
          new Programme(
              CONTINUING_PROGRAMME,
              "Formation continue des médiateurs numériques (modules thématiques)",
              Set.of(ModuleKind.THEMATIC_MIN_HOURS, ModuleKind.THEMATIC_MAX_HOURS),
              0);
      em.persist(p);
    }
    return p;
  }

  private Set<User> trainers(TrainingOrganisation o) {
    return Set.copyOf(o.getMembers().stream().filter(u -> u.hasRole(Role.TRAINER)).toList());
  }

  private CatalogueFile read() {
    try (InputStream in = DemoPathLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        var jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, CatalogueFile.class);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable " + RESOURCE, e);
    }
  }

  private TrainingModule module(String code) {
    return em.createNamedQuery("TrainingModule.findByCode", TrainingModule.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  /** A block by "VERSION/CODE". */
  private Block block(String ref) {
    String[] parts = ref.split("/");
    return em.createNamedQuery("Block.findByVersionAndCode", Block.class)
        .setParameter("version", version(parts[0]))
        .setParameter("code", parts[1])
        .getSingleResult();
  }

  private CertificationVersion version(String code) {
    return em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private Programme programme(String code) {
    return em.createNamedQuery("Programme.findByCode", Programme.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private TrainingOrganisation organisation(String siret) {
    return em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
        .setParameter("siret", siret)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Site site(TrainingOrganisation o) {
    return em.createNamedQuery("Site.findByOrganisation", Site.class)
        .setParameter("organisation", o)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private User user(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
