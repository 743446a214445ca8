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

/**
 * One routing rule: a profile whose overall score and weakest competence reach the thresholds (a
 * missing threshold always holds) gets this many hours.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "set_id", nullable = false)
  private RoutingRuleSet set;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(nullable = false)
  private int hours;

  @Column(name = "min_overall")
  private Integer minOverall;

  @Column(name = "min_weakest")
  private Integer minWeakest;

  protected RoutingRule() {}

  RoutingRule(RoutingRuleSet set, int position, int hours, Integer minOverall, Integer minWeakest) {
    this.set = set;
    this.position = position;
    this.hours = hours;
    this.minOverall = minOverall;
    this.minWeakest = minWeakest;
  }

  public boolean matches(ScoreProfile p) {
    return (minOverall == null || p.overall() >= minOverall)
        && (minWeakest == null || p.weakest() >= minWeakest);
  }

  public boolean isUnconditional() {
    return minOverall == null && minWeakest == null;
  }

  public int getPosition() {
    return position;
  }

  public int getHours() {
    return hours;
  }

  public Integer getMinOverall() {
    return minOverall;
  }

  public Integer getMinWeakest() {
    return minWeakest;
  }

  public RoutingRuleSet getSet() {
    return set;
  }
}
