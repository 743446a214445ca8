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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A professional title (titre professionnel), the lineage that its versions belong to. */
@Entity
@Table(name = "certification")
@NamedQuery(
    name = "Certification.findByCode",
    query = "SELECT c FROM Certification c WHERE c.code = :code")
@NamedQuery(
    name = "Certification.findAll",
    query = "SELECT c FROM Certification c ORDER BY c.title")
@NamedQuery(name = "Certification.countAll", query = "SELECT COUNT(c) FROM Certification c")
public class Certification {

  public static final int CODE_MAX = 40;
  public static final int TITLE_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = CODE_MAX)
  @Column(nullable = false, unique = true, length = CODE_MAX)
  private String code;

  @NotBlank
  @Size(max = TITLE_MAX)
  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @OneToMany(mappedBy = "certification")
  @OrderBy("validFrom")
  private List<CertificationVersion> versions = new ArrayList<>();

  @Version private long version;

  protected Certification() {}

  public Certification(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** Adds a new version of this title; the caller persists it. */
  public CertificationVersion addVersion(String versionCode, String versionTitle) {
    CertificationVersion v = new CertificationVersion(this, versionCode, versionTitle);
    versions.add(v);
    return v;
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

  public void setTitle(String title) {
    this.title = title;
  }

  public List<CertificationVersion> getVersions() {
    return versions;
  }
}
