package fr.capacite.application.shared;

/**
 * The caller knows the object but may not act on it, for a reason worth telling them (a juror's
 * conflict of interest, R3): shown as 403 with the reason.
 */
public class AccessRefusedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public AccessRefusedException(String messageKey, java.io.Serializable... arguments) {
    super(messageKey, arguments);
  }
}
