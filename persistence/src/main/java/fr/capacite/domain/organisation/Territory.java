package fr.capacite.domain.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * France's departments and regions (INSEE's code officiel géographique, regions of 2016), to place
 * a site by its postal code and let people look for training near them. Written here as data: no
 * maintained Java library carries the code officiel géographique, and these 101 departments and 18
 * regions change rarely (the last change of regions was in 2016).
 */
public final class Territory {

  private Territory() {}

  /** A department: INSEE code (2A, 69, 974), name, region code. */
  public record Department(String code, String name, String region) {}

  /** A region: INSEE code and name. */
  public record Region(String code, String name) {}

  private static final Map<String, Region> REGIONS = new LinkedHashMap<>();
  private static final Map<String, Department> DEPARTMENTS = new LinkedHashMap<>();

  private static void region(String code, String name, String... departments) {
    REGIONS.put(code, new Region(code, name));
    for (String d : departments) {
      String[] parts = d.split("=", 2);
      DEPARTMENTS.put(parts[0], new Department(parts[0], parts[1], code));
    }
  }

  static {
    region(
        "84",
        "Auvergne-Rhône-Alpes",
        "01=Ain",
        "03=Allier",
        "07=Ardèche",
        "15=Cantal",
        "26=Drôme",
        "38=Isère",
        "42=Loire",
        "43=Haute-Loire",
        "63=Puy-de-Dôme",
        "69=Rhône",
        "73=Savoie",
        "74=Haute-Savoie");
    region(
        "27",
        "Bourgogne-Franche-Comté",
        "21=Côte-d'Or",
        "25=Doubs",
        "39=Jura",
        "58=Nièvre",
        "70=Haute-Saône",
        "71=Saône-et-Loire",
        "89=Yonne",
        "90=Territoire de Belfort");
    region(
        "53", "Bretagne", "22=Côtes-d'Armor", "29=Finistère", "35=Ille-et-Vilaine", "56=Morbihan");
    region(
        "24",
        "Centre-Val de Loire",
        "18=Cher",
        "28=Eure-et-Loir",
        "36=Indre",
        "37=Indre-et-Loire",
        "41=Loir-et-Cher",
        "45=Loiret");
    region("94", "Corse", "2A=Corse-du-Sud", "2B=Haute-Corse");
    region(
        "44",
        "Grand Est",
        "08=Ardennes",
        "10=Aube",
        "51=Marne",
        "52=Haute-Marne",
        "54=Meurthe-et-Moselle",
        "55=Meuse",
        "57=Moselle",
        "67=Bas-Rhin",
        "68=Haut-Rhin",
        "88=Vosges");
    region(
        "32", "Hauts-de-France", "02=Aisne", "59=Nord", "60=Oise", "62=Pas-de-Calais", "80=Somme");
    region(
        "11",
        "Île-de-France",
        "75=Paris",
        "77=Seine-et-Marne",
        "78=Yvelines",
        "91=Essonne",
        "92=Hauts-de-Seine",
        "93=Seine-Saint-Denis",
        "94=Val-de-Marne",
        "95=Val-d'Oise");
    region(
        "28", "Normandie", "14=Calvados", "27=Eure", "50=Manche", "61=Orne", "76=Seine-Maritime");
    region(
        "75",
        "Nouvelle-Aquitaine",
        "16=Charente",
        "17=Charente-Maritime",
        "19=Corrèze",
        "23=Creuse",
        "24=Dordogne",
        "33=Gironde",
        "40=Landes",
        "47=Lot-et-Garonne",
        "64=Pyrénées-Atlantiques",
        "79=Deux-Sèvres",
        "86=Vienne",
        "87=Haute-Vienne");
    region(
        "76",
        "Occitanie",
        "09=Ariège",
        "11=Aude",
        "12=Aveyron",
        "30=Gard",
        "31=Haute-Garonne",
        "32=Gers",
        "34=Hérault",
        "46=Lot",
        "48=Lozère",
        "65=Hautes-Pyrénées",
        "66=Pyrénées-Orientales",
        "81=Tarn",
        "82=Tarn-et-Garonne");
    region(
        "52",
        "Pays de la Loire",
        "44=Loire-Atlantique",
        "49=Maine-et-Loire",
        "53=Mayenne",
        "72=Sarthe",
        "85=Vendée");
    region(
        "93",
        "Provence-Alpes-Côte d'Azur",
        "04=Alpes-de-Haute-Provence",
        "05=Hautes-Alpes",
        "06=Alpes-Maritimes",
        "13=Bouches-du-Rhône",
        "83=Var",
        "84=Vaucluse");
    region("01", "Guadeloupe", "971=Guadeloupe");
    region("02", "Martinique", "972=Martinique");
    region("03", "Guyane", "973=Guyane");
    region("04", "La Réunion", "974=La Réunion");
    region("06", "Mayotte", "976=Mayotte");
  }

  /**
   * The department of a French postal code: its first two digits, three overseas (97x), and in
   * Corsica (20xxx) 2A below 20200, 2B from there on. Empty for what is not a postal code of a
   * department (Monaco's 98000, overseas collectivities 975, 977, 978, 98x).
   */
  public static Optional<Department> departmentOf(String postalCode) {
    if (postalCode == null || !postalCode.matches("\\d{5}")) {
      return Optional.empty();
    }
    String code;
    if (postalCode.startsWith("97")) {
      code = postalCode.substring(0, 3);
    } else if (postalCode.startsWith("20")) {
      code = Integer.parseInt(postalCode) < 20200 ? "2A" : "2B";
    } else {
      code = postalCode.substring(0, 2);
    }
    return Optional.ofNullable(DEPARTMENTS.get(code));
  }

  public static Optional<Department> department(String code) {
    return Optional.ofNullable(code == null ? null : DEPARTMENTS.get(code));
  }

  public static Optional<Region> region(String code) {
    return Optional.ofNullable(code == null ? null : REGIONS.get(code));
  }

  /** Every department, in the order of their codes (2A and 2B after 19, overseas last). */
  public static java.util.List<Department> departments() {
    return DEPARTMENTS.values().stream()
        .sorted(
            java.util.Comparator.comparing(d -> d.code().replace("2A", "20A").replace("2B", "20B")))
        .toList();
  }

  /** Every region, by name in French order (Île-de-France among the I). */
  public static java.util.List<Region> regions() {
    var french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
    return REGIONS.values().stream()
        .sorted(java.util.Comparator.comparing(Region::name, french))
        .toList();
  }
}
