package fr.capacite.bench;

import java.util.List;

/**
 * The words the generated data is written with: the field's own vocabulary (what mediators teach,
 * to whom, with what), so that French search, stemming and facets work on text shaped like the real
 * library rather than on random letters.
 */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> ACTIONS =
      List.of(
          "Premiers pas avec",
          "Découvrir",
          "Prendre en main",
          "Sécuriser",
          "Accompagner les démarches sur",
          "Animer un atelier sur",
          "Comprendre",
          "Bien utiliser",
          "Repérer les arnaques sur",
          "Créer son compte sur",
          "Organiser ses fichiers avec",
          "Protéger ses données sur",
          "Évaluer ses compétences avec",
          "Échanger en famille avec",
          "Rechercher un emploi avec");

  static final List<String> OBJECTS =
      List.of(
          "un smartphone",
          "une tablette",
          "la messagerie électronique",
          "l'e-mail",
          "FranceConnect",
          "le site des impôts",
          "Ameli",
          "France Travail",
          "la CAF en ligne",
          "les réseaux sociaux",
          "la visioconférence",
          "un traitement de texte",
          "un tableur",
          "le cloud",
          "les mots de passe",
          "l'intelligence artificielle générative",
          "les applications de santé",
          "Pix",
          "le contrôle parental",
          "les paiements en ligne",
          "un ordinateur",
          "Internet",
          "les cartes et itinéraires",
          "la signature électronique");

  static final List<String> PUBLICS =
      List.of(
          "pour les seniors",
          "pour les parents",
          "pour les personnes éloignées du numérique",
          "en atelier collectif",
          "en accompagnement individuel",
          "pour les allophones",
          "pour les jeunes",
          "pour les personnes en situation de handicap",
          "pour les demandeurs d'emploi",
          "");

  static final List<String> SENTENCES =
      List.of(
          "Cette fiche propose une progression pas à pas, avec des exercices à faire ensemble.",
          "L'atelier dure une heure trente et peut accueillir huit personnes au maximum.",
          "On part des usages de la personne avant de présenter l'outil.",
          "Le médiateur fait avec la personne, jamais à sa place.",
          "Prévoir un appareil de démonstration et un vidéoprojecteur.",
          "Les situations sont tirées de demandes réelles reçues en permanence.",
          "Un quiz de fin de séance permet de vérifier ce qui a été compris.",
          "La ressource s'adapte aux personnes qui lisent difficilement le français.",
          "Les étapes sont illustrées de captures d'écran commentées.",
          "Pour aller plus loin, la fiche renvoie vers les parcours Pix correspondants.",
          "Une attention particulière est portée aux données personnelles.",
          "La séance se termine par un temps d'échange sur les difficultés rencontrées.",
          "Le vocabulaire technique est expliqué avec des mots simples.",
          "Le déroulé peut être repris en autonomie à la maison.",
          "Cette version corrige les liens et met à jour les captures.");

  static final List<String> CHANGES =
      List.of(
          "Première version",
          "Mise à jour des captures d'écran",
          "Correction de coquilles",
          "Ajout d'un exercice",
          "Liens vérifiés",
          "Reformulation pour les débutants",
          "Ajout d'une section sur la sécurité",
          "Simplification du déroulé");

  static final List<String> FIRST_NAMES =
      List.of(
          "Camille", "Léa", "Manon", "Inès", "Sarah", "Chloé", "Emma", "Fatou", "Nadia", "Julie",
          "Lucas", "Hugo", "Karim", "Thomas", "Yanis", "Mehdi", "Antoine", "Nicolas", "Samuel",
          "Jean");

  static final List<String> LAST_NAMES =
      List.of(
          "Martin",
          "Bernard",
          "Dubois",
          "Durand",
          "Lefebvre",
          "Moreau",
          "Laurent",
          "Simon",
          "Michel",
          "Garcia",
          "Diallo",
          "Nguyen",
          "Benali",
          "Roux",
          "Fournier",
          "Girard",
          "Bonnet",
          "Lambert",
          "Fontaine",
          "Rousseau",
          "Traoré",
          "Mercier",
          "Blanc",
          "Guérin",
          "Muller");

  /** Cities and their postal codes, across regions, so that territory filters have spread. */
  static final List<String[]> CITIES =
      List.of(
          new String[] {"Paris", "75011"},
          new String[] {"Marseille", "13003"},
          new String[] {"Lyon", "69007"},
          new String[] {"Toulouse", "31000"},
          new String[] {"Nantes", "44000"},
          new String[] {"Lille", "59000"},
          new String[] {"Bordeaux", "33000"},
          new String[] {"Rennes", "35000"},
          new String[] {"Strasbourg", "67000"},
          new String[] {"Montpellier", "34000"},
          new String[] {"Clermont-Ferrand", "63000"},
          new String[] {"Limoges", "87000"},
          new String[] {"Besançon", "25000"},
          new String[] {"Rouen", "76000"},
          new String[] {"Amiens", "80000"},
          new String[] {"Poitiers", "86000"},
          new String[] {"Ajaccio", "20000"},
          new String[] {"Guéret", "23000"},
          new String[] {"Saint-Denis", "97400"},
          new String[] {"Cayenne", "97300"},
          new String[] {"Mende", "48000"},
          new String[] {"Aurillac", "15000"},
          new String[] {"Brest", "29200"},
          new String[] {"Metz", "57000"});

  static final List<String> ORGANISATION_KINDS =
      List.of(
          "Association",
          "Centre social",
          "Tiers-lieu",
          "Organisme de formation",
          "GRETA",
          "Maison France Services",
          "Coopérative",
          "École du numérique");

  static final List<String> TOPICS =
      List.of(
          "Accueil et positionnement",
          "Usages du numérique et publics",
          "Diagnostic des besoins numériques",
          "Concevoir une séquence d'atelier",
          "Animer un atelier collectif",
          "Accompagnement individuel aux démarches",
          "Cybersécurité au quotidien",
          "Données personnelles et RGPD",
          "Partenariats et réseau local",
          "Évaluer une action de médiation",
          "Projet d'espace de médiation",
          "Préparation du dossier professionnel");

  /** The element of a list at an index, wrapping. */
  static String pick(List<String> list, long index) {
    return list.get((int) Math.floorMod(index, list.size()));
  }
}
