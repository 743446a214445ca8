package fr.capacite.domain.cohort;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of weekdays stored as "MONDAY,TUESDAY" (the alternance rhythm). */
@Converter
public class DaySetConverter implements AttributeConverter<Set<DayOfWeek>, String> {

  @Override
  public String convertToDatabaseColumn(Set<DayOfWeek> days) {
    return days == null || days.isEmpty()
        ? null
        : days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<DayOfWeek> convertToEntityAttribute(String value) {
    if (value == null || value.isBlank()) {
      return EnumSet.noneOf(DayOfWeek.class);
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .map(DayOfWeek::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
  }
}
