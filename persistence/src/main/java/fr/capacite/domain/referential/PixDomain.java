package fr.capacite.domain.referential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One of the five domains of the Pix framework (second referential, levels 1–8). */
@Entity
@Table(name = "pix_domain")
@NamedQuery(name = "PixDomain.findByCode", query = "SELECT d FROM PixDomain d WHERE d.code = :code")
@NamedQuery(
    name = "PixDomain.findAllWithCompetences",
    query = "SELECT DISTINCT d FROM PixDomain d LEFT JOIN FETCH d.competences ORDER BY d.code")
public class PixDomain {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 4)
  private String code;

  @Column(nullable = false, length = 200)
  private String title;

  @OneToMany(mappedBy = "domain")
  @OrderBy("code")
  private List<PixCompetence> competences = new ArrayList<>();

  protected PixDomain() {}

  public PixDomain(String code, String title) {
    this.code = code;
    this.title = title;
  }

  public PixCompetence addCompetence(String competenceCode, String competenceTitle) {
    PixCompetence c = new PixCompetence(this, competenceCode, competenceTitle);
    competences.add(c);
    return c;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public List<PixCompetence> getCompetences() {
    return competences;
  }
}
