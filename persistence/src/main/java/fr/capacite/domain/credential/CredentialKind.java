package fr.capacite.domain.credential;

/** What a verifiable credential attests. */
public enum CredentialKind {
  /** A block acquired at a published jury session. */
  BLOCK,
  /** The full title: every CCP of a version held. */
  TITLE,
  /** A completed catalogue module. */
  MODULE,
  /** An accepted contribution to the resource library. */
  CONTRIBUTION,
  /** A review of a library resource. */
  REVIEW
}
