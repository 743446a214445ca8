package fr.capacite.domain.library;

/**
 * A save based on a revision that is no longer the latest: someone saved in between. Nothing is
 * written; the editor sees both versions and resolves.
 */
public class RevisionConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int basedOn;
  private final int latest;

  public RevisionConflict(int basedOn, int latest) {
    super("revision " + basedOn + " is no longer the latest (" + latest + ")");
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
