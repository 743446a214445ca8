package fr.capacite.application.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A refusal the user can act on. It carries an i18n key (in {@code fr.capacite.i18n.Messages}) and
 * its arguments, never a sentence, so the web layer shows it in the user's language. It rolls the
 * transaction back: nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Serializable[] arguments;

  protected BusinessException(String messageKey, Serializable... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
