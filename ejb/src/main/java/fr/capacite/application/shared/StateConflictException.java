package fr.capacite.application.shared;

import java.io.Serializable;

/** The request is valid but the stored state does not allow it yet (HTTP 409). */
public class StateConflictException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public StateConflictException(String messageKey, Serializable... arguments) {
    super(messageKey, arguments);
  }
}
