package fr.capacite.web.library;

import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ContentKind;
import java.io.Serializable;

/** One block in the editor's form. */
public class BlockRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private ContentKind kind;
  private String heading;
  private String body;
  private String url;
  private String fileSha256;
  private String fileName;
  private String altText;

  public BlockRow() {}

  public BlockRow(ContentKind kind) {
    this.kind = kind;
  }

  static BlockRow file(ContentKind kind, String sha256, String fileName) {
    BlockRow r = new BlockRow(kind);
    r.fileSha256 = sha256;
    r.fileName = fileName;
    return r;
  }

  static BlockRow of(BlockContent c) {
    BlockRow r = new BlockRow(c.kind());
    r.heading = c.heading();
    r.body = c.body();
    r.url = c.url();
    r.fileSha256 = c.fileSha256();
    r.fileName = c.fileName();
    r.altText = c.altText();
    return r;
  }

  BlockContent content() {
    return new BlockContent(kind, heading, body, url, fileSha256, fileName, altText);
  }

  public ContentKind getKind() {
    return kind;
  }

  public void setKind(ContentKind kind) {
    this.kind = kind;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public String getFileName() {
    return fileName;
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }
}
