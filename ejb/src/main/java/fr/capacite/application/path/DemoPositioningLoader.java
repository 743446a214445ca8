package fr.capacite.application.path;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.path.PositioningQuestion;
import fr.capacite.domain.path.PositioningQuestionnaire;
import fr.capacite.domain.path.QuestionKind;
import fr.capacite.domain.path.RoutingRuleSet;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Demo positioning: routing rules of the three CnFS programmes, a published national test for the
 * 2024 programme, and a January cohort where the demo learner « apprenant » is to take it.
 * Idempotent.
 */
@Stateless
@PermitAll
public class DemoPositioningLoader {

  static final String RESOURCE = "fr/capacite/path/demo-positioning.json";
  static final String JANUARY = "MN-CCP1-2027-01";

  public record File(List<Rules> rules, TestData test) {}

  public record Rules(String programme, List<List<Integer>> rules) {}

  /**
   * The demo test, for its programme and the others it is also published for (the 2025 programme's
   * offers in the catalogue let people take it before applying).
   */
  public record TestData(
      String title,
      String programme,
      List<String> alsoFor,
      String instructions,
      List<QuestionData> questions) {}

  public record QuestionData(
      String prompt, String kind, Integer competence, String pix, List<List<Object>> options) {}

  @PersistenceContext private EntityManager em;

  public int loadMissing() {
    if (!em.createQuery("SELECT s.id FROM RoutingRuleSet s", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return 0;
    }
    File f = read();
    for (Rules r : f.rules()) {
      Programme p = programme(r.programme());
      List<RoutingRuleSet.Draft> drafts = new ArrayList<>();
      for (List<Integer> rule : r.rules()) {
        drafts.add(new RoutingRuleSet.Draft(rule.get(0), rule.get(1), rule.get(2)));
      }
      em.persist(new RoutingRuleSet(p, 1, drafts, "demo", Instant.now()));
    }
    CertificationVersion mn =
        em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
            .setParameter("code", "MN-2025")
            .getSingleResult();
    Block ccp1 =
        em.createNamedQuery("Block.findByVersionAndCode", Block.class)
            .setParameter("version", mn)
            .setParameter("code", "CCP1")
            .getSingleResult();
    TestData d = f.test();
    List<String> programmes = new ArrayList<>();
    programmes.add(d.programme());
    if (d.alsoFor() != null) {
      programmes.addAll(d.alsoFor());
    }
    for (String code : programmes) {
      // The copies say their programme: two tests of one title would read alike in the lists.
      String title = code.equals(d.programme()) ? d.title() : d.title() + " (" + code + ")";
      em.persist(test(d, title, programme(code), ccp1));
    }
    januaryCohort(mn, ccp1);
    return 1 + f.rules().size();
  }

  private PositioningQuestionnaire test(TestData d, String title, Programme p, Block ccp1) {
    PositioningQuestionnaire t = new PositioningQuestionnaire(title, p, null, "demo");
    t.describe(title, d.instructions());
    for (QuestionData q : d.questions()) {
      Competence competence =
          q.competence() == null ? null : ccp1.getCompetences().get(q.competence() - 1);
      PixCompetence pix =
          q.pix() == null
              ? null
              : em.createNamedQuery("PixCompetence.findByCode", PixCompetence.class)
                  .setParameter("code", q.pix())
                  .getSingleResult();
      List<PositioningQuestion.OptionDraft> options = new ArrayList<>();
      for (List<Object> o : q.options()) {
        options.add(
            new PositioningQuestion.OptionDraft((String) o.get(0), ((Number) o.get(1)).intValue()));
      }
      t.addQuestion(q.prompt(), QuestionKind.valueOf(q.kind()), competence, pix, options);
    }
    t.publish();
    return t;
  }

  /** A cohort starting in about six weeks, where the demo learner waits for her positioning. */
  private void januaryCohort(CertificationVersion mn, Block ccp1) {
    TrainingOrganisation o =
        em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
            .setParameter("siret", "82314567800012")
            .getResultStream()
            .findFirst()
            .orElse(null);
    User learner =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", "apprenant")
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (o == null || learner == null) {
      return;
    }
    Site site =
        em.createNamedQuery("Site.findByOrganisation", Site.class)
            .setParameter("organisation", o)
            .getResultStream()
            .findFirst()
            .orElse(null);
    LocalDate start = LocalDate.now(CatalogueService.ZONE).plusDays(42).with(DayOfWeek.MONDAY);
    Cohort c = new Cohort(o, programme("CNFS-2024"), mn, JANUARY);
    c.plan(
        "Médiateur numérique — CCP1, promotion de janvier",
        start,
        start.plusWeeks(20),
        12,
        Modality.HYBRID,
        site);
    c.target(Set.of(ccp1));
    c.rhythm(
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
        EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
    c.assignTrainers(
        Set.copyOf(o.getMembers().stream().filter(u -> u.hasRole(Role.TRAINER)).toList()));
    em.persist(c);
    Enrolment e = new Enrolment(c, learner, 315, true, 0);
    e.accept(java.time.Instant.now());
    e.recordPositioning("Parcours complet en attendant le test de positionnement.", null);
    em.persist(e);
  }

  private Programme programme(String code) {
    return em.createNamedQuery("Programme.findByCode", Programme.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private File read() {
    try (InputStream in =
            DemoPositioningLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        var jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, File.class);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable " + RESOURCE, e);
    }
  }
}
