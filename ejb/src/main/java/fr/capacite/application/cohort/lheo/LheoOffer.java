package fr.capacite.application.cohort.lheo;

import fr.capacite.domain.cohort.Modality;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One organisation's offer as LHÉO describes it, detached from JPA. */
public record LheoOffer(Organisation organisation, List<Formation> formations) {

  /** The organisme de formation responsable: its SIRET, NDA and where to reach it. */
  public record Organisation(
      String name, String siret, String nda, Address address, Contact contact) {}

  /** A postal address; {@code postalCode} has five digits. */
  public record Address(
      String name,
      String line,
      String postalCode,
      String city,
      BigDecimal latitude,
      BigDecimal longitude) {}

  /** A person or desk to contact; either part may be null. */
  public record Contact(String name, String email) {}

  /**
   * A programme preparing one version of a title (a LHÉO formation): {@code blocks} are "CCP1 –
   * title" lines, {@code registryCode} the RNCP or RS number, {@code level} the European level.
   */
  public record Formation(
      String programmeTitle,
      String versionTitle,
      String registryCode,
      String level,
      List<String> blocks,
      Set<Integer> pathHours,
      int placementHours,
      List<Action> actions) {}

  /** A cohort (a LHÉO action with its one session). */
  public record Action(
      String code,
      Modality modality,
      Set<DayOfWeek> centreDays,
      Set<DayOfWeek> hostDays,
      Address site,
      boolean accessible,
      String specificSupport,
      Contact referent,
      List<String> blocks,
      LocalDate start,
      LocalDate end,
      long placesLeft) {}
}
