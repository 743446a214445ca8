package fr.capacite.application.logbook;

import fr.capacite.domain.logbook.PracticeEntry;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Keeps the chain of a person's visits (one author, one follow-up code) in order whenever one of
 * them is logged, corrected or deleted, so that the figures read each visit's rank and whether it
 * needed less help as stored facts instead of rebuilding every chain on each request.
 */
final class VisitChains {

  private VisitChains() {}

  /** Ranks again the visits of the author's person with this code (none: nothing to do). */
  static void rechain(EntityManager em, String author, String code) {
    if (code == null || code.isBlank()) {
      return;
    }
    em.flush();
    List<PracticeEntry> visits =
        em.createQuery(
                "SELECT e FROM PracticeEntry e WHERE e.author.username = :author AND"
                    + " e.followUpCode = :code ORDER BY e.day, e.id",
                PracticeEntry.class)
            .setParameter("author", author)
            .setParameter("code", code)
            .getResultList();
    PracticeEntry previous = null;
    int rank = 0;
    for (PracticeEntry v : visits) {
      if (v.chainAfter(previous, ++rank)) {
        LogbookRollup.mark(em, v.getMonthKey(), v.getDepartment());
      }
      previous = v;
    }
  }
}
