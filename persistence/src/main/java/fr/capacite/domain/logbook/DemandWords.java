package fr.capacite.domain.logbook;

import fr.capacite.domain.shared.FrenchText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The French words by which the library and the catalogue speak of what people ask mediators for
 * (La Coop's themes): how the gap list looks for a resource or a module that answers a demand.
 * Matched as whole words or phrases, accents and case aside ("IA" is not found in "médiation").
 */
public final class DemandWords {

  private static final Map<LogTheme, List<String>> WORDS = new EnumMap<>(LogTheme.class);

  static {
    WORDS.put(LogTheme.DIAGNOSTIC, List.of("diagnostic"));
    WORDS.put(LogTheme.DEVICES, List.of("smartphone", "ordinateur", "tablette", "prise en main"));
    WORDS.put(LogTheme.MAINTENANCE, List.of("maintenance", "réparation", "mise à jour"));
    WORDS.put(LogTheme.CONTENTS, List.of("fichiers", "photos", "stockage", "cloud"));
    WORDS.put(LogTheme.BROWSING, List.of("navigateur", "navigation", "moteur de recherche"));
    WORDS.put(LogTheme.EMAIL, List.of("messagerie", "courriel", "courriels", "e-mail"));
    WORDS.put(LogTheme.OFFICE, List.of("bureautique", "traitement de texte", "tableur"));
    WORDS.put(LogTheme.SOCIAL_NETWORKS, List.of("réseaux sociaux"));
    WORDS.put(LogTheme.HEALTH, List.of("santé", "ameli", "mon espace santé"));
    WORDS.put(LogTheme.BANKING, List.of("banque", "achats en ligne", "paiement"));
    WORDS.put(LogTheme.ENTREPRENEURSHIP, List.of("entrepreneuriat", "auto-entrepreneur"));
    WORDS.put(LogTheme.EMPLOYMENT, List.of("emploi", "cv", "candidature", "insertion"));
    WORDS.put(
        LogTheme.SECURITY,
        List.of("sécurité", "cybersécurité", "hameçonnage", "arnaques", "mot de passe"));
    WORDS.put(LogTheme.PARENTING, List.of("parentalité", "contrôle parental", "écrans"));
    WORDS.put(LogTheme.SCHOOLING, List.of("scolarité", "école", "pronote", "ent"));
    WORDS.put(LogTheme.CREATING, List.of("création", "vidéo", "montage"));
    WORDS.put(LogTheme.CULTURE, List.of("culture numérique"));
    WORDS.put(LogTheme.AI, List.of("intelligence artificielle", "ia"));
    WORDS.put(
        LogTheme.PROCEDURES,
        List.of("démarches", "démarche administrative", "accès aux droits", "france connect"));
    WORDS.put(LogTheme.PAPERS, List.of("carte d'identité", "passeport", "ants", "élections"));
    WORDS.put(LogTheme.FAMILY, List.of("caf", "allocations familiales", "scolarité"));
    WORDS.put(LogTheme.SOCIAL_HEALTH, List.of("ameli", "caf", "rsa", "complémentaire santé"));
    WORDS.put(LogTheme.WORK, List.of("france travail", "formation", "cpf"));
    WORDS.put(LogTheme.HOUSING, List.of("logement", "apl", "bailleur"));
    WORDS.put(LogTheme.TRANSPORT, List.of("transport", "mobilité", "permis de conduire"));
    WORDS.put(LogTheme.MONEY, List.of("impôts", "déclaration de revenus", "budget"));
    WORDS.put(LogTheme.JUSTICE, List.of("justice", "tribunal", "aide juridictionnelle"));
    WORDS.put(LogTheme.FOREIGNERS, List.of("titre de séjour", "étrangers", "naturalisation"));
    WORDS.put(LogTheme.LEISURE, List.of("loisirs", "sport", "billetterie"));
    WORDS.put(LogTheme.ASSOCIATIONS, List.of("associations", "association"));
  }

  private static final Map<LogTheme, Pattern> PATTERNS = new EnumMap<>(LogTheme.class);

  static {
    WORDS.forEach(
        (t, words) ->
            PATTERNS.put(
                t,
                Pattern.compile(
                    words.stream()
                        .map(w -> "\\b" + Pattern.quote(FrenchText.plain(w)) + "\\b")
                        .collect(Collectors.joining("|")))));
  }

  private DemandWords() {}

  /** The words and phrases of a theme. */
  public static List<String> of(LogTheme theme) {
    return WORDS.getOrDefault(theme, List.of());
  }

  /**
   * A query for the library's search (Lucene's simple syntax): any of the theme's words, phrases in
   * quotes ({@code "mot de passe" | hameçonnage}).
   */
  public static String query(LogTheme theme) {
    return of(theme).stream()
        .map(w -> w.contains(" ") || w.contains("-") || w.contains("'") ? '"' + w + '"' : w)
        .collect(Collectors.joining(" | "));
  }

  /** Whether a text (a module's title and description) speaks of the theme. */
  public static boolean speaksOf(LogTheme theme, String text) {
    Pattern p = PATTERNS.get(theme);
    return p != null && text != null && p.matcher(FrenchText.plain(text)).find();
  }
}
