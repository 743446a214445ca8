package fr.capacite.domain.cohort;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of fundings stored as "CPF,OPCO", as {@link DaySetConverter} stores days. */
@Converter
public class FundingSetConverter implements AttributeConverter<Set<Funding>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Funding> fundings) {
    return fundings == null || fundings.isEmpty()
        ? null
        : fundings.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<Funding> convertToEntityAttribute(String value) {
    if (value == null || value.isBlank()) {
      return EnumSet.noneOf(Funding.class);
    }
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .map(Funding::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Funding.class)));
  }
}
