package fr.capacite.web.identity;

import fr.capacite.application.shared.BackupService;
import fr.capacite.web.shared.Dates;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;

/**
 * {@code /admin/backups.xhtml}: the backups on disk (Derby), newest first, and a button to take one
 * now; on PostgreSQL, where to find the backup command instead.
 */
@Named
@ViewScoped
public class BackupsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BackupService backups;

  private boolean available;
  private List<Row> rows;

  /** A backup as the page shows it: its name, when, and its size in megabytes. */
  public record Row(String name, String takenAt, String size) implements Serializable {}

  @PostConstruct
  void init() {
    available = backups.isOnlineBackupAvailable();
    load();
  }

  private void load() {
    NumberFormat mb =
        NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    mb.setMaximumFractionDigits(1);
    mb.setMinimumFractionDigits(1);
    rows =
        available
            ? backups.list().stream()
                .map(
                    b ->
                        new Row(
                            b.name(),
                            Dates.momentToTheSecond(b.takenAt()),
                            mb.format(b.bytes() / 1_048_576.0)))
                .toList()
            : List.of();
  }

  public void backupNow() {
    BackupService.Backup b = backups.backupNow();
    Messages.info("admin.backups.taken", Dates.momentToTheSecond(b.takenAt()));
    load();
  }

  public boolean isAvailable() {
    return available;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getFolder() {
    return BackupService.root().toString();
  }
}
