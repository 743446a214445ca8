package fr.capacite.application.cohort.lheo;

import fr.capacite.application.cohort.lheo.LheoOffer.Action;
import fr.capacite.application.cohort.lheo.LheoOffer.Address;
import fr.capacite.application.cohort.lheo.LheoOffer.Contact;
import fr.capacite.application.cohort.lheo.LheoOffer.Formation;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes offers as a LHÉO 2.3 document ({@code http://lheo.gouv.fr/2.3}): one {@code formation} per
 * programme and title version, one {@code action} with one {@code session} per upcoming cohort, in
 * the order and within the lengths the schema sets. Codes come from the LHÉO dictionaries
 * (dict-boolean, dict-modalites-enseignement, dict-modalites-es, dict-niveaux, dict-type-parcours,
 * dict-AIS, dict-etat-recrutement) and FORMACODE V12 for the public. The text is French, as LHÉO's
 * consumers (Carif-Oref, EDOF) publish it.
 */
public final class LheoWriter {

  public static final String NAMESPACE = "http://lheo.gouv.fr/2.3";

  /** FORMACODE V12 "tout public": the title is open to anyone who passes the positioning. */
  static final String PUBLIC_ANYONE = "80056";

  private static final DateTimeFormatter LHEO_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final Locale FR = Locale.FRENCH;

  private final XMLStreamWriter xml;

  private LheoWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Writes the document; {@code offers} must hold at least one formation (the schema says so). */
  public static void write(List<LheoOffer> offers, OutputStream out) {
    if (offers.stream().allMatch(o -> o.formations().isEmpty())) {
      throw new IllegalArgumentException("a LHÉO document holds at least one formation");
    }
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory()
              .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "lheo");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "offres");
      LheoWriter w = new LheoWriter(xml);
      for (LheoOffer offer : offers) {
        for (Formation f : offer.formations()) {
          w.formation(offer.organisation(), f);
        }
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("LHÉO export", e);
    }
  }

  private void formation(LheoOffer.Organisation org, Formation f) throws XMLStreamException {
    start("formation");
    empty("domaine-formation");
    text(
        "intitule-formation",
        f.programmeTitle().equals(f.versionTitle())
            ? f.versionTitle()
            : f.programmeTitle() + " – " + f.versionTitle(),
        255);
    String title = "« " + f.versionTitle() + " »" + registry(f);
    text(
        "objectif-formation",
        "Préparer le titre professionnel "
            + title
            + ", en entier ou par blocs de compétences (certificats de compétences"
            + " professionnelles, CCP).",
        3000);
    text(
        "resultats-attendus",
        "Le titre professionnel "
            + title
            + level(f)
            + ", ou les CCP présentés devant le jury ; les CCP acquis restent valables pour"
            + " obtenir le titre plus tard.",
        3000);
    text(
        "contenu-formation",
        f.blocks().isEmpty()
            ? "Les blocs de compétences du titre " + title + "."
            : String.join(" ; ", f.blocks()) + ".",
        3000);
    text("certifiante", "1", 1);
    contact("contact-formation", org.contact(), org.name());
    // dict-type-parcours: 2 "individualisé" when the positioning sets the length of the path
    text("parcours-de-formation", f.pathHours().size() > 1 ? "2" : "1", 1);
    text("code-niveau-entree", "0", 2); // dict-niveaux: not stated by the title
    text("objectif-general-formation", "6", 1); // dict-AIS: certification
    if (f.registryCode() != null) {
      start("certification");
      text(f.registryCode().startsWith("RS") ? "code-RS" : "code-RNCP", f.registryCode(), 10);
      end();
    }
    String exitLevel = exitLevel(f.level());
    if (exitLevel != null) {
      text("code-niveau-sortie", exitLevel, 2);
    }
    for (Action a : f.actions()) {
      action(org, f, a);
    }
    organisation(org);
    end();
  }

  private void action(LheoOffer.Organisation org, Formation f, Action a) throws XMLStreamException {
    start("action");
    text("rythme-formation", rhythm(a), 3000);
    xml.writeStartElement(NAMESPACE, "code-public-vise");
    xml.writeAttribute("ref", "V12");
    xml.writeCharacters(PUBLIC_ANYONE);
    xml.writeEndElement();
    text("niveau-entree-obligatoire", "0", 1);
    text(
        "modalites-alternance",
        f.placementHours() > 0
            ? "Alternance entre le centre de formation et une structure d'accueil : "
                + f.placementHours()
                + " heures de stage en structure d'accueil."
            : "Formation sans période en structure d'accueil.",
        3000);
    text("modalites-enseignement", teaching(a), 1);
    text(
        "conditions-specifiques",
        f.pathHours().isEmpty()
            ? "Positionnement préalable."
            : "Positionnement préalable : il fixe la durée du parcours ("
                + hours(f.pathHours())
                + " heures en centre).",
        3000);
    // An RNCP or RS title is eligible to the CPF (Code du travail, L6323-6)
    text("prise-en-charge-frais-possible", f.registryCode() != null ? "1" : "0", 1);
    if (a.site() != null && a.modality() != fr.capacite.domain.cohort.Modality.REMOTE) {
      start("lieu-de-formation");
      start("coordonnees");
      address(a.site());
      end();
      end();
    }
    text("modalites-entrees-sorties", "0", 1); // dict-modalites-es: fixed dates
    session(org, a);
    if (a.accessible() || a.specificSupport() != null) {
      text("acces-handicapes", accessibility(a), 250);
    }
    text("langue-formation", "fr", 2);
    if (!f.pathHours().isEmpty()) {
      text("duree-indicative", "Parcours de " + hours(f.pathHours()) + " heures en centre", 150);
    }
    if (f.placementHours() > 0) {
      text("nombre-heures-entreprise", String.valueOf(f.placementHours()), 9);
    }
    end();
  }

  private void session(LheoOffer.Organisation org, Action a) throws XMLStreamException {
    start("session");
    start("periode");
    text("debut", LHEO_DATE.format(a.start()), 8);
    text("fin", LHEO_DATE.format(a.end()), 8);
    end();
    start("adresse-inscription");
    address(a.site() != null ? a.site() : org.address());
    end();
    // dict-etat-recrutement: 1 open while places are left, 2 closed
    text("etat-recrutement", a.placesLeft() > 0 ? "1" : "2", 1);
    start("recrutement");
    text("modalite-recrutement", "0", 1); // dict-modalite-recrutement: the positioning decides
    text("nb-places", String.valueOf(Math.max(0, a.placesLeft())), 5);
    end();
    if (a.referent() != null) {
      contact("contact-session", a.referent(), null);
    }
    end();
  }

  private void organisation(LheoOffer.Organisation org) throws XMLStreamException {
    start("organisme-formation-responsable");
    text("numero-activite", org.nda(), 11);
    start("SIRET-organisme-formation");
    text("SIRET", org.siret(), 14);
    end();
    text("nom-organisme", org.name(), 250);
    text("raison-sociale", org.name(), 250);
    start("coordonnees-organisme");
    start("coordonnees");
    address(org.address());
    end();
    end();
    contact("contact-organisme", org.contact(), org.name());
    end();
  }

  private void contact(String element, Contact contact, String fallbackName)
      throws XMLStreamException {
    start(element);
    start("coordonnees");
    String name = contact != null && contact.name() != null ? contact.name() : fallbackName;
    if (name != null) {
      text("nom", name, 50);
    }
    if (contact != null && contact.email() != null) {
      text("courriel", contact.email(), 160);
    }
    end();
    end();
  }

  private void address(Address a) throws XMLStreamException {
    start("adresse");
    if (a.name() != null) {
      text("denomination", a.name(), 255);
    }
    for (String line : lines(a.line(), 50, 4)) {
      text("ligne", line, 50);
    }
    text("codepostal", a.postalCode(), 5);
    text("ville", a.city(), 50);
    text("departement", department(a.postalCode()), 3);
    if (a.latitude() != null && a.longitude() != null) {
      start("geolocalisation");
      text("latitude", a.latitude().toPlainString(), 30);
      text("longitude", a.longitude().toPlainString(), 30);
      end();
    }
    end();
  }

  /**
   * "20" for Corsica (2A/2B share the postal prefix), "971"… overseas, else the first two digits.
   */
  static String department(String postalCode) {
    return postalCode.startsWith("97") || postalCode.startsWith("98")
        ? postalCode.substring(0, 3)
        : postalCode.substring(0, 2);
  }

  /** Words wrapped into at most {@code count} lines of at most {@code width} characters. */
  static List<String> lines(String text, int width, int count) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      String w = word.length() > width ? word.substring(0, width) : word;
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines.isEmpty() ? List.of("-") : lines.subList(0, Math.min(count, lines.size()));
  }

  static String rhythm(Action a) {
    List<String> parts = new ArrayList<>();
    if (!a.centreDays().isEmpty()) {
      parts.add("en centre de formation le " + days(a.centreDays()));
    }
    if (!a.hostDays().isEmpty()) {
      parts.add("en structure d'accueil le " + days(a.hostDays()));
    }
    return parts.isEmpty()
        ? "Selon le calendrier de la session."
        : Character.toUpperCase(parts.get(0).charAt(0))
            + String.join(" ; ", parts).substring(1)
            + ".";
  }

  private static String days(Set<DayOfWeek> days) {
    return days.stream()
        .sorted()
        .map(d -> d.getDisplayName(TextStyle.FULL, FR))
        .collect(Collectors.joining(", "));
  }

  /** dict-modalites-enseignement: 0 on site, 1 mixed, 2 remote. */
  static String teaching(Action a) {
    return switch (a.modality()) {
      case ON_SITE -> "0";
      case HYBRID -> "1";
      case REMOTE -> "2";
    };
  }

  /** dict-niveaux: the European levels 1–8 are the codes 11–18. */
  static String exitLevel(String level) {
    return level != null && level.matches("[1-8]") ? "1" + level : null;
  }

  private static String accessibility(Action a) {
    StringBuilder s = new StringBuilder();
    if (a.accessible()) {
      s.append("Lieu accessible aux personnes à mobilité réduite.");
    }
    if (a.specificSupport() != null) {
      s.append(s.length() > 0 ? " " : "")
          .append("Accompagnement : ")
          .append(a.specificSupport().replace('|', ',').replace(",", ", ").replace("_", " "))
          .append('.');
    }
    return s.toString();
  }

  private static String hours(Set<Integer> hours) {
    List<Integer> sorted = hours.stream().sorted().toList();
    return sorted.size() == 1
        ? String.valueOf(sorted.get(0))
        : sorted.get(0) + " à " + sorted.get(sorted.size() - 1);
  }

  private static String registry(Formation f) {
    return f.registryCode() == null ? "" : " (" + f.registryCode() + ")";
  }

  private static String level(Formation f) {
    return f.level() != null && f.level().matches("[1-8]") ? ", de niveau " + f.level() : "";
  }

  private void start(String name) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, name);
  }

  private void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  private void empty(String name) throws XMLStreamException {
    xml.writeEmptyElement(NAMESPACE, name);
  }

  /** An element of text, cut to the schema's maximum length (on a code point). */
  private void text(String name, String value, int max) throws XMLStreamException {
    String v = value.strip();
    if (v.codePointCount(0, v.length()) > max) {
      v = v.substring(0, v.offsetByCodePoints(0, max - 1)) + "…";
    }
    xml.writeStartElement(NAMESPACE, name);
    xml.writeCharacters(v);
    xml.writeEndElement();
  }

  static String date(LocalDate d) {
    return LHEO_DATE.format(d);
  }
}
