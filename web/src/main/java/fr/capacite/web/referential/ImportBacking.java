package fr.capacite.web.referential;

import fr.capacite.application.referential.ImportFile;
import fr.capacite.application.referential.ImportPreview;
import fr.capacite.application.referential.ImportProgress;
import fr.capacite.application.referential.ReferentialImportService;
import fr.capacite.application.referential.rncp.ImportPlan;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * {@code /referential/import.xhtml}: upload RNCP files, read them in the background with a progress
 * bar, preview the changes, then apply them in one transaction.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferentialImportService imports;

  private transient List<Part> uploads;
  private final List<ImportFile> files = new ArrayList<>();
  private Path folder;
  private ImportProgress progress;
  private transient Future<ImportPreview> running;
  private ImportPreview preview;
  private ImportPlan applied;

  /** RS fiches (répertoire spécifique) are skipped unless the administrator asks for them. */
  private boolean includeSpecific;

  /** Stores the uploaded files and starts reading them. */
  public void upload() throws IOException {
    reset();
    List<Part> parts =
        uploads == null
            ? List.of()
            : uploads.stream()
                .filter(
                    p ->
                        p.getSize() > 0
                            || (p.getSubmittedFileName() != null
                                && !p.getSubmittedFileName().isBlank()))
                .toList();
    if (parts.isEmpty()) {
      Messages.error("referential.import.noFile");
      return;
    }
    folder = Files.createTempDirectory("capacite-import-");
    long total = 0;
    for (Part f : parts) {
      String name =
          Path.of(f.getSubmittedFileName() == null ? "upload" : f.getSubmittedFileName())
              .getFileName()
              .toString();
      if (f.getSize() > ReferentialImportService.MAX_FILE_BYTES) {
        Messages.error(
            "referential.import.tooLarge",
            name,
            ReferentialImportService.MAX_FILE_BYTES / (1024 * 1024));
        reset();
        return;
      }
      Path target = folder.resolve(files.size() + ".upload");
      try (InputStream in = f.getInputStream()) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      files.add(new ImportFile(name, target));
      total += f.getSize();
    }
    progress = new ImportProgress(total);
    running = imports.previewAsync(List.copyOf(files), progress, includeSpecific);
  }

  /** p:poll: collects the preview once the background reading is over. */
  public void poll() {
    if (running == null || !running.isDone()) {
      return;
    }
    try {
      preview = running.get();
      if (preview.plan().isEmpty()) {
        Messages.info("referential.import.nothingToDo");
      }
    } catch (ExecutionException e) {
      BusinessException business = businessCause(e);
      if (business == null) {
        throw new IllegalStateException(e.getCause());
      }
      Messages.error(business);
      deleteFiles();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = null;
    }
  }

  public void apply() {
    if (preview == null) {
      return;
    }
    applied = imports.apply(List.copyOf(files), preview.fingerprint(), includeSpecific);
    Messages.info("referential.import.applied", applied.operations().size());
    preview = null;
    deleteFiles();
  }

  public void cancel() {
    reset();
  }

  private void reset() {
    deleteFiles();
    preview = null;
    applied = null;
    progress = null;
    running = null;
  }

  @PreDestroy
  void deleteFiles() {
    for (ImportFile f : files) {
      try {
        Files.deleteIfExists(f.path());
      } catch (IOException ignored) {
        // temporary file; the OS cleans its temp folder
      }
    }
    files.clear();
    if (folder != null) {
      try {
        Files.deleteIfExists(folder);
      } catch (IOException ignored) {
        // as above
      }
      folder = null;
    }
  }

  private static BusinessException businessCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BusinessException b) {
        return b;
      }
      if (c instanceof jakarta.ejb.EJBException e
          && e.getCausedByException() instanceof BusinessException b) {
        return b;
      }
    }
    return null;
  }

  public boolean isReading() {
    return running != null;
  }

  public int getPercent() {
    return progress == null ? 0 : progress.percent();
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public ImportPlan getApplied() {
    return applied;
  }

  public List<ImportPlan.Operation> getOperations() {
    return preview == null ? List.of() : preview.plan().operations();
  }

  public List<java.util.Map.Entry<ImportPlan.Type, Long>> getCounts() {
    return preview == null ? List.of() : List.copyOf(preview.plan().counts().entrySet());
  }

  public boolean isIncludeSpecific() {
    return includeSpecific;
  }

  public void setIncludeSpecific(boolean includeSpecific) {
    this.includeSpecific = includeSpecific;
  }

  public List<Part> getUploads() {
    return uploads;
  }

  public void setUploads(List<Part> uploads) {
    this.uploads = uploads;
  }
}
