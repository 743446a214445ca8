package fr.capacite.web.library;

import fr.capacite.application.library.ResourceExport;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /library/import.xhtml}: a resource exported elsewhere comes in with its history. The file
 * is read first (its revisions are shown), then imported on confirmation.
 */
@Named
@ViewScoped
public class ResourceImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_BYTES = 5 * 1024 * 1024;

  @EJB private ResourceExport export;

  private ResourceExport.Document document;

  /** PrimeFaces upload listener: reads the export, or says why it cannot. */
  public void uploaded(FileUploadEvent event) throws IOException {
    document = null;
    var file = event.getFile();
    if (file.getSize() > MAX_BYTES) {
      Messages.error("library.import.tooLarge", MAX_BYTES / (1024 * 1024));
      return;
    }
    try (InputStream in = file.getInputStream();
        var jsonb = JsonbBuilder.create()) {
      document =
          jsonb.fromJson(
              new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8),
              ResourceExport.Document.class);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      // Yasson reports syntax errors with several exception types: all mean an unreadable file.
      Messages.error("library.import.badJson");
      return;
    }
    if (document == null || document.revisions() == null || document.revisions().isEmpty()) {
      document = null;
      Messages.error("library.import.format");
      return;
    }
    Messages.info("library.import.ready", document.revisions().size());
  }

  public String importDocument() {
    if (document == null) {
      Messages.error("library.file.none");
      return null;
    }
    String slug = export.importDocument(document);
    Messages.info("library.import.done");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/library/resource?faces-redirect=true&r=" + slug;
  }

  public ResourceExport.Document getDocument() {
    return document;
  }
}
