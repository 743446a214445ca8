package fr.capacite.web.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.Browser;
import fr.capacite.testing.BrowserSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The quality dashboard shows figures from demo activity, per organisation and compared. */
class QualityBrowserIT extends BrowserSupport {

  private String kpi(String id) {
    return browser.find("#" + id + " .kpi-value").getText().strip();
  }

  @Test
  void aManagerReadsTheDashboardOfTheirOrganisation() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.click("a[id='quality']");
    browser.waitForText("Tableau de bord qualité");
    browser.waitForText("promotion d'hiver");
    assertTrue(kpi("kpiSatisfaction").endsWith("%"), kpi("kpiSatisfaction"));
    assertTrue(kpi("kpiAttendance").endsWith("%"));
    assertTrue(kpi("kpiDropOut").endsWith("%"));
    assertFalse(kpi("kpiHours").startsWith("0"), kpi("kpiHours"));
    // Success per block, from the published demo session of the summer (indicator 3).
    assertTrue(
        browser.find("#kpiSuccess").getText().contains("CCP1"),
        browser.find("#kpiSuccess").getText());
    assertFalse(browser.all("#results canvas").isEmpty(), "the chart is drawn");
    assertTrue(
        browser.find("a[id='csv']").getAttribute("href").contains("/api/quality/quality.csv?"));
    browser.assertAccessible();

    // A period before any cohort: no rate rather than a false 0 %.
    browser.type("input[id='period:from_input']", "01/01/2020");
    browser.type("input[id='period:to_input']", "31/12/2020");
    browser.click("button[id='period:refresh']");
    browser.waitForText("Aucune promotion sur cette période.");
    assertEquals("—", kpi("kpiSatisfaction"));

    // Comparing organisations is for administrators only.
    browser.get("organisation/quality.xhtml");
    browser.waitForText("Page introuvable");
  }

  @Test
  void anAdministratorComparesTwoOrganisationsWhoseFiguresDiffer() {
    browser.login("admin", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.click("a[id='compare']");
    browser.waitForText("Comparer les organismes");
    browser.waitForText("Tiers-Lieu Formation Occitanie");
    List<WebElement> rows = browser.all("tbody[id='rowsForm:rows_data'] tr");
    assertTrue(rows.size() >= 2, "two organisations at least");
    String first = rowOf("Les Ateliers du Numérique");
    String second = rowOf("Tiers-Lieu Formation Occitanie");
    assertNotEquals(first, second, "their figures differ");
    assertFalse(browser.all("#results canvas").isEmpty());
    browser.assertAccessible();
    // The comparison is kept a few minutes: the page says when it was computed, and computes it
    // again on request.
    String computed = browser.find("#computedAt").getText();
    assertTrue(computed.startsWith("Chiffres calculés le "), computed);
    assertFalse(Browser.isoLike(computed), "no ISO date: " + computed);
    browser.click("button[id='freshness:recompute']");
    browser.waitForText("Chiffres recalculés.");
    browser.waitForText("Tiers-Lieu Formation Occitanie");
    browser.click("a[id$='toEn']");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    try {
      String en = browser.find("#computedAt").getText();
      assertTrue(en.startsWith("Figures computed on "), en);
      assertFalse(Browser.isoLike(en), "no ISO date: " + en);
      browser.click("button[id='freshness:recompute']");
      browser.waitForText("Figures computed again.");
    } finally {
      // The choice is kept on the account: other tests log in as this administrator.
      browser.click("a[id$='toFr']");
      browser.wait(10).until(d -> "fr".equals(browser.lang()));
    }
    browser.driver().findElement(By.linkText("Tiers-Lieu Formation Occitanie")).click();
    browser.waitForText("Tableau de bord qualité — Tiers-Lieu Formation Occitanie");
    browser.waitForText("Bilan pédagogique et financier (BPF)");
  }

  /** A row's figures, without its name. */
  private String rowOf(String organisation) {
    String text =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='rowsForm:rows_data']/tr[contains(., '" + organisation + "')]"))
            .getText();
    return text.replace(organisation, "").strip();
  }
}
