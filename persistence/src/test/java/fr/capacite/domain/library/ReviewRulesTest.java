package fr.capacite.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rubric's aggregation, the review's lifecycle, re-review and the label it gives. */
class ReviewRulesTest {

  private final User ana = new User("ana", "ana@example.org", "Ana", "h");
  private final User cleo = new User("cleo", "cleo@example.org", "Cléo", "h");

  private static Map<ReviewCriterion, Integer> scores(int... values) {
    Map<ReviewCriterion, Integer> m = new EnumMap<>(ReviewCriterion.class);
    for (int i = 0; i < values.length; i++) {
      m.put(ReviewCriterion.values()[i], values[i]);
    }
    return m;
  }

  private static List<CriterionScore> lines(int... values) {
    List<CriterionScore> out = new ArrayList<>();
    scores(values).forEach((c, s) -> out.add(new CriterionScore(c, s, null)));
    return out;
  }

  private void revise(LearningResource r, int basedOn, String title) {
    r.revise(
        basedOn,
        ana,
        Instant.EPOCH,
        "",
        new ResourceMetadata(
            title,
            "Résumé",
            Set.of(Theme.CYBER),
            ResourceType.METHODOLOGIE,
            Set.of(Audience.SENIORS),
            Set.of(ResourceFormat.ATELIER_COLLECTIF),
            30,
            ResourceLevel.DEBUTANT,
            null),
        List.of(BlockContent.text("Texte")),
        Set.of(),
        Set.of(),
        null,
        null);
  }

  private LearningResource submitted() {
    LearningResource r = new LearningResource("x", ana, Instant.EPOCH);
    revise(r, 0, "Titre");
    r.moveTo(ResourceState.SUBMITTED);
    return r;
  }

  @Test
  void rubricPassesWhenAllScoredNoneZeroAndAverageAtLeastTwo() {
    assertTrue(new Rubric(scores(2, 2, 2, 2, 2, 2)).passes(), "meets expectations everywhere");
    assertTrue(new Rubric(scores(3, 3, 1, 3, 2, 2)).passes(), "a weak point balanced by strengths");
    assertFalse(new Rubric(scores(3, 3, 3, 0, 3, 3)).passes(), "a 0 blocks (no licence)");
    assertFalse(new Rubric(scores(2, 2, 2, 1, 2, 2)).passes(), "average 1.83 is below 2");
    assertFalse(new Rubric(scores(3, 3, 3, 3, 3)).passes(), "a criterion left unscored");
    assertEquals(11 / 6.0, new Rubric(scores(2, 2, 2, 1, 2, 2)).average(), 1e-9);
    assertNull(new Rubric(Map.of()).average());
  }

  @Test
  void scoresOutsideZeroToThreeAreRefused() {
    assertEquals("library.review.scoreRange", new Rubric(scores(4, 2, 2, 2, 2, 2)).problem().get());
    assertEquals("library.review.scoreRange", new Rubric(scores(-1)).problem().get());
    ResourceReview v = new ResourceReview(submitted(), 1, cleo, Instant.EPOCH);
    assertThrows(IllegalArgumentException.class, () -> v.score(lines(2, 2, 2, 2, 2, 9), null));
    assertTrue(v.getScores().isEmpty(), "nothing kept from a refused scoring");
  }

  @Test
  void aLabelNeedsAPassingRubricAndAClosedReviewIsFrozen() {
    ResourceReview v = new ResourceReview(submitted(), 1, cleo, Instant.EPOCH);
    v.score(lines(1, 1, 1, 1, 1, 1), "Trop léger");
    assertThrows(
        IllegalArgumentException.class, () -> v.complete(ReviewStatus.LABELLED, Instant.EPOCH));
    v.complete(ReviewStatus.CHANGES_REQUESTED, Instant.EPOCH);
    assertEquals(ReviewStatus.CHANGES_REQUESTED, v.getStatus());
    assertThrows(IllegalStateException.class, () -> v.score(lines(3, 3, 3, 3, 3, 3), null));
    assertThrows(
        IllegalStateException.class, () -> v.complete(ReviewStatus.LABELLED, Instant.EPOCH));
  }

  @Test
  void aPassedReviewWaitsForConsentThenLabels() {
    ResourceReview v = new ResourceReview(submitted(), 1, cleo, Instant.EPOCH);
    v.score(lines(3, 3, 2, 3, 2, 2), null);
    v.complete(ReviewStatus.AWAITING_CONSENT, Instant.EPOCH);
    v.consented();
    assertEquals(ReviewStatus.LABELLED, v.getStatus());
  }

  @Test
  void reReviewAndChangesRequestedWithdrawTheLabelButKeepTheStableText() {
    LearningResource r = submitted();
    r.beginReview();
    r.label(1, LocalDate.of(2026, 1, 10));
    assertTrue(r.labelled(LocalDate.of(2026, 6, 1)));
    assertEquals(LocalDate.of(2027, 1, 10), r.getLabelUntil(), "12 months");
    assertFalse(r.labelled(LocalDate.of(2027, 1, 11)), "expired the day after");
    r.beginReview();
    assertEquals(ResourceState.IN_REVIEW, r.getState(), "a labelled resource is reviewed again");
    r.requestChanges();
    assertEquals(ResourceState.CHANGES_REQUESTED, r.getState());
    assertNull(r.getLabelUntil());
    assertEquals(1, r.getStableRevision(), "readers keep the reviewed text");
    assertThrows(IllegalStateException.class, r::beginReview, "resubmitted first");
  }

  @Test
  void aDraftNeverReviewedCannotBeTakenInReview() {
    LearningResource r = new LearningResource("y", ana, Instant.EPOCH);
    assertThrows(IllegalStateException.class, r::beginReview);
  }

  @Test
  void editsDuringTheReviewWaitAsADraftAfterTheLabel() {
    LearningResource r = submitted();
    r.beginReview();
    revise(r, 1, "Titre 2");
    r.label(1, LocalDate.of(2026, 1, 10));
    assertEquals(1, r.getStableRevision());
    assertEquals(ResourceState.DRAFT, r.getState());
    assertTrue(r.hasPendingChanges());
  }
}
