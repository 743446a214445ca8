package fr.capacite.domain.library;

/** Licences a resource may carry; CC BY-SA 4.0 by default. */
public enum Licence {
  CC_BY_SA_4_0,
  ETALAB_2_0,
  CC_BY_NC_SA_4_0;

  public static final Licence DEFAULT = CC_BY_SA_4_0;
}
