package fr.capacite.domain.shared;

/** What an audit event records. */
public enum AuditKind {
  LOGIN,
  LOGIN_FAILED,
  ACCOUNT_LOCKED,
  LOGOUT,
  USER_CREATED,
  USER_UPDATED,
  ROLES_CHANGED,
  USER_DEACTIVATED,
  USER_REACTIVATED,
  PASSWORD_CHANGED,
  REFERENTIAL_CHANGED,
  REFERENTIAL_IMPORTED,
  ORGANISATION_CHANGED,
  JUROR_PROFILE_CHANGED,
  EXAM_SESSION_CHANGED,
  HISTORICAL_RESULT_RECORDED,
  /** The jury decided a block for a candidate (R5), with the reason of a refusal. */
  JURY_DECISION,
  /** A juror signed the PV; the last signature seals it. */
  PV_SIGNED,
  /** A signed PV was corrected by an amendment (the sealed record is kept). */
  PV_AMENDED,
  CATALOGUE_CHANGED,
  PLAN_CHANGED,
  CREDENTIAL_ISSUED,
  CREDENTIAL_REVOKED,
  LIBRARY_CHANGED,
  /** A learner accepted or declined the place an organisation offered (their consent). */
  ENROLMENT_CONSENT,
  /** A person downloaded all their data (RGPD art. 15 and 20). */
  PERSONAL_DATA_EXPORTED,
  /** An administrator erased a person (RGPD art. 17): their identity became a pseudonym. */
  PERSON_ERASED,
  /** A backup of the database and the files was taken. */
  BACKUP_TAKEN,
  /** The daily retention job removed data past its retention period. */
  RETENTION_APPLIED,
  /** An identity of an OpenID Connect provider (ProConnect) now opens an account. */
  OPENID_LINKED,
  /** A person took back the link between their account and a provider's identity. */
  OPENID_UNLINKED,
  /**
   * A mediator consented to share their logbook's figures with a structure, declined or withdrew.
   */
  LOGBOOK_CONSENT
}
