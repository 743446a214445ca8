package fr.capacite.application.cohort.lheo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.StateConflictException;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

@ExtendWith(ArquillianExtension.class)
class OfferServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private OfferService offers;
  @EJB private CohortTestData data;
  @EJB private RunAsManager asManager;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsMediator asMediator;

  private static Document parse(byte[] xml) throws Exception {
    return DocumentBuilderFactory.newDefaultInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml));
  }

  private static java.util.stream.Stream<Throwable> causes(Throwable t) {
    return java.util.stream.Stream.iterate(t, x -> x != null, Throwable::getCause);
  }

  @Test
  void aManagerExportsTheUpcomingCohortsOfTheirOrganisation() throws Exception {
    long org = data.offer("76341234534", true, "RNCP97001", 12);
    OfferService.OfferDocument doc = asManager.call(() -> offers.export(org));
    assertTrue(doc.leftOut().isEmpty(), doc.leftOut()::toString);
    Document d = parse(doc.xml());
    XPath x = XPathFactory.newDefaultInstance().newXPath();
    assertEquals("1", x.evaluate("count(/lheo/offres/formation)", d));
    assertEquals("RNCP97001", x.evaluate("//formation/certification/code-RNCP", d));
    assertEquals("76341234534", x.evaluate("//organisme-formation-responsable/numero-activite", d));
    assertEquals("12", x.evaluate("//session/recrutement/nb-places", d));
    assertEquals("34000", x.evaluate("//session/adresse-inscription/adresse/codepostal", d));
    assertEquals("34", x.evaluate("//session/adresse-inscription/adresse/departement", d));
    assertTrue(x.evaluate("//formation/contenu-formation", d).contains("CCP2 – Bloc CCP2"));
    assertEquals(
        "En centre de formation le lundi, mardi ; en structure d'accueil le jeudi.",
        x.evaluate("//action/rythme-formation", d));
    assertEquals(
        "formation@example.org",
        x.evaluate("//organisme-formation-responsable/contact-organisme/coordonnees/courriel", d));
  }

  @Test
  void withoutNdaOrAddressNothingIsExportedAndTheReasonIsGiven() throws Exception {
    long noNda = data.offer(null, true, "RNCP97001", 10);
    StateConflictException e =
        assertThrows(
            StateConflictException.class, () -> asManager.call(() -> offers.export(noNda)));
    assertEquals("organisation.offer.nothingExportable", e.getMessageKey());
    long noAddress = data.offer("76341234534", false, "RNCP97001", 10);
    e =
        assertThrows(
            StateConflictException.class, () -> asManager.call(() -> offers.export(noAddress)));
    assertEquals("organisation.offer.nothingExportable", e.getMessageKey());
  }

  @Test
  void onlyAdministratorsExportEveryOrganisationAndOthersStayWithTheirOwn() throws Exception {
    long org = data.offer("76341234534", true, "RNCP97002", 8);
    data.offer(null, true, "RNCP97002", 8);
    OfferService.OfferDocument all = asAdmin.call(() -> offers.exportAll());
    Document d = parse(all.xml());
    XPath x = XPathFactory.newDefaultInstance().newXPath();
    assertTrue(
        Double.parseDouble(x.evaluate("count(//certification[code-RNCP='RNCP97002'])", d)) >= 1);
    assertTrue(all.leftOut().stream().anyMatch(l -> l.reason().equals("noNda")));
    // refused by the container (GlassFish reports a method-level refusal as AccessLocalException)
    Exception refused =
        assertThrows(Exception.class, () -> asManager.call(() -> offers.exportAll()));
    assertTrue(
        causes(refused)
            .anyMatch(
                t ->
                    t instanceof jakarta.ejb.AccessLocalException
                        || t instanceof EJBAccessException),
        refused::toString);
    // a mediator has no organisation to export
    assertThrows(EJBAccessException.class, () -> asMediator.call(() -> offers.export(org)));
  }
}
