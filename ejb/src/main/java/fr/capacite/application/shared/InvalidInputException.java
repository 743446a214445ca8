package fr.capacite.application.shared;

import java.io.Serializable;

/** Input that breaks a business rule; the key names the rule, the arguments the details. */
public class InvalidInputException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String messageKey, Serializable... arguments) {
    super(messageKey, arguments);
  }
}
