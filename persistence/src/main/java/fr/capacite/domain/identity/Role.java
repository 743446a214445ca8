package fr.capacite.domain.identity;

/** Application roles; the names are the Jakarta Security group names used in web.xml. */
public enum Role {
  ADMIN,
  ORG_MANAGER,
  TRAINER,
  JUROR,
  MEDIATOR,
  CURATOR;

  /** Role names, as used by {@code @RolesAllowed}. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String ORG_MANAGER = "ORG_MANAGER";
    public static final String TRAINER = "TRAINER";
    public static final String JUROR = "JUROR";
    public static final String MEDIATOR = "MEDIATOR";
    public static final String CURATOR = "CURATOR";

    private Names() {}
  }
}
