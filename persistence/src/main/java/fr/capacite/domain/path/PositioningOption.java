package fr.capacite.domain.path;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An answer option and the points it is worth (negative for a harmful answer). */
@Entity
@Table(name = "positioning_option")
public class PositioningOption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "question_id", nullable = false)
  private PositioningQuestion question;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(nullable = false, length = 500)
  private String label;

  @Column(nullable = false)
  private int points;

  protected PositioningOption() {}

  PositioningOption(PositioningQuestion question, int position, String label, int points) {
    this.question = question;
    this.position = position;
    this.label = label;
    this.points = points;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getLabel() {
    return label;
  }

  public int getPoints() {
    return points;
  }
}
