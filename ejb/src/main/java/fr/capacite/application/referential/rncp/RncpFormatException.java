package fr.capacite.application.referential.rncp;

import fr.capacite.application.shared.BusinessException;
import java.io.Serializable;

/**
 * A malformed RNCP file. The message key names the problem; the first argument is always the file
 * name and the second the line, so the user can find it.
 */
public class RncpFormatException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final int line;

  public RncpFormatException(
      String problemKey, String fileName, long line, Serializable... details) {
    super("referential.import.error." + problemKey, concat(fileName, line, details));
    this.line = (int) line;
  }

  public int getLine() {
    return line;
  }

  private static Serializable[] concat(String fileName, long line, Serializable... details) {
    Serializable[] all = new Serializable[details.length + 2];
    all[0] = fileName;
    all[1] = line;
    System.arraycopy(details, 0, all, 2, details.length);
    return all;
  }
}
