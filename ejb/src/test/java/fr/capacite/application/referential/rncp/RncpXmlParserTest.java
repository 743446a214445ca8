package fr.capacite.application.referential.rncp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RncpXmlParserTest {

  private static RncpDataset parse(String xml) {
    return RncpXmlParser.parse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "export.xml", n -> {});
  }

  private static final String FICHE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <FICHES>
        <FICHE>
          <NUMERO_FICHE>RNCP40695</NUMERO_FICHE>
          <INTITULE>Médiateur numérique</INTITULE>
          <ACTIF>Oui</ACTIF>
          <DATE_FIN_ENREGISTREMENT>12/07/2030</DATE_FIN_ENREGISTREMENT>
          <NOMENCLATURE_EUROPE><NIVEAU>NIV5</NIVEAU><INTITULE>Niveau 5</INTITULE></NOMENCLATURE_EUROPE>
          <CODES_NSF><NSF><CODE>320</CODE><INTITULE>Spécialités plurivalentes de la communication</INTITULE></NSF></CODES_NSF>
          <ANCIENNE_CERTIFICATION>RNCP34033</ANCIENNE_CERTIFICATION>
          <BLOCS_COMPETENCES>
            <BLOC_COMPETENCES>
              <CODE>RNCP40695BC01</CODE>
              <LIBELLE>Accueillir et accompagner</LIBELLE>
              <LISTE_COMPETENCES>&lt;p&gt;Compétences :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Accueillir les personnes&lt;/li&gt;&lt;li&gt;Évaluer ses actions&lt;/li&gt;&lt;/ul&gt;</LISTE_COMPETENCES>
              <MODALITES_EVALUATION>Mise en situation</MODALITES_EVALUATION>
            </BLOC_COMPETENCES>
            <BLOC_COMPETENCES>
              <CODE>RNCP40695BC02</CODE>
              <LIBELLE>Animer</LIBELLE>
              <LISTE_COMPETENCES><ul><li>Préparer</li><li>Animer un atelier</li></ul></LISTE_COMPETENCES>
            </BLOC_COMPETENCES>
          </BLOCS_COMPETENCES>
        </FICHE>
      </FICHES>
      """;

  @Test
  void ficheBlocksCompetencesAndChainAreRead() {
    RncpDataset d = parse(FICHE);
    var fiche = d.fiches().get(0);
    assertEquals("RNCP40695", fiche.number());
    // The title is the INTITULE directly under FICHE, not the nested ones (level, NSF).
    assertEquals("Médiateur numérique", fiche.title());
    assertEquals("NIV5", fiche.level());
    assertEquals(true, fiche.active());
    assertEquals(2, d.blocks().size());
    assertEquals(
        List.of("Accueillir les personnes", "Évaluer ses actions"),
        d.blocks().get(0).competences());
    assertEquals(List.of("Préparer", "Animer un atelier"), d.blocks().get(1).competences());
    assertEquals("RNCP34033", d.links().get(0).oldNumber());
  }

  @Test
  void blocksOutsideAFicheTakeTheFicheFromTheirCode() {
    RncpDataset d =
        parse(
            "<BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>RNCP12BC03</CODE><LIBELLE>Gérer</LIBELLE></BLOC_COMPETENCES></BLOCS_COMPETENCES>");
    assertEquals("RNCP12", d.blocks().get(0).ficheNumber());
  }

  @Test
  void externalEntitiesAreRefused() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<FICHES><FICHE><NUMERO_FICHE>RNCP1</NUMERO_FICHE><INTITULE>&x;</INTITULE></FICHE></FICHES>";
    var e = assertThrows(RncpFormatException.class, () -> parse(xxe));
    assertEquals("referential.import.error.badXml", e.getMessageKey());
  }

  @Test
  void malformedXmlNamesTheLine() {
    var e =
        assertThrows(
            RncpFormatException.class,
            () -> parse("<FICHES>\n<FICHE>\n<NUMERO_FICHE>RNCP1</FICHE>\n</FICHES>"));
    assertEquals("referential.import.error.badXml", e.getMessageKey());
    assertEquals(3, e.getLine());
  }

  @Test
  void xmlWithoutRncpContentIsRefused() {
    assertEquals(
        "referential.import.error.noRncpContent",
        assertThrows(RncpFormatException.class, () -> parse("<root><a/></root>")).getMessageKey());
  }

  @Test
  void ficheWithoutValidNumberIsRefused() {
    var e =
        assertThrows(
            RncpFormatException.class,
            () -> parse("<FICHES><FICHE><INTITULE>Sans numéro</INTITULE></FICHE></FICHES>"));
    assertEquals("referential.import.error.badFicheNumber", e.getMessageKey());
  }

  @Test
  void plainTextListsFallBackToLines() {
    assertEquals(List.of("Un", "Deux"), RncpXmlParser.listItems("- Un\n• Deux\n\n"));
  }

  @Test
  void anUndeclaredHtmlEntityIsRefusedNamingItsLine() {
    RncpFormatException e =
        assertThrows(
            RncpFormatException.class,
            () ->
                parse(
                    "<FICHES>\n<FICHE>\n<NUMERO_FICHE>RNCP40695</NUMERO_FICHE>\n"
                        + "<INTITULE>M&eacute;diateur num&eacute;rique</INTITULE>\n</FICHE>\n</FICHES>"));
    assertEquals("referential.import.error.badXml", e.getMessageKey());
    assertEquals(4, e.getLine());
  }
}
