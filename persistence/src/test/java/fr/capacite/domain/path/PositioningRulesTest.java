package fr.capacite.domain.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R11 positioning: scoring per competence, routing rules per programme, final results. */
class PositioningRulesTest {

  private static final Programme P2021 =
      new Programme("CNFS-2021-2023", "2021–2023", Set.of(105, 280, 350, 420), 0);
  private static final Programme P2024 =
      new Programme("CNFS-2024", "2024", Set.of(70, 175, 315), 0);
  private static final Programme P2025 = new Programme("CNFS-2025", "2025", Set.of(175), 210);

  private final CertificationVersion mn =
      new Certification("TP", "Titre").addVersion("MN", "Médiateur numérique");
  private final Competence accueillir =
      mn.addBlock("CCP1", "A", BlockKind.CCP).addCompetence("Accueillir les personnes");

  private static RoutingRuleSet rules(Programme p, RoutingRuleSet.Draft... drafts) {
    return new RoutingRuleSet(p, 1, List.of(drafts), "admin", Instant.EPOCH);
  }

  private static RoutingRuleSet.Draft rule(int hours, Integer overall, Integer weakest) {
    return new RoutingRuleSet.Draft(hours, overall, weakest);
  }

  private static ScoreProfile profile(int overall, int weakest) {
    return new ScoreProfile(
        List.of(new ScoreProfile.CompetenceScore("pix:4.1", "4.1", weakest)), overall);
  }

  @Test
  void r11The2021ProgrammeRoutesTo105280350Or420Hours() {
    RoutingRuleSet set =
        rules(
            P2021,
            rule(105, 75, 50),
            rule(280, 50, null),
            rule(350, 25, null),
            rule(420, null, null));
    assertEquals(105, set.route(profile(80, 60)).getHours());
    assertEquals(
        280, set.route(profile(80, 40)).getHours(), "a weak competence lengthens the path");
    assertEquals(280, set.route(profile(50, 10)).getHours());
    assertEquals(350, set.route(profile(49, 49)).getHours());
    assertEquals(420, set.route(profile(0, 0)).getHours());
  }

  @Test
  void r11The2024And2025ProgrammesHaveTheirOwnLengths() {
    RoutingRuleSet y2024 =
        rules(P2024, rule(70, 70, 50), rule(175, 40, null), rule(315, null, null));
    assertEquals(70, y2024.route(profile(70, 50)).getHours());
    assertEquals(175, y2024.route(profile(69, 90)).getHours());
    assertEquals(315, y2024.route(profile(39, 90)).getHours());
    RoutingRuleSet y2025 = rules(P2025, rule(175, null, null));
    assertEquals(175, y2025.route(profile(100, 100)).getHours());
    assertEquals(175, y2025.route(profile(0, 0)).getHours());
  }

  @Test
  void rulesGiveOnlyAllowedLengthsAndAlwaysEndWithAFallback() {
    assertEquals(
        Optional.of("path.routing.hoursNotAllowed"),
        RoutingRuleSet.problem(P2024, List.of(rule(105, null, null))));
    assertEquals(
        Optional.of("path.routing.noFallback"),
        RoutingRuleSet.problem(P2024, List.of(rule(70, 50, null))));
    assertEquals(
        Optional.of("path.routing.threshold"),
        RoutingRuleSet.problem(P2024, List.of(rule(70, 150, null), rule(315, null, null))));
    assertEquals(Optional.of("path.routing.empty"), RoutingRuleSet.problem(P2024, List.of()));
    assertThrows(IllegalArgumentException.class, () -> rules(P2024, rule(70, 50, null)));
  }

  @Test
  void scoresArePerCompetenceAndNegativeAnswersNeverGoBelowZero() {
    PositioningQuestionnaire t = new PositioningQuestionnaire("Test", P2024, null, "admin");
    PixCompetence pix = pix("4.1");
    PositioningQuestion single =
        t.addQuestion(
            "Un SMS demande de payer une amende via un lien",
            QuestionKind.SINGLE,
            null,
            pix,
            List.of(
                option("Cliquer", 0),
                option("Aller sur le site officiel", 3),
                option("Répondre", 1)));
    PositioningQuestion multiple =
        t.addQuestion(
            "Missions de la médiation",
            QuestionKind.MULTIPLE,
            accueillir,
            null,
            List.of(option("Autonomie", 2), option("Faire à la place", -2), option("Orienter", 1)));
    assertEquals(3, single.maxPoints());
    assertEquals(3, multiple.maxPoints());
    List<PositioningOption> m = multiple.getOptions();
    assertEquals(0, multiple.score(List.of(m.get(1))), "never below zero");
    assertEquals(1, multiple.score(List.of(m.get(0), m.get(1), m.get(2))));
    assertEquals(0, single.score(single.getOptions()), "all options of a single choice: nothing");

    ScoreProfile p =
        PositioningScoring.profile(
            t.getQuestions(),
            Map.of(single, List.of(single.getOptions().get(1)), multiple, List.of(m.get(0))));
    assertEquals(83, p.overall());
    assertEquals(2, p.competences().size());
    assertEquals(100, p.competences().get(0).percent());
    assertEquals(67, p.weakest());
    assertEquals("CCP1 — Accueillir les personnes", p.weakestCompetence().label());
    assertEquals(0, PositioningScoring.profile(t.getQuestions(), Map.of()).overall());
  }

