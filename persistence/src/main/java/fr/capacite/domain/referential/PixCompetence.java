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

/** A Pix competence such as "4.1 Sécuriser l'environnement numérique". */
@Entity
@Table(name = "pix_competence")
@NamedQuery(
    name = "PixCompetence.findByCode",
    query = "SELECT c FROM PixCompetence c WHERE c.code = :code")
public class PixCompetence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "domain_id", nullable = false)
  private PixDomain domain;

  @Column(nullable = false, unique = true, length = 8)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  protected PixCompetence() {}

  PixCompetence(PixDomain domain, String code, String title) {
    this.domain = domain;
    this.code = code;
    this.title = title;
  }

  public Long getId() {
    return id;
  }

  public PixDomain getDomain() {
    return domain;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }
}
