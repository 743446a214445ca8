package fr.capacite.application.jury;

import fr.capacite.domain.jury.Finding;
import java.io.Serializable;
import java.util.List;

/** What adding candidates did: how many were registered, and who was refused and why. */
public record CandidateOutcome(int added, List<Refusal> refused) implements Serializable {

  /** A person not registered, with the reasons. */
  public record Refusal(String displayName, List<Finding> reasons) implements Serializable {}
}
