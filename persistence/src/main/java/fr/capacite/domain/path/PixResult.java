package fr.capacite.domain.path;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.referential.PixCompetence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A Pix level (0–8) reached on a competence on a day, imported from a Pix export. */
@Entity
@Table(name = "pix_result")
@NamedQuery(
    name = "PixResult.findByLearner",
    query =
        "SELECT r FROM PixResult r JOIN FETCH r.competence WHERE r.learner = :learner"
            + " ORDER BY r.assessedOn")
@NamedQuery(
    name = "PixResult.find",
    query =
        "SELECT r FROM PixResult r WHERE r.learner = :learner AND r.competence = :competence"
            + " AND r.assessedOn = :day")
public class PixResult {

  /** Pix levels run from 0 (not assessed) to 8 (Expert). */
  public static final int MAX_LEVEL = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pix_competence_id", nullable = false)
  private PixCompetence competence;

  @Column(name = "pix_level", nullable = false)
  private int level;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Column(name = "imported_by", nullable = false, length = 80)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  protected PixResult() {}

  public PixResult(
      User learner,
      PixCompetence competence,
      int level,
      LocalDate assessedOn,
      String importedBy,
      Instant importedAt) {
    this.learner = learner;
    this.competence = competence;
    this.assessedOn = assessedOn;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
    relevel(level);
  }

  /** A re-import of the same day corrects the level. */
  public final void relevel(int newLevel) {
    if (newLevel < 0 || newLevel > MAX_LEVEL) {
      throw new IllegalArgumentException("Pix levels run from 0 to 8");
    }
    this.level = newLevel;
  }

  /** Pix band names: Novice 1–2, Indépendant 3–4, Avancé 5–6, Expert 7–8. */
  public static String band(int level) {
    if (level <= 0) {
      return "NONE";
    }
    if (level <= 2) {
      return "NOVICE";
    }
    if (level <= 4) {
      return "INDEPENDENT";
    }
    return level <= 6 ? "ADVANCED" : "EXPERT";
  }

  public Long getId() {
    return id;
  }

  public User getLearner() {
    return learner;
  }

  public PixCompetence getCompetence() {
    return competence;
  }

  public int getLevel() {
    return level;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }
}
