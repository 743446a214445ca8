package fr.capacite.application.jury;

import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** The calibration report of juries (Cohen's κ), for administrators. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CalibrationService {

  /** Proposals read at most, most recent first: several years of sessions. */
  static final int MAX_PROPOSALS = 50_000;

  @PersistenceContext private EntityManager em;

  /** Agreement on submitted sheets of sessions held since {@code since}, in one query. */
  public CalibrationReport report(LocalDate since) {
    return CalibrationReport.of(
        em
            .createQuery(
                "SELECT s.session.id, s.session.title, s.session.day, s.candidate.id, p.block.id, s.juror.id,"
                    + " s.juror.displayName, p.acquired FROM BlockProposal p JOIN p.sheet s WHERE s.submittedAt"
                    + " IS NOT NULL AND s.session.day >= :since ORDER BY s.session.day DESC",
                Object[].class)
            .setParameter("since", since)
            .setMaxResults(MAX_PROPOSALS)
            .getResultList()
            .stream()
            .map(
                r ->
                    new CalibrationReport.Proposal(
                        (Long) r[0],
                        (String) r[1],
                        (LocalDate) r[2],
                        (Long) r[3],
                        (Long) r[4],
                        (Long) r[5],
                        (String) r[6],
                        (Boolean) r[7]))
            .toList());
  }
}
