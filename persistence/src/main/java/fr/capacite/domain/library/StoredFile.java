package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file kept once by its SHA-256, whatever the revisions or resources using it; the bytes are on
 * disk in the file store. Images have a thumbnail, stored the same way.
 */
@Entity
@Table(name = "stored_file")
@NamedQuery(
    name = "StoredFile.findBySha",
    query = "SELECT f FROM StoredFile f WHERE f.sha256 = :sha")
public class StoredFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "thumbnail_sha", length = 64)
  private String thumbnailSha;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StoredFile() {}

  public StoredFile(String sha256, long size, String contentType, String thumbnailSha, Instant at) {
    this.sha256 = sha256;
    this.size = size;
    this.contentType = contentType;
    this.thumbnailSha = thumbnailSha;
    this.createdAt = at;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSize() {
    return size;
  }

  public String getContentType() {
    return contentType;
  }

  public String getThumbnailSha() {
    return thumbnailSha;
  }

  public boolean isImage() {
    return contentType.startsWith("image/");
  }
}
