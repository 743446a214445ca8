package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Funding;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsManager;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public catalogue: a manager publishes a cohort with its price and fundings; anyone finds it
 * at once by region, department, scope, modality, places and accessibility; its page gives what
 * LHÉO's first circle asks; withdrawn, it no longer exists for the public.
 */
@ExtendWith(ArquillianExtension.class)
class OfferCatalogueIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private OfferCatalogue catalogue;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private RunAsManager asManager;

  private long cohortOf(long organisationId) throws Exception {
    return asManager.call(() -> cohorts.listCohorts(organisationId).get(0).id());
  }

  private static OfferCatalogue.Query in(String region, String department) {
    return new OfferCatalogue.Query(
        null, region, department, null, null, null, null, null, false, false, false);
  }

  @Test
  void aPublishedCohortIsFoundByAnyoneAndWithdrawnItIsGone() throws Exception {
    long organisation = data.offer("76341234534", true, "RNCP99001", 2);
    long id = cohortOf(organisation);
    String title = "Session d'essai";
    // Not published yet: not in the catalogue, no public page.
    assertTrue(
        catalogue.search(in("76", "34"), 0, 200).offers().items().stream()
            .noneMatch(o -> o.cohortId() == id));
    assertThrows(ObjectNotFoundException.class, () -> catalogue.offer(id));

    long version = asManager.call(() -> cohorts.getCohort(id).entityVersion());
    asManager.run(
        () ->
            cohorts.describeOffer(
                id,
                version,
                new CohortService.OfferForm(
                    true,
                    new BigDecimal("1250.00"),
                    Set.of(Funding.CPF, Funding.REGION),
                    "Entretien après le positionnement.")));
    assertEquals(
        Set.of(Funding.CPF, Funding.REGION), asManager.call(() -> cohorts.offerOf(id)).funding());

    // Found at once (the kept catalogue was dropped), without an account, by territory.
    var page = catalogue.search(in("76", "34"), 0, 200);
    var offer =
        page.offers().items().stream().filter(o -> o.cohortId() == id).findFirst().orElseThrow();
    assertEquals(title, offer.title());
    assertEquals("34", offer.department());
    assertEquals("76", offer.region());
    assertEquals(Cohort.FULL_TITLE, offer.scope());
    assertEquals(2, offer.placesLeft());
    assertTrue(offer.accessible() && offer.disabilityReferent());
    assertEquals(0, new BigDecimal("1250").compareTo(offer.price()));
    assertTrue(page.counts().get("department").stream().anyMatch(c -> c.value().equals("34")));
    // The scope filter's choices: the whole title first, each scope once.
    var scopes = catalogue.scopes();
    assertEquals(Cohort.FULL_TITLE, scopes.get(0));
    assertEquals(scopes.size(), new java.util.HashSet<>(scopes).size());
    assertTrue(
        catalogue.search(in("84", null), 0, 200).offers().items().stream()
            .noneMatch(o -> o.cohortId() == id),
        "another region");
    assertTrue(
        catalogue
            .search(
                new OfferCatalogue.Query(
                    "montpellier",
                    null,
                    null,
                    null,
                    null,
                    Modality.ON_SITE,
                    "FULL",
                    null,
                    true,
                    true,
                    true),
                0,
                200)
            .offers()
            .items()
            .stream()
            .anyMatch(o -> o.cohortId() == id),
        "words without accents or case, every filter met");
    assertTrue(
        catalogue
            .search(
                new OfferCatalogue.Query(
                    null, null, null, null, null, Modality.REMOTE, null, null, false, false, false),
                0,
                200)
            .offers()
            .items()
            .stream()
            .noneMatch(o -> o.cohortId() == id));

    // Its page: the first circle of LHÉO.
    var detail = catalogue.offer(id);
    assertEquals("Montpellier", detail.offer().city());
    assertEquals("Hérault", detail.departmentName());
    assertEquals("Occitanie", detail.regionName());
    assertEquals("RNCP99001", detail.rncp());
    assertEquals(3, detail.blocks().size(), "the whole title: every block");
    assertFalse(detail.pathHours().isEmpty());
    assertEquals("Entretien après le positionnement.", detail.details());
    assertEquals("formation@example.org", detail.contactEmail());

    // A stale form is a conflict; a bad price is refused with its reason.
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asManager.run(
                () ->
                    cohorts.describeOffer(
                        id, version, new CohortService.OfferForm(false, null, Set.of(), null))));
    long now = asManager.call(() -> cohorts.getCohort(id).entityVersion());
    assertEquals(
        "cohort.offer.badPrice",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () ->
                            cohorts.describeOffer(
                                id,
                                now,
                                new CohortService.OfferForm(
                                    true, new BigDecimal("-5"), Set.of(), null))))
            .getMessageKey());

    // Withdrawn: gone from the catalogue and its page at once.
    asManager.run(
        () ->
            cohorts.describeOffer(
                id, now, new CohortService.OfferForm(false, null, Set.of(), null)));
    assertThrows(ObjectNotFoundException.class, () -> catalogue.offer(id));
    assertTrue(
        catalogue.search(OfferCatalogue.Query.everything(), 0, 200).offers().items().stream()
            .noneMatch(o -> o.cohortId() == id));
  }

  @Test
  void aCohortWithoutASiteCannotBePublishedUnlessWhollyRemote() throws Exception {
    long organisation = data.offer("76341234535", false, "RNCP99001", 5);
    long id = cohortOf(organisation);
    long version = asManager.call(() -> cohorts.getCohort(id).entityVersion());
    assertEquals(
        "cohort.offer.noSite",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () ->
                            cohorts.describeOffer(
                                id,
                                version,
                                new CohortService.OfferForm(true, null, Set.of(), null))))
            .getMessageKey());
    assertThrows(ObjectNotFoundException.class, () -> catalogue.offer(id));
  }

  @Test
  void wordsAreFoldedWithoutAccentsOrPunctuation() {
    assertEquals(
        "mediation numerique a lyon", OfferCatalogue.fold("  Médiation  numérique, à LYON! "));
    assertEquals("", OfferCatalogue.fold(null));
  }
}
