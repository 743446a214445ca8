package fr.capacite.application.cohort;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.PublicFigure;
import fr.capacite.domain.cohort.QualityTally;
import fr.capacite.domain.cohort.SatisfactionTally;
import fr.capacite.domain.organisation.QualiopiStatus;
import fr.capacite.domain.organisation.TrainingOrganisation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's public page: its identity, its Qualiopi certificate and its results as Qualiopi
 * indicator 2 asks them to be shown (satisfaction à chaud and à froid, success per block from
 * published jury decisions, drop-out and attendance), each with its period and the number of
 * learners behind it, and only where at least five stand behind it ({@link PublicFigure}); then its
 * offers. The results cover the twelve months up to today and are kept an hour per organisation:
 * crawlers and visitors read the page far more often than the figures move.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PublicResults {

  static final Duration KEPT = Duration.ofHours(1);

  /** Success on one block of a title. */
  public record BlockFigure(String versionCode, String blockCode, PublicFigure success)
      implements Serializable {}

  /** What the public page shows. */
  public record OrganisationResults(
      long id,
      String name,
      String siret,
      String nda,
      QualiopiStatus qualiopi,
      String qualiopiNumber,
      String qualiopiCertifier,
      LocalDate qualiopiFrom,
      LocalDate qualiopiUntil,
      LocalDate from,
      LocalDate to,
      long learners,
      PublicFigure hot,
      PublicFigure cold,
      PublicFigure dropOut,
      PublicFigure attendance,
      List<BlockFigure> success,
      Instant computedAt)
      implements Serializable {}

  private record Key(long organisation, LocalDate day) {}

  @PersistenceContext private EntityManager em;
  @EJB private QualityService quality;

  private final Cache<Key, OrganisationResults> kept =
      Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(KEPT).build();

  private Clock clock = Clock.system(CalendarWriter.ZONE);

  /** The organisation's public results (a 404 for an unknown one). */
  public OrganisationResults of(long organisationId) {
    LocalDate today = LocalDate.now(clock);
    Key key = new Key(organisationId, today);
    OrganisationResults r = kept.getIfPresent(key);
    if (r == null) {
      r = compute(organisationId, today);
      kept.put(key, r);
    }
    return r;
  }

  private OrganisationResults compute(long organisationId, LocalDate today) {
    TrainingOrganisation o = em.find(TrainingOrganisation.class, organisationId);
    if (o == null) {
      throw new ObjectNotFoundException("organisation", organisationId);
    }
    LocalDate from = today.minusYears(1).plusDays(1);
    QualityReport report = quality.publicReport(organisationId, from, today);
    QualityTally.Figures t = report.total();
    return new OrganisationResults(
        o.getId(),
        o.getName(),
        o.getSiret(),
        o.getNda(),
        o.qualiopiStatusOn(today),
        o.getQualiopiNumber(),
        o.getQualiopiCertifier(),
        o.getQualiopiValidFrom(),
        o.getQualiopiValidUntil(),
        from,
        today,
        t.learners(),
        satisfaction(t.hot(), from, today),
        satisfaction(t.cold(), from, today),
        PublicFigure.of(t.dropOutRate(), t.learners(), from, today),
        PublicFigure.of(t.attendanceRate(), t.learners(), from, today),
        report.success().stream()
            .map(
                b ->
                    new BlockFigure(
                        b.versionCode(),
                        b.blockCode(),
                        PublicFigure.of(b.rate(), b.sat(), from, today)))
            .toList(),
        report.computedAt());
  }

  /** A satisfaction rate stands on its respondents, over the period its answers came in. */
  private static PublicFigure satisfaction(
      SatisfactionTally.Result r, LocalDate from, LocalDate to) {
    if (r == null) {
      return PublicFigure.of(null, 0, from, to);
    }
    return PublicFigure.of(
        r.satisfactionRate(),
        r.respondents(),
        r.from() == null ? from : r.from(),
        r.to() == null ? to : r.to());
  }

  /** For tests: results of another day, computed again. */
  void useClock(Clock c) {
    this.clock = c;
    kept.invalidateAll();
  }
}
