package fr.capacite.testing;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser journey against the deployed EAR. One headless Chromium serves all the tests of a class
 * (starting one costs about a second), and each test starts from a blank, cookie-less, storage-less
 * window of the default size, as if the browser were new.
 */
public abstract class BrowserSupport extends DeployedEarSupport {

  private static Browser shared;

  protected Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    if (shared != null) {
      try {
        reset(shared, base.getProtocol() + "://" + base.getAuthority());
      } catch (WebDriverException e) {
        // The previous test left the browser unusable (crashed tab, open dialog): start anew.
        closeShared();
      }
    }
    if (shared == null) {
      shared = Browser.open(base);
    }
    browser = shared;
  }

  private static void reset(Browser b, String origin) {
    ChromeDriver driver = (ChromeDriver) b.driver();
    // Tabs a journey opened are closed: the next test works in the first one.
    java.util.List<String> tabs = new java.util.ArrayList<>(driver.getWindowHandles());
    for (String tab : tabs.subList(1, tabs.size())) {
      driver.switchTo().window(tab).close();
    }
    driver.switchTo().window(tabs.get(0));
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand(
        "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @AfterAll
  static void closeShared() {
    if (shared != null) {
      try {
        shared.close();
      } finally {
        shared = null;
      }
    }
  }
}
