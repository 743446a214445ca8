package fr.capacite.domain.path;

import fr.capacite.domain.cohort.Programme;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A numbered version of a programme's routing rules (R11): they turn a positioning score profile
 * into one of the path lengths the programme allows. A new version never changes results already
 * given, which keep the version they were routed with.
 */
@Entity
@Table(name = "routing_rule_set")
@NamedQuery(
    name = "RoutingRuleSet.latest",
    query =
        "SELECT s FROM RoutingRuleSet s WHERE s.programme = :programme ORDER BY s.setVersion DESC")
public class RoutingRuleSet {

  /** A rule as entered: hours and optional thresholds (percent). */
  public record Draft(int hours, Integer minOverall, Integer minWeakest) implements Serializable {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @Column(name = "set_version", nullable = false)
  private int setVersion;

  @Column(name = "created_by", nullable = false, length = 80)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "set", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<RoutingRule> rules = new ArrayList<>();

  protected RoutingRuleSet() {}

  /**
   * A version of the rules. Every rule gives hours the programme allows, thresholds are 0–100, and
   * the last rule has none, so that every profile gets a path.
   */
  public RoutingRuleSet(
      Programme programme, int setVersion, List<Draft> drafts, String createdBy, Instant at) {
    problem(programme, drafts)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    this.programme = programme;
    this.setVersion = setVersion;
    this.createdBy = createdBy;
    this.createdAt = at;
    int i = 1;
    for (Draft d : drafts) {
      rules.add(new RoutingRule(this, i++, d.hours(), d.minOverall(), d.minWeakest()));
    }
  }

  /** What is wrong with the rules, as a message key, if anything. */
  public static java.util.Optional<String> problem(Programme programme, List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return java.util.Optional.of("path.routing.empty");
    }
    for (Draft d : drafts) {
      if (!programme.allows(d.hours())) {
        return java.util.Optional.of("path.routing.hoursNotAllowed");
      }
      if (out(d.minOverall()) || out(d.minWeakest())) {
        return java.util.Optional.of("path.routing.threshold");
      }
    }
    Draft last = drafts.get(drafts.size() - 1);
    if (last.minOverall() != null || last.minWeakest() != null) {
      return java.util.Optional.of("path.routing.noFallback");
    }
    return java.util.Optional.empty();
  }

  private static boolean out(Integer t) {
    return t != null && (t < 0 || t > 100);
  }

  /** The first rule the profile reaches (the last one always matches). */
  public RoutingRule route(ScoreProfile profile) {
    return rules.stream().filter(r -> r.matches(profile)).findFirst().orElseThrow();
  }

  public Long getId() {
    return id;
  }

  public Programme getProgramme() {
    return programme;
  }

  public int getSetVersion() {
    return setVersion;
  }

  public List<RoutingRule> getRules() {
    return List.copyOf(rules);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
