package fr.capacite.domain.library;

/** An edit proposal is open, then accepted (all or part of its changes) or rejected. */
public enum ProposalStatus {
  OPEN,
  ACCEPTED,
  PARTIAL,
  REJECTED
}
