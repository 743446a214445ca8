package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    browser.get("library/edit.xhtml?r=faire-durer-son-telephone-cinq-gestes");
    browser.waitForText("Ajouter un fichier ou une image");
    browser.assertAccessible();
    input().sendKeys(fake.toString());
    browser.waitForText("Ce type de fichier n’est pas accepté");
    // A name file systems forbid is refused with a translated reason, not PrimeFaces' "File Error".
    Path oddName = dir.resolve("fiche <atelier> \"v2\": notes.png");
    Files.copy(image, oddName);
    input().sendKeys(oddName.toString());
    browser.waitForText("Nom de fichier refusé");
    assertFalse(browser.text().contains("File Error"));
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

  @Test
  void aResourceIsImportedWithItsHistory() throws Exception {
    String meta =
        "{\"title\":\"Atelier importé : la carte Vitale sur téléphone\",\"summary\":\"Activer"
            + " l'application carte Vitale.\",\"themes\":[\"DEMARCHES\"],\"type\":\"RESSOURCE_PEDAGOGIQUE\","
            + "\"audiences\":[\"TOUS_PUBLICS\"],\"formats\":[\"ACCOMPAGNEMENT_INDIVIDUEL\"],"
            + "\"durationMinutes\":30,\"level\":\"DEBUTANT\",\"licence\":\"ETALAB_2_0\"}";
    String doc =
        "{\"format\":1,\"slug\":\"x\",\"revisions\":["
            + "{\"number\":1,\"author\":\"Lou Ailleurs\",\"createdAt\":\"2026-03-01T10:00:00Z\","
            + "\"changeSummary\":\"Création\",\"metadata\":"
            + meta
            + ",\"blocks\":[{\"kind\":\"TEXT\",\"body\":\"Premier texte.\"}],\"competences\":[],\"pix\":[]},"
            + "{\"number\":2,\"author\":\"Lou Ailleurs\",\"createdAt\":\"2026-04-01T10:00:00Z\","
            + "\"changeSummary\":\"Précisions\",\"metadata\":"
            + meta
            + ",\"blocks\":[{\"kind\":\"TEXT\",\"body\":\"Texte précisé.\"}],\"competences\":[],\"pix\":[\"2.4\"]}]}";
    Path dir = Files.createTempDirectory("import");
    Path good = dir.resolve("export.json");
    Files.writeString(good, doc);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\":");

    browser.loginInFrench("formatrice", DemoAccounts.PASSWORD);
    browser.get("library/index.xhtml");
    browser.click("a[id$='import']");
    browser.waitForText("Importer une ressource");
    browser.assertAccessible();
    importInput().sendKeys(bad.toString());
    browser.waitForText("export JSON lisible");
    importInput().sendKeys(good.toString());
    browser.waitForText("Fichier lu : 2 révision(s).");
    browser.click("button[id='confirm:send']");
    browser.waitForText("Ressource importée avec son historique.");
    browser.waitForText("Texte précisé.");
    browser.click("a[id$='history']");
    browser.waitForText("Import — révision 1 de Lou Ailleurs du 01/03/2026 : Création");
    browser.assertAccessible();
  }

  private WebElement importInput() {
    return browser.driver().findElement(By.cssSelector("input[type='file'][id^='upload:file']"));
  }

  private WebElement input() {
    return browser.driver().findElement(By.cssSelector("input[type='file'][id^='upload:file']"));
  }
}
