package fr.capacite.application.shared;

import java.io.Serializable;

/**
 * The server could not keep a file (its disk is full): nothing was stored, and the person is told
 * to try again later (HTTP 507).
 */
public class StorageFullException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public StorageFullException(String messageKey, Serializable... arguments) {
    super(messageKey, arguments);
  }
}
