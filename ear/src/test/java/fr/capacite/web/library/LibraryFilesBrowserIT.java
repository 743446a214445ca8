package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A maintainer adds an image to her resource: a file that is not what its name says is refused, the
 * image is inserted with its alternative text and readers see its thumbnail.
 */
class LibraryFilesBrowserIT extends BrowserSupport {

  @Test
  void aMaintainerAddsAnImageWithItsAlternativeText() throws Exception {
    Path dir = Files.createTempDirectory("upload");
    Path fake = dir.resolve("fiche.pdf");
    Files.writeString(fake, "<html><script>alert(1)</script></html>");
    Path image = dir.resolve("gestes.png");
    ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", image.toFile());

    browser.login("mediatrice", DemoAccounts.PASSWORD);
    browser.inFrench();
    browser.get("library/edit.xhtml?r=faire-durer-son-telephone-cinq-gestes");
    browser.waitForText("Ajouter un fichier ou une image");
    browser.assertAccessible();
    input().sendKeys(fake.toString());
    browser.waitForText("Ce type de fichier n’est pas accepté");
    input().sendKeys(image.toString());
    browser.waitForText("Fichier reçu");
    browser.click("button[id$=':insert']");
    browser
        .wait(10)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !browser.all("input[id$=':alt']").isEmpty());
    browser.all("input[id$=':alt']").get(0).sendKeys("Les cinq gestes illustrés");
    browser.type("input[id='edit:changeSummary']", "Ajout d'une illustration");
    browser.click("button[id='edit:save']");
    browser.waitForText("alt=\"Les cinq gestes illustrés\"");
    WebElement img = browser.find("figure.resource-image img");
    browser
        .wait(10)
        .until(
            d ->
                (Boolean)
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return arguments[0].naturalWidth > 0", img));
    assertEquals(
        320L,
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return arguments[0].naturalWidth", img),
        "the thumbnail is served");
    assertTrue(img.getAttribute("src").contains("thumbnail=true"));
    browser.assertAccessible();
  }

  private WebElement input() {
    return browser.driver().findElement(By.cssSelector("input[type='file'][id^='upload:file']"));
  }
}
