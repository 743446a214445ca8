package fr.capacite.domain.jury;

import java.io.Serializable;
import java.util.List;

/**
 * One reason in an explanation: blocking (the action is refused) or a warning (it goes ahead, said
 * aloud). The key is an i18n key; the arguments fill it.
 */
public record Finding(boolean blocking, String key, List<String> arguments)
    implements Serializable {

  public static Finding blocking(String key, Object... args) {
    return new Finding(true, key, strings(args));
  }

  public static Finding warning(String key, Object... args) {
    return new Finding(false, key, strings(args));
  }

  private static List<String> strings(Object... args) {
    return java.util.Arrays.stream(args).map(String::valueOf).toList();
  }

  /** Whether any finding blocks. */
  public static boolean anyBlocking(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::blocking);
  }
}
