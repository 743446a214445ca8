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
    WebElement event = movableOngoingSession(null);
    String day = event.findElement(By.xpath("ancestor::td[@data-date]")).getAttribute("data-date");
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
    String after = movableOngoingSession(day).getText();
    assertFalse(before.equals(after), before + " / " + after);
    assertTrue(after.contains(":"), after);
  }

  @Test
  void aCohortsCalendarOpensOnItsFirstWeekInParisTimeWhereverTheViewerIs() {
    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    // A viewer in New York: the sessions keep their Paris hours, the week starts on Monday.
    ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "America/New_York"));
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText(ONGOING)).click();
    browser.click("a[data-tab='sessions']");
    browser.click("a[id='calendar']");
    browser.waitForText("Calendrier des séances — Les Ateliers du Numérique");
    assertFalse(browser.text().contains("Erreur inattendue"), "the cohort's calendar opens");
    browser.wait(10).until(d -> !d.findElements(By.cssSelector(".fc-event")).isEmpty());
    assertTrue(browser.find(".fc-col-header-cell").getText().startsWith("lun."), "Monday first");
    assertTrue(
        browser.all(".fc-event-time").stream()
            .anyMatch(t -> t.getText().startsWith("09:00") || t.getText().startsWith("13:30")),
        "sessions at their Paris hours");
    browser.assertAccessible();
  }

  /**
   * A session of the ongoing demo cohort from today on (those are not certified, so they move), in
   * the given day's column if one is named. Not tied to "today" alone: the demo is dated from the
   * day the server started, which may be yesterday by now.
   */
  private WebElement movableOngoingSession(String day) {
    return browser.all(".fc-timegrid-event").stream()
        .filter(e -> e.getText().contains("MN-CCP1-EN-COURS"))
        .filter(
            e ->
                !e.findElements(
                        By.xpath(
                            "ancestor::td[contains(@class,'fc-day-today') or contains(@class,'fc-day-future')"
                                + " or contains(@class,'fc-day-past')]"))
                    .isEmpty())
        .filter(
            e ->
                day == null
                    ? e.findElements(By.xpath("ancestor::td[contains(@class,'fc-day-past')]"))
                            .isEmpty()
                        || isStartupSession(e)
                    : day.equals(
                        e.findElement(By.xpath("ancestor::td[@data-date]"))
                            .getAttribute("data-date")))
        // the afternoon session first: moving it an hour later clashes with nothing
        .min(java.util.Comparator.comparing(e -> isStartupSession(e) ? 0 : 1))
        .orElseThrow();
  }

  /** The demo's uncertified afternoon session of the day the server started (13:30–17:00). */
  private static boolean isStartupSession(WebElement e) {
    return e.getText().contains("13:30");
  }
}