  @Test
  void questionsNeedOneCompetenceTwoOptionsAndPoints() {
    PositioningQuestionnaire t = new PositioningQuestionnaire("Test", P2024, null, "admin");
    var two = List.of(option("a", 1), option("b", 0));
    assertEquals(
        "path.positioning.oneCompetence",
        assertThrows(
                IllegalArgumentException.class,
                () -> t.addQuestion("Q", QuestionKind.SINGLE, accueillir, pix("4.1"), two))
            .getMessage());
    assertEquals(
        "path.positioning.optionCount",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    t.addQuestion(
                        "Q", QuestionKind.SINGLE, accueillir, null, List.of(option("a", 1))))
            .getMessage());
    assertEquals(
        "path.positioning.noPoints",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    t.addQuestion(
                        "Q",
                        QuestionKind.SINGLE,
                        accueillir,
                        null,
                        List.of(option("a", 0), option("b", 0))))
            .getMessage());
    assertEquals(
        "path.positioning.noQuestion",
        assertThrows(IllegalStateException.class, t::publish).getMessage());
    t.addQuestion("Q", QuestionKind.SINGLE, accueillir, null, two);
    t.publish();
    assertEquals(
        "path.positioning.frozen",
        assertThrows(
                IllegalStateException.class,
                () -> t.addQuestion("Q2", QuestionKind.SINGLE, accueillir, null, two))
            .getMessage());
  }

  @Test
  void aTestTakenBeforeApplyingBecomesTheEnrolmentsOnceAccepted() {
    TrainingOrganisation o = new TrainingOrganisation("OF", "82314567800012");
    Cohort c = new Cohort(o, P2024, mn, "C1");
    Cohort other = new Cohort(o, P2024, mn, "C2");
    User learner = new User("maya", "maya@example.org", "Maya", "h");
    User someoneElse = new User("yanis", "yanis@example.org", "Yanis", "h");
    PositioningQuestionnaire t = new PositioningQuestionnaire("Test", P2024, o, "admin");
    PositioningAttempt a = PositioningAttempt.beforeApplying(t, learner, c, Instant.EPOCH);
    assertEquals(c, a.getCohort());
    assertEquals(null, a.getEnrolment(), "nobody's place yet");
    assertThrows(
        IllegalArgumentException.class,
        () -> a.attachTo(new Enrolment(other, learner, 175, true, 0)),
        "another cohort");
    assertThrows(
        IllegalArgumentException.class,
        () -> a.attachTo(new Enrolment(c, someoneElse, 175, true, 0)),
        "another person");
    Enrolment e = new Enrolment(c, learner, 175, true, 0);
    a.attachTo(e);
    assertEquals(e, a.getEnrolment());
    assertThrows(IllegalStateException.class, () -> a.attachTo(e), "once");
    assertEquals(c, new PositioningAttempt(t, learner, e, Instant.EPOCH).getCohort());
  }

  @Test
  void r11AValidatedResultIsFinal() {
    TrainingOrganisation o = new TrainingOrganisation("OF", "82314567800012");
    Cohort c = new Cohort(o, P2024, mn, "C1");
    User learner = new User("maya", "maya@example.org", "Maya", "h");
    Enrolment e = new Enrolment(c, learner, 175, true, 0);
    PositioningQuestionnaire t = new PositioningQuestionnaire("Test", P2024, o, "admin");
    t.addQuestion(
        "Q", QuestionKind.SINGLE, accueillir, null, List.of(option("a", 1), option("b", 0)));
    t.publish();
    PositioningAttempt a = new PositioningAttempt(t, learner, e, Instant.EPOCH);
    a.submit(
        profile(80, 80),
        rules(P2024, rule(70, 70, 50), rule(315, null, null)),
        "[]",
        Instant.EPOCH);
    assertEquals(70, a.getHours());
    assertEquals(1, a.getRulePosition());
    assertThrows(IllegalStateException.class, () -> a.showQuestion(0), "answers are closed");
    e.position(a.getHours(), "Positionnement : 80 %", false);
    assertFalse(e.isPositioningFinal());
    a.validate("gestionnaire", Instant.EPOCH);
    e.position(a.getHours(), "Positionnement : 80 %", true);
    assertTrue(e.isPositioningFinal());
    assertEquals(70, e.getPathHours());
    assertEquals(
        "path.positioning.final",
        assertThrows(IllegalStateException.class, () -> e.position(315, "autre", false))
            .getMessage());
    assertThrows(IllegalStateException.class, () -> a.validate("x", Instant.EPOCH));
  }

  private static PositioningQuestion.OptionDraft option(String label, int points) {
    return new PositioningQuestion.OptionDraft(label, points);
  }

  private static PixCompetence pix(String code) {
    return new fr.capacite.domain.referential.PixDomain("4", "Protection et sécurité")
        .addCompetence(code, "Sécuriser l'environnement numérique");
  }
}
