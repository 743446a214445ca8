package fr.capacite.domain.logbook;

/**
 * What the accompaniment was about: La Coop de la médiation numérique's themes (thématiques), with
 * their API values; the last eleven are the administrative procedures' own.
 */
public enum LogTheme {
  DIAGNOSTIC("diagnostic_numerique", false),
  DEVICES("prendre_en_main_du_materiel", false),
  MAINTENANCE("maintenance_de_materiel", false),
  CONTENTS("gere_ses_contenus_numeriques", false),
  BROWSING("navigation_sur_internet", false),
  EMAIL("email", false),
  OFFICE("bureautique", false),
  SOCIAL_NETWORKS("reseaux_sociaux", false),
  HEALTH("sante", false),
  BANKING("banque_et_achats_en_ligne", false),
  ENTREPRENEURSHIP("entrepreneuriat", false),
  EMPLOYMENT("insertion_professionnelle", false),
  SECURITY("securite_numerique", false),
  PARENTING("parentalite", false),
  SCHOOLING("scolarite_et_numerique", false),
  CREATING("creer_avec_le_numerique", false),
  CULTURE("culture_numerique", false),
  AI("intelligence_artificielle", false),
  PROCEDURES("aide_aux_demarches_administratives", false),
  PAPERS("papiers_elections_citoyennete", true),
  FAMILY("famille_scolarite", true),
  SOCIAL_HEALTH("social_sante", true),
  WORK("travail_formation", true),
  HOUSING("logement", true),
  TRANSPORT("transports_mobilite", true),
  MONEY("argent_impots", true),
  JUSTICE("justice", true),
  FOREIGNERS("etrangers_europe", true),
  LEISURE("loisirs_sports_culture", true),
  ASSOCIATIONS("associations", true);

  private final String coopValue;
  private final boolean administrative;

  LogTheme(String coopValue, boolean administrative) {
    this.coopValue = coopValue;
    this.administrative = administrative;
  }

  public String coopValue() {
    return coopValue;
  }

  /** One of the administrative procedures' themes (a démarche's domain). */
  public boolean administrative() {
    return administrative;
  }
}
