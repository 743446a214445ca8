package fr.capacite.application.shared;

/** Someone else saved the same object first (optimistic lock, {@code @Version}). */
public class ConcurrentEditException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ConcurrentEditException() {
    super("error.concurrentEdit");
  }
}
