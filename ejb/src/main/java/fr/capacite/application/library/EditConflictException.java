package fr.capacite.application.library;

import fr.capacite.application.shared.BusinessException;

/**
 * Someone saved the resource since the editor opened it: nothing is written, and the editor is
 * shown both versions to resolve.
 */
public class EditConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final int basedOn;
  private final int latest;

  public EditConflictException(int basedOn, int latest) {
    super("library.conflict", basedOn, latest);
    this.basedOn = basedOn;
    this.latest = latest;
  }

  public int getBasedOn() {
    return basedOn;
  }

  public int getLatest() {
    return latest;
  }
}
