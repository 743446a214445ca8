package fr.capacite.application.jury;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.ExamModality;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

  /** R10: published outcomes by modality since a day, in two grouped queries. */
  public List<ModalityOutcome> outcomesByModality(LocalDate since) {
    String from =
        " FROM BlockResult r, ExamCandidate x WHERE x.session = r.session AND x.learner = r.learner AND"
            + " r.decidedOn >= :since";
    Map<ExamModality, long[]> m = new EnumMap<>(ExamModality.class);
    for (Object[] r :
        em.createQuery(
                "SELECT x.modality, r.acquired, COUNT(r)"
                    + from
                    + " GROUP BY x.modality, r.acquired",
                Object[].class)
            .setParameter("since", since)
            .getResultList()) {
      long[] n = m.computeIfAbsent((ExamModality) r[0], k -> new long[3]);
      long count = ((Number) r[2]).longValue();
      n[0] += count;
      if (Boolean.TRUE.equals(r[1])) {
        n[1] += count;
      }
    }
    for (Object[] r :
        em.createQuery(
                "SELECT x.modality, COUNT(DISTINCT x.id)" + from + " GROUP BY x.modality",
                Object[].class)
            .setParameter("since", since)
            .getResultList()) {
      m.computeIfAbsent((ExamModality) r[0], k -> new long[3])[2] = ((Number) r[1]).longValue();
    }
    List<ModalityOutcome> out = new ArrayList<>();
    for (ExamModality modality : ExamModality.values()) {
      long[] n = m.getOrDefault(modality, new long[3]);
      out.add(new ModalityOutcome(modality, n[2], n[0], n[1]));
    }
    return out;
  }
}
