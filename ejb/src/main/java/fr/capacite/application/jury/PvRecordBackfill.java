package fr.capacite.application.jury;

import fr.capacite.domain.jury.Amendment;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.PvRecord;
import fr.capacite.domain.jury.PvSignature;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * At start-up, stores the record of PVs signed before records existed (R9): their content as it
 * stands, dated by their last signature, then one revision per amendment already made, in order.
 * Idempotent; a session that has a record is never touched again.
 */
@Stateless
@PermitAll
public class PvRecordBackfill {

  @PersistenceContext private EntityManager em;

  public int sealUnrecorded() {
    List<ExamSession> unrecorded =
        em.createQuery(
                "SELECT s FROM ExamSession s WHERE s.status IN :signed AND NOT EXISTS (SELECT r FROM"
                    + " PvRecord r WHERE r.session = s)",
                ExamSession.class)
            .setParameter("signed", List.of(ExamStatus.SIGNED, ExamStatus.PUBLISHED))
            .getResultList();
    PvRecords records = new PvRecords(em);
    for (ExamSession s : unrecorded) {
      em.lock(s, LockModeType.PESSIMISTIC_WRITE);
      List<PvSignature> signatures =
          em.createNamedQuery("PvSignature.findBySession", PvSignature.class)
              .setParameter("session", s)
              .getResultList();
      Instant at =
          signatures.isEmpty()
              ? Instant.now()
              : signatures.get(signatures.size() - 1).getSignedAt();
      List<Amendment> amendments =
          em.createNamedQuery("Amendment.findBySession", Amendment.class)
              .setParameter("session", s)
              .getResultList();
      PvRecord record = records.seal(s, "capacite", at);
      for (Amendment a : amendments) {
        record =
            records.amend(
                record,
                a.getDecision().getCandidate().getId(),
                a.getDecision().getBlock().getId(),
                a.isNewAcquired(),
                a.getReason(),
                a.getAmendedBy(),
                a.getAmendedAt());
      }
    }
    return unrecorded.size();
  }
}
