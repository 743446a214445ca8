package fr.capacite.web.credential;

import fr.capacite.application.credential.CredentialCheck;
import fr.capacite.application.credential.CredentialService;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@code /credential.xhtml}: the public check of a credential, by its id (the QR code of its PDF)
 * or by the JSON document or JWT someone shows (pasted or uploaded).
 */
@Named
@RequestScoped // the page is public: nothing kept in a session (see the layout's f:view)
public class CredentialCheckBacking {

  /** A credential document is a few kilobytes; anything much larger is not one. */
  static final int MAX_BYTES = 64 * 1024;

  @EJB private CredentialService credentials;

  private String id;
  private String presented;
  private Part file;
  private CredentialCheck result;
  private String reason;

  /** f:viewAction: checks the credential named in the address, if any. */
  public void load() {
    if (id != null && !id.isBlank()) {
      result = credentials.check(id.strip());
    }
  }

  public void checkPresented() throws IOException {
    String text = presented;
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > MAX_BYTES) {
        result = credentials.checkDocument("");
        return;
      }
      try (var in = file.getInputStream()) {
        text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
      }
    }
    result = credentials.checkDocument(text == null ? "" : text);
  }

  /** Administrators revoke the credential shown, with a reason anyone checking it will read. */
  public void revoke() {
    // The form carries the credential's id: nothing of the page is kept between requests.
    result = credentials.check(id == null ? "" : id.strip());
    credentials.revoke(result.id(), reason);
    result = credentials.check(result.id());
    reason = null;
    fr.capacite.web.shared.Messages.info("credential.revoke.done");
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String day(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(FrenchTime.ZONE)
            .format(at);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPresented() {
    return presented;
  }

  public void setPresented(String presented) {
    this.presented = presented;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public CredentialCheck getResult() {
    return result;
  }
}
