package fr.capacite.web.shared;

import fr.capacite.application.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in API parameters: ISO (yyyy-MM-dd), as machines exchange them; blank means none. */
public final class ApiDates {

  private ApiDates() {}

  /** The day, null when blank; a malformed one is refused with {@code messageKey}. */
  public static LocalDate day(String value, String messageKey) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(messageKey, value);
    }
  }
}
