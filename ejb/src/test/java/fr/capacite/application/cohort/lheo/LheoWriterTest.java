package fr.capacite.application.cohort.lheo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.cohort.lheo.LheoOffer.Action;
import fr.capacite.application.cohort.lheo.LheoOffer.Address;
import fr.capacite.application.cohort.lheo.LheoOffer.Contact;
import fr.capacite.application.cohort.lheo.LheoOffer.Formation;
import fr.capacite.domain.cohort.Modality;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class LheoWriterTest {

  static final Address SITE =
      new Address(
          "Médiathèque des Capucins",
          "12 rue des Capucins, bâtiment B, troisième étage, au fond de la cour pavée à gauche",
          "20000",
          "Ajaccio",
          new BigDecimal("41.9192"),
          new BigDecimal("8.7386"));

  static LheoOffer offer(long placesLeft, Modality modality) {
    Action action =
        new Action(
            "MN-2027-A",
            modality,
            EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY),
            EnumSet.of(DayOfWeek.THURSDAY),
            SITE,
            true,
            "surdite|handicaps_moteurs",
            new Contact("Référente handicap", "referente@example.org"),
            List.of("CCP1 – Accompagner"),
            LocalDate.of(2027, 1, 11),
            LocalDate.of(2027, 6, 30),
            placesLeft);
    Formation formation =
        new Formation(
            "Parcours Médiateur numérique",
            "Médiateur numérique",
            "RNCP40695",
            "5",
            List.of("CCP1 – Accompagner", "CCP2 – Animer", "CCP3 – Concevoir"),
            Set.of(105, 420, 280),
            70,
            List.of(action));
    return new LheoOffer(
        new LheoOffer.Organisation(
            "Les Ateliers du Numérique", "12345678901234", "11755555575", SITE, null),
        List.of(formation));
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static byte[] write(LheoOffer... offers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LheoWriter.write(List.of(offers), out);
    return out.toByteArray();
  }

  @Test
  void anOfferBecomesFormationActionSessionAndResponsibleOrganisation() throws Exception {
    Document d = parse(write(offer(3, Modality.HYBRID)));
    XPath x = XPathFactory.newDefaultInstance().newXPath();
    assertEquals(LheoWriter.NAMESPACE, d.getDocumentElement().getAttribute("xmlns"));
    assertEquals("lheo", d.getDocumentElement().getTagName());
    assertEquals("RNCP40695", x.evaluate("/lheo/offres/formation/certification/code-RNCP", d));
    assertEquals("15", x.evaluate("//formation/code-niveau-sortie", d));
    assertEquals("2", x.evaluate("//formation/parcours-de-formation", d));
    assertEquals("1", x.evaluate("//action/modalites-enseignement", d));
    assertEquals("20270111", x.evaluate("//session/periode/debut", d));
    assertEquals("20270630", x.evaluate("//session/periode/fin", d));
    assertEquals("3", x.evaluate("//session/recrutement/nb-places", d));
    assertEquals("1", x.evaluate("//session/etat-recrutement", d));
    assertEquals("11755555575", x.evaluate("//organisme-formation-responsable/numero-activite", d));
    assertEquals(
        "12345678901234",
        x.evaluate("//organisme-formation-responsable/SIRET-organisme-formation/SIRET", d));
    assertEquals("80056", x.evaluate("//action/code-public-vise", d));
    assertEquals("V12", x.evaluate("//action/code-public-vise/@ref", d));
    assertEquals(
        "En centre de formation le lundi, mardi ; en structure d'accueil le jeudi.",
        x.evaluate("//action/rythme-formation", d));
    assertEquals("Parcours de 105 à 420 heures en centre", x.evaluate("//duree-indicative", d));
    assertTrue(x.evaluate("//action/acces-handicapes", d).contains("mobilité réduite"));
    assertTrue(x.evaluate("//formation/contenu-formation", d).contains("CCP3 – Concevoir"));
    // the organisation's contact falls back on its name
    assertEquals(
        "Les Ateliers du Numérique",
        x.evaluate("//organisme-formation-responsable/contact-organisme/coordonnees/nom", d));
    assertEquals(
        "referente@example.org", x.evaluate("//session/contact-session/coordonnees/courriel", d));
    // Corsica: department "20"; address lines at most 50 characters, at most four
    assertEquals("20", x.evaluate("//session/adresse-inscription/adresse/departement", d));
    NodeList lines =
        (NodeList)
            x.evaluate("//session/adresse-inscription/adresse/ligne", d, XPathConstants.NODESET);
    assertEquals(2, lines.getLength());
    for (int i = 0; i < lines.getLength(); i++) {
      assertTrue(lines.item(i).getTextContent().length() <= 50);
    }
  }

  @Test
  void aFullRemoteCohortHasNoPlaceOfTrainingAndAFullOneIsClosed() throws Exception {
    Document d = parse(write(offer(0, Modality.REMOTE)));
    XPath x = XPathFactory.newDefaultInstance().newXPath();
    assertEquals("2", x.evaluate("//action/modalites-enseignement", d));
    assertEquals("0", x.evaluate("count(//action/lieu-de-formation)", d));
    assertEquals("2", x.evaluate("//session/etat-recrutement", d));
    assertEquals("0", x.evaluate("//session/recrutement/nb-places", d));
  }

  @Test
  void codesFollowTheLheoDictionaries() {
    assertEquals("971", LheoWriter.department("97110"));
    assertEquals("75", LheoWriter.department("75011"));
    assertEquals("15", LheoWriter.exitLevel("5"));
    assertEquals(null, LheoWriter.exitLevel("NIV5"));
    assertEquals(List.of("un deux", "trois"), LheoWriter.lines("un   deux trois", 7, 4));
    assertEquals(List.of("abcde"), LheoWriter.lines("abcdefgh", 5, 4));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LheoWriter.write(
                List.of(new LheoOffer(offer(1, Modality.ON_SITE).organisation(), List.of())),
                new ByteArrayOutputStream()));
  }
}
