package fr.capacite.domain.logbook;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which competences of the title's first block (CCP1 of Médiateur numérique, RNCP40695, in its
 * official order) an accompaniment illustrates, as a suggestion the mediator confirms or changes:
 * every accompaniment is prepared and led (4); one person is welcomed (1) and their needs heard
 * (2); a workshop is designed and scheduled (3); a digital diagnosis is the needs' diagnosis (2); a
 * reflective note evaluates one's practice (5).
 */
public final class CompetenceSuggestions {

  private CompetenceSuggestions() {}

  /** The positions (1 to 5) of the suggested competences in the block. */
  public static SortedSet<Integer> suggest(LogKind kind, Set<LogTheme> themes, boolean noted) {
    SortedSet<Integer> out = new TreeSet<>();
    if (kind == null) {
      return out;
    }
    out.add(4);
    if (kind.individual()) {
      out.add(1);
      out.add(2);
    } else {
      out.add(3);
    }
    if (themes != null && themes.contains(LogTheme.DIAGNOSTIC)) {
      out.add(2);
    }
    if (noted) {
      out.add(5);
    }
    return out;
  }
}
