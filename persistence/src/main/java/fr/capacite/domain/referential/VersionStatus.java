package fr.capacite.domain.referential;

/** Where a version of the title stands today. */
public enum VersionStatus {
  UPCOMING,
  ACTIVE,
  EXTENDED,
  REPLACED,
  EXPIRED
}
