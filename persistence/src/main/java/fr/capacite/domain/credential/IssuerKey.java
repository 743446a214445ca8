package fr.capacite.domain.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signing key of the platform as credential issuer, generated on first start and kept as JWKs.
 * Old keys stay (inactive) so that credentials they signed still verify.
 */
@Entity
@Table(name = "issuer_key")
@NamedQuery(
    name = "IssuerKey.findActive",
    query = "SELECT k FROM IssuerKey k WHERE k.active = TRUE ORDER BY k.createdAt DESC")
@NamedQuery(name = "IssuerKey.findByKid", query = "SELECT k FROM IssuerKey k WHERE k.kid = :kid")
@NamedQuery(name = "IssuerKey.findAll", query = "SELECT k FROM IssuerKey k ORDER BY k.createdAt")
public class IssuerKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String kid;

  @Column(nullable = false, length = 10)
  private String algorithm;

  @Column(name = "private_jwk", nullable = false, length = 2000)
  private String privateJwk;

  @Column(name = "public_jwk", nullable = false, length = 1000)
  private String publicJwk;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private boolean active;

  protected IssuerKey() {}

  public IssuerKey(
      String kid, String algorithm, String privateJwk, String publicJwk, Instant createdAt) {
    this.kid = kid;
    this.algorithm = algorithm;
    this.privateJwk = privateJwk;
    this.publicJwk = publicJwk;
    this.createdAt = createdAt;
    this.active = true;
  }

  public void retire() {
    this.active = false;
  }

  public String getKid() {
    return kid;
  }

  public String getAlgorithm() {
    return algorithm;
  }

  public String getPrivateJwk() {
    return privateJwk;
  }

  public String getPublicJwk() {
    return publicJwk;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isActive() {
    return active;
  }
}
