package fr.capacite.domain.library;

import fr.capacite.domain.identity.User;
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
import java.time.Instant;

/**
 * Who uploaded a stored file. Files are kept once by content, so this is what lets a block name a
 * file by its hash only when its author uploaded it (or can already read it in a resource): a hash
 * seen elsewhere gives no access to another person's private upload.
 */
@Entity
@Table(name = "file_upload")
@NamedQuery(
    name = "FileUpload.countByShaAndUser",
    query = "SELECT COUNT(u) FROM FileUpload u WHERE u.sha256 = :sha AND u.uploader = :user")
public class FileUpload {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String sha256;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "uploader_id")
  private User uploader;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected FileUpload() {}

  public FileUpload(String sha256, User uploader, Instant uploadedAt) {
    this.sha256 = sha256;
    this.uploader = uploader;
    this.uploadedAt = uploadedAt;
  }

  public String getSha256() {
    return sha256;
  }
}
