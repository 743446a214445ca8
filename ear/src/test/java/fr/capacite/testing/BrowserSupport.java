package fr.capacite.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A browser journey: a fresh headless Chromium for each test, against the deployed EAR. */
public abstract class BrowserSupport extends DeployedEarSupport {

  protected Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(base);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
