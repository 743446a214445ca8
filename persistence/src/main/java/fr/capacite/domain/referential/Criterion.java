package fr.capacite.domain.referential;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An evaluation criterion (critère d'évaluation) of a competence; jurors score against it. */
@Entity
@Table(name = "criterion")
@NamedQuery(
    name = "Criterion.findByCompetences",
    query = "SELECT c FROM Criterion c WHERE c.competence IN :competences ORDER BY c.sortOrder")
public class Criterion {

  public static final int DESCRIPTION_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "competence_id", nullable = false)
  private Competence competence;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @NotBlank
  @Size(max = DESCRIPTION_MAX)
  @Column(nullable = false, length = DESCRIPTION_MAX)
  private String description;

  @Version private long version;

  protected Criterion() {}

  Criterion(Competence competence, String description, int order) {
    this.competence = competence;
    this.description = description;
    this.sortOrder = order;
  }

  public Long getId() {
    return id;
  }

  public Competence getCompetence() {
    return competence;
  }

  public int getOrder() {
    return sortOrder;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public long getVersion() {
    return version;
  }
}
