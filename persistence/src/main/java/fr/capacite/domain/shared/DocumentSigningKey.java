package fr.capacite.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The platform's key for signing the documents it issues (PAdES), with its certificate. Readable by
 * the application's database account only, like the credential issuer's keys.
 */
@Entity
@Table(name = "document_signing_key")
@NamedQuery(
    name = "DocumentSigningKey.findActive",
    query = "SELECT k FROM DocumentSigningKey k WHERE k.active = TRUE ORDER BY k.createdAt DESC")
public class DocumentSigningKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** PKCS#8, Base64. */
  @Column(name = "private_key", nullable = false, length = 4000, updatable = false)
  private String privateKey;

  /** X.509 DER, Base64. */
  @Column(nullable = false, length = 8000, updatable = false)
  private String certificate;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private boolean active;

  protected DocumentSigningKey() {}

  public DocumentSigningKey(String privateKey, String certificate, Instant createdAt) {
    this.privateKey = privateKey;
    this.certificate = certificate;
    this.createdAt = createdAt;
    this.active = true;
  }

  public String getPrivateKey() {
    return privateKey;
  }

  public String getCertificate() {
    return certificate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
