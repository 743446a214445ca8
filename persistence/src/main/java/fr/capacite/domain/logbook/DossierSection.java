package fr.capacite.domain.logbook;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.referential.Competence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * One competence of a mediator's draft dossier professionnel (DP, R6): the accompaniments of their
 * logbook they chose as examples of it, and what they write about their practice there (the DP's
 * "exemple de pratique professionnelle"). Only their own entries that illustrate the competence can
 * be chosen, so the dossier says nothing the logbook does not.
 */
@Entity
@Table(name = "dossier_section")
@NamedQuery(
    name = "DossierSection.ofAuthor",
    query = "SELECT s FROM DossierSection s WHERE s.author.username = :author")
public class DossierSection {

  /** The reflective text, about two pages of a DP. */
  public static final int REFLECTION_MAX = 6000;

  /** Examples per competence: the DP asks for a few, well told. */
  public static final int MAX_EXAMPLES = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false)
  private User author;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "competence_id", nullable = false)
  private Competence competence;

  @Column(length = REFLECTION_MAX)
  private String reflection;

  @ManyToMany
  @JoinTable(
      name = "dossier_section_entry",
      joinColumns = @JoinColumn(name = "section_id"),
      inverseJoinColumns = @JoinColumn(name = "entry_id"))
  @org.eclipse.persistence.annotations.BatchFetch(
      org.eclipse.persistence.annotations.BatchFetchType.IN)
  private Set<PracticeEntry> examples = new HashSet<>();

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected DossierSection() {}

  public DossierSection(User author, Competence competence, Instant now) {
    this.author = author;
    this.competence = competence;
    this.updatedAt = now;
  }

  /**
   * Writes the section: a reflection of at most {@link #REFLECTION_MAX} characters (blank: none)
   * and at most {@link #MAX_EXAMPLES} of the author's entries, each illustrating the competence.
   */
  public void compose(String text, Collection<PracticeEntry> chosen, Instant now) {
    String t = text == null || text.isBlank() ? null : text.strip();
    if (t != null && t.length() > REFLECTION_MAX) {
      throw new IllegalArgumentException("dossier.reflectionTooLong");
    }
    Set<PracticeEntry> picked = chosen == null ? Set.of() : new HashSet<>(chosen);
    if (picked.size() > MAX_EXAMPLES) {
      throw new IllegalArgumentException("dossier.tooManyExamples");
    }
    for (PracticeEntry e : picked) {
      if (!e.getAuthor().getUsername().equals(author.getUsername())) {
        throw new IllegalArgumentException("dossier.notYourEntry");
      }
      if (!e.getCompetences().contains(competence)) {
        throw new IllegalArgumentException("dossier.entryNotForCompetence");
      }
    }
    this.reflection = t;
    this.examples.clear();
    this.examples.addAll(picked);
    this.updatedAt = now;
  }

  /** Written: a reflection and at least one example (what the DP asks of each competence). */
  public boolean complete() {
    return reflection != null && !examples.isEmpty();
  }

  public Long getId() {
    return id;
  }

  public User getAuthor() {
    return author;
  }

  public Competence getCompetence() {
    return competence;
  }

  public String getReflection() {
    return reflection;
  }

  public Set<PracticeEntry> getExamples() {
    return examples;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
