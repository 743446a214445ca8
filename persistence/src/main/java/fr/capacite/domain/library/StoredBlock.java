package fr.capacite.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The columns of a content block as stored, shared by revisions' and proposals' blocks: written
 * once, never changed.
 */
@Embeddable
public class StoredBlock {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ContentKind kind;

  @Column(length = BlockContent.HEADING_MAX, updatable = false)
  private String heading;

  @Column(length = BlockContent.BODY_MAX, updatable = false)
  private String body;

  @Column(length = BlockContent.URL_MAX, updatable = false)
  private String url;

  @Column(name = "file_sha256", length = 64, updatable = false)
  private String fileSha256;

  @Column(name = "file_name", length = 255, updatable = false)
  private String fileName;

  @Column(name = "alt_text", length = 300, updatable = false)
  private String altText;

  protected StoredBlock() {}

  StoredBlock(BlockContent c) {
    this.kind = c.kind();
    this.heading = c.heading();
    this.body = c.body();
    this.url = c.url() == null ? null : c.url().strip();
    this.fileSha256 = c.fileSha256();
    this.fileName = c.fileName();
    this.altText = c.altText();
  }

  public BlockContent content() {
    return new BlockContent(kind, heading, body, url, fileSha256, fileName, altText);
  }

  public ContentKind getKind() {
    return kind;
  }
}
