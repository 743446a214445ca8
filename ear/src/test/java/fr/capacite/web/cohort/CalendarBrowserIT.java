package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The organisation calendar: sessions by cohort, and a manager drags one to move it. */
class CalendarBrowserIT extends BrowserSupport {

  private static final String ONGOING = "Médiateur numérique — CCP1, session en cours";

  @Test
  void aManagerFiltersTheCalendarAndDragsASessionOneHourLater() {
    browser.login("gestionnaire", DemoAccounts.PASSWORD);
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.click("a[id='calendar']");
    browser.waitForText("Calendrier des séances — Les Ateliers du Numérique");
    browser.choose("filters:cohort", ONGOING);
    // Today's demo session of the ongoing cohort, 13:30–17:00 (shown in the browser's zone).
    browser.wait(10).until(d -> !d.findElements(By.cssSelector(".fc-event")).isEmpty());
    browser.assertAccessible();
    WebElement event = todaysOngoingSession();
    String before = event.getText();
    int slot = browser.find("td.fc-timegrid-slot-lane").getSize().getHeight();
    new Actions(browser.driver())
        .clickAndHold(event)
        .pause(Duration.ofMillis(300))
        .moveByOffset(0, slot)
        .pause(Duration.ofMillis(300))
        .moveByOffset(0, slot)
        .pause(Duration.ofMillis(300))
        .release()
        .perform();
    browser.waitForText("Séance déplacée.");
    String after = todaysOngoingSession().getText();
    assertFalse(before.equals(after), before + " / " + after);
    assertTrue(after.contains(":"), after);
  }

  /** The ongoing demo cohort's session shown in today's column. */
  private WebElement todaysOngoingSession() {
    return browser.all(".fc-timegrid-event").stream()
        .filter(e -> e.getText().contains("MN-CCP1-EN-COURS"))
        .filter(
            e ->
                !e.findElements(By.xpath("ancestor::td[contains(@class,'fc-day-today')]"))
                    .isEmpty())
        .findFirst()
        .orElseThrow();
  }
}
